import type { AmbassadorBrief } from '@/lib/briefing/brief-model';
import { BriefTable } from './brief-table';
import { BriefingNotes } from './briefing-notes';
import { NoteRef } from './note-ref';
import pack from './briefing.module.css';
import styles from './brief.module.css';

/** The two-page brief in the page and in print: the same model the Word and Markdown downloads are made from. */
export function BriefView({ brief }: { brief: AmbassadorBrief }) {
  return (
    <article className={`${pack.pack} ${styles.doc} print-urls`} aria-labelledby="pack-title">
      <header>
        <h2 id="pack-title" className={pack.title}>
          {brief.title}
        </h2>
        {brief.purpose && <p className={pack.purpose}>{brief.purpose}</p>}
        <p className={pack.meta}>
          Prepared {brief.generatedOn} · positions as of <strong>{brief.asOf}</strong> · dataset {brief.datasetVersion ?? 'unknown'} (converted{' '}
          {brief.datasetDate ?? 'unknown'}) · codebook {brief.codebookVersion}
        </p>
      </header>
      <section aria-labelledby="brief-bottom-line">
        <h3 id="brief-bottom-line">Bottom line</h3>
        <ul className={styles.bottomLine}>
          {brief.bottomLine.map((s) => (
            <li key={s.text}>
              {s.text}
              {s.footnotes.map((n, i) => (
                <NoteRef key={n} n={n} comma={i > 0} />
              ))}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="brief-positions">
        <h3 id="brief-positions">Positions as of {brief.asOf}</h3>
        <BriefTable brief={brief} />
      </section>
      <section aria-labelledby="brief-annex" className={styles.annex}>
        <h3 id="brief-annex">Annex: gaps, method and notes</h3>
        {brief.annex.gaps.length > 0 && (
          <p>
            <strong>Gaps.</strong> {brief.annex.gaps.join(' ')}
          </p>
        )}
        <p>
          <strong>Method.</strong> {brief.annex.method.join(' ')}
        </p>
        <dl className={styles.legend}>
          {brief.annex.legend.map((e) => (
            <div key={e.label}>
              <dt>{e.label}</dt>
              <dd>{e.definition}</dd>
            </div>
          ))}
        </dl>
        <h4 id="pack-notes">Notes</h4>
        <BriefingNotes footnotes={brief.footnotes} />
      </section>
    </article>
  );
}

import { LOW_CONFIDENCE_FLAG } from '@/lib/briefing/citation';
import type { BriefingPack, Statement } from '@/lib/briefing/model';
import { BriefingMatrix } from './briefing-matrix';
import { BriefingMethod } from './briefing-method';
import { BriefingNotes } from './briefing-notes';
import styles from './briefing.module.css';

function StatementText({ s }: { s: Statement }) {
  return (
    <>
      {s.text}
      {s.lowConfidence && (
        <>
          {' '}
          <span className={styles.flag}>{LOW_CONFIDENCE_FLAG}</span>
        </>
      )}
      {s.footnote && (
        <sup>
          <a href={`#fn-${s.footnote}`} id={`fnref-${s.footnote}`} aria-label={`Note ${s.footnote}`}>
            {s.footnote}
          </a>
        </sup>
      )}{' '}
    </>
  );
}

/** The HTML preview of a pack: the same model the Word and Markdown downloads are made from. */
export function BriefingPackView({ pack }: { pack: BriefingPack }) {
  return (
    <article className={`${styles.pack} print-urls`} aria-labelledby="pack-title">
      <header>
        <h2 id="pack-title" className={styles.title}>
          {pack.title}
        </h2>
        {pack.purpose && <p className={styles.purpose}>{pack.purpose}</p>}
        <p className={styles.meta}>
          Prepared {pack.generatedOn} · positions as of <strong>{pack.asOf}</strong> · dataset {pack.datasetVersion ?? 'unknown'} (converted{' '}
          {pack.datasetDate ?? 'unknown'}) · codebook {pack.codebookVersion}
        </p>
      </header>
      <section aria-labelledby="pack-summary">
        <h3 id="pack-summary">Summary</h3>
        <BriefingMatrix pack={pack} />
      </section>
      <section aria-labelledby="pack-positions" className="page-break">
        <h3 id="pack-positions">Positions</h3>
        {pack.sections.map((s) => (
          <div key={s.slug} className={styles.actor}>
            <h4>
              {s.name}
              {s.isBloc ? ' (bloc)' : ''}
            </h4>
            <p>
              {s.statements.map((st, i) => (
                <StatementText key={i} s={st} />
              ))}
            </p>
          </div>
        ))}
      </section>
      <section aria-labelledby="pack-method" className="page-break">
        <h3 id="pack-method">Method</h3>
        <BriefingMethod pack={pack} />
      </section>
      <section aria-labelledby="pack-notes">
        <h3 id="pack-notes">Notes</h3>
        <BriefingNotes footnotes={pack.footnotes} />
      </section>
    </article>
  );
}

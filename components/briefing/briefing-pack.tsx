import { LOW_CONFIDENCE_FLAG } from '@/lib/briefing/citation';
import type { BriefingPack, Statement } from '@/lib/briefing/model';
import { BriefingMatrix } from './briefing-matrix';
import { BriefingMethod } from './briefing-method';
import { BriefingNotes } from './briefing-notes';
import styles from './briefing.module.css';

/** `first`: this statement is the first to cite its note, so it carries the back-link target. */
function StatementText({ s, first }: { s: Statement; first: boolean }) {
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
          <a href={`#fn-${s.footnote}`} id={first ? `fnref-${s.footnote}` : undefined} aria-label={`Note ${s.footnote}`}>
            {s.footnote}
          </a>
        </sup>
      )}{' '}
    </>
  );
}

/** The HTML preview of a pack: the same model the Word and Markdown downloads are made from. */
export function BriefingPackView({ pack }: { pack: BriefingPack }) {
  const firstCiting = new Set<Statement>();
  const seen = new Set<number>();
  for (const st of pack.sections.flatMap((s) => s.statements)) {
    if (!st.footnote || seen.has(st.footnote)) continue;
    seen.add(st.footnote);
    firstCiting.add(st);
  }
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
      {pack.executiveSummary.length > 0 && (
        <section aria-labelledby="pack-exec">
          <h3 id="pack-exec">Executive summary</h3>
          <ul>
            {pack.executiveSummary.map((s) => (
              <li key={s.dimension}>
                {s.text}
                {s.footnotes.map((n, i) => (
                  <sup key={n}>
                    {i > 0 && ','}
                    <a href={`#fn-${n}`} aria-label={`Note ${n}`}>
                      {n}
                    </a>
                  </sup>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="pack-summary">
        <h3 id="pack-summary">Summary</h3>
        <BriefingMatrix pack={pack} />
      </section>
      <section aria-labelledby="pack-positions">
        <h3 id="pack-positions">Positions</h3>
        {pack.sections.map((s) => (
          <div key={s.slug} className={styles.actor}>
            <h4>
              {s.name}
              {s.isBloc ? ' (bloc)' : ''}
            </h4>
            <p>
              {s.statements.map((st, i) => (
                <StatementText key={i} s={st} first={firstCiting.has(st)} />
              ))}
            </p>
          </div>
        ))}
      </section>
      <section aria-labelledby="pack-method">
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

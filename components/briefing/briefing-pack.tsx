import { CONFIDENCE_LABELS } from '@/lib/domain';
import { citationLabel, citationText, LOW_CONFIDENCE_FLAG, type BriefingPack, type Statement } from '@/lib/briefing/model';
import styles from './briefing.module.css';

function StatementText({ s }: { s: Statement }) {
  return (
    <>
      {s.text}
      {s.lowConfidence && <span className={styles.flag}> {LOW_CONFIDENCE_FLAG}</span>}
      {s.footnote && (
        <sup>
          <a href={`#fn-${s.footnote}`} id={`fnref-${s.footnote}`} aria-label={`Footnote ${s.footnote}`}>
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
      <h2 id="pack-title" style={{ fontSize: '1.8rem', marginTop: 0 }}>
        {pack.title}
      </h2>
      {pack.purpose && (
        <p>
          <i>{pack.purpose}</i>
        </p>
      )}
      <p className={styles.meta}>
        Prepared {pack.generatedOn} · positions as of <strong>{pack.asOf}</strong> · dataset {pack.datasetVersion ?? 'unknown'} (converted{' '}
        {pack.datasetDate ?? 'unknown'}) · codebook {pack.codebookVersion}
      </p>
      <section aria-labelledby="pack-summary">
        <h3 id="pack-summary">Summary</h3>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Summary matrix">
          <table>
            <caption className="visually-hidden">Positions as of {pack.asOf}</caption>
            <thead>
              <tr>
                <th scope="col">Actor</th>
                {pack.dimensions.map((d) => (
                  <th scope="col" key={d.key}>
                    {d.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pack.matrix.map((r) => (
                <tr key={r.name}>
                  <th scope="row">
                    {r.name}
                    {r.isBloc ? ' (bloc)' : ''}
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={pack.dimensions[i]!.key}>
                      {c.text}
                      {c.lowConfidence && <span className={styles.flag}> ⚠ low</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="pack-positions">
        <h3 id="pack-positions">Positions</h3>
        {pack.sections.map((s) => (
          <div key={s.slug}>
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
      <section aria-labelledby="pack-method">
        <h3 id="pack-method">Method</h3>
        <div className={styles.method}>
          <p>
            Codebook version {pack.codebookVersion}. {pack.asOfRule}
          </p>
          <ul>
            {pack.confidenceLegend.map((c) => (
              <li key={c.level}>
                <strong>{CONFIDENCE_LABELS[c.level]}</strong>: {c.definition}
              </li>
            ))}
          </ul>
        </div>
        <h3 id="pack-notes">Notes</h3>
        <ol className={styles.footnotes} aria-labelledby="pack-notes">
          {pack.footnotes.map((f) => (
            <li key={f.n} id={`fn-${f.n}`}>
              {f.actor}:{' '}
              {f.citations.map((c, i) => (
                <span key={i}>
                  {i > 0 && ' — '}
                  {c.url ? <a href={c.url}>{citationLabel(c)}</a> : citationText(c)}
                </span>
              ))}{' '}
              <a href={`#fnref-${f.n}`} aria-label={`Back to the text of note ${f.n}`}>
                ↩
              </a>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

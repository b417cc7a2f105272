import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { QuoteBlock } from '@/components/positions/quote-block';
import { valueLabel, type DimensionKey } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import type { WordingColumn } from '@/lib/compare/dimension-wording';
import { DOCUMENT_TYPE_LABELS } from '@/lib/domain/vocabulary';
import { MAX_WORDING_ACTORS } from '@/lib/url/dimension-params';
import styles from './dimensions.module.css';
import { dimensionHref } from '@/lib/url/hrefs';

type Option = { slug: string; name: string };
type Props = {
  dimension: DimensionKey;
  columns: WordingColumn[];
  options: Option[];
  chosen: string[];
  hidden: Record<string, string>;
  /** Documents with a stored source: their quotes link to "read in context". */
  sourced?: ReadonlySet<string>;
};

/**
 * Choose actors and read their wording on this dimension next to each other, each column in date order. A GET form:
 * the choice is in the URL (`wording=`), so the comparison can be shared.
 */
export function SideBySideWording({ dimension, columns, options, chosen, hidden, sourced }: Props) {
  return (
    <section aria-labelledby="wording-title" className={styles.wording}>
      <h2 id="wording-title">Their words side by side</h2>
      <form method="get" action={dimensionHref(dimension)} className="filters no-print" aria-label="Choose actors to read side by side">
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <fieldset className={styles.picker}>
          <legend>Actors (up to {MAX_WORDING_ACTORS})</legend>
          {options.map((o) => (
            <label key={o.slug}>
              <input type="checkbox" name="wording" value={o.slug} defaultChecked={chosen.includes(o.slug)} /> {o.name}
            </label>
          ))}
        </fieldset>
        <button type="submit">Read side by side</button>
      </form>
      {columns.length > 0 && (
        <div className={styles.columns}>
          {columns.map((col) => (
            <article key={col.actor.slug} aria-labelledby={`wording-${col.actor.slug}`} className={styles.column}>
              <h3 id={`wording-${col.actor.slug}`}>{col.actor.name}</h3>
              {col.entries.length === 0 ? (
                <p className="muted">No document of {col.actor.name} is coded on this point by this date.</p>
              ) : (
                <ol className={styles.entries}>
                  {col.entries.map((e) => (
                    <li key={`${e.document.slug}`}>
                      <p className={styles.entryHead}>
                        <time dateTime={e.document.date}>{formatPartialDate(e.document.date)}</time> · {DOCUMENT_TYPE_LABELS[e.document.type]}
                      </p>
                      <p>
                        <strong>{e.coding.value ? valueLabel(dimension, e.coding.value) : 'Stated (free text)'}</strong>{' '}
                        <ConfidenceBadge level={e.coding.confidence} />
                      </p>
                      {e.coding.freeText && <p>&ldquo;{e.coding.freeText}&rdquo;</p>}
                      {e.coding.passages.length > 0 ? (
                        e.coding.passages.map((p) => (
                          <QuoteBlock
                            key={p.id}
                            quote={p.quote}
                            locator={p.locator}
                            role={p.role}
                            sourceUrl={e.document.url ?? e.document.archiveUrl}
                            inContext={sourced?.has(e.document.slug) ? { documentSlug: e.document.slug, passageId: p.id } : null}
                          />
                        ))
                      ) : (
                        <p className="muted">No quote recorded for this point.</p>
                      )}
                      <p className="doc-meta">{e.document.title}</p>
                    </li>
                  ))}
                </ol>
              )}
            </article>
          ))}
        </div>
      )}
    </section>
  );
}

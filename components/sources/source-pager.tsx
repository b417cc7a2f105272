import { sourceHref } from '@/lib/url/hrefs';
import { sourceQuery, type SourceParams } from '@/lib/url/source-params';

/** Previous / next page and a jump to any page, keeping the highlighted quote and search words. Works without JS. */
export function SourcePager({
  documentSlug,
  seq,
  count,
  unitLabel,
  params,
}: {
  documentSlug: string;
  seq: number;
  count: number;
  unitLabel: string;
  params: SourceParams;
}) {
  const to = (page: number) => sourceHref(documentSlug, sourceQuery({ ...params, page }));
  const lower = unitLabel.toLowerCase();
  return (
    <nav className="source-pager" aria-label={`${unitLabel}s of the source`}>
      {seq > 1 ? (
        <a href={to(seq - 1)} rel="prev">
          ← Previous {lower}
        </a>
      ) : (
        <span className="muted">← Previous {lower}</span>
      )}
      <form method="get" action={sourceHref(documentSlug)} className="source-jump">
        {params.passage !== null && <input type="hidden" name="passage" value={params.passage} />}
        {params.q && <input type="hidden" name="q" value={params.q} />}
        <label>
          {unitLabel} <input type="number" name="page" min={1} max={count} defaultValue={seq} inputMode="numeric" /> of {count}
        </label>
        <button type="submit">Go</button>
      </form>
      {seq < count ? (
        <a href={to(seq + 1)} rel="next">
          Next {lower} →
        </a>
      ) : (
        <span className="muted">Next {lower} →</span>
      )}
    </nav>
  );
}

import type { CodingRow, DocumentWithCodings } from '@/db/queries/documents';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { QuoteBlock } from '@/components/positions/quote-block';
import { DIMENSION_LABELS, isFreeTextDimension, valueLabel } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { finding, type DiffRow } from '@/lib/timeline/diff';

type Row = DiffRow<CodingRow>;

/** One side of a row: the value with its confidence, or "not coded in this document" (with any recorded words). */
function SideCell({ coding, doc }: { coding: CodingRow | null; doc: DocumentWithCodings }) {
  const docPassages = new Set(doc.passages.map((p) => p.id));
  // The document's own quote heads its column; only evidence other than that quote is repeated in the cell.
  const extra = coding?.passages.filter((p) => !docPassages.has(p.id)) ?? [];
  return (
    <td>
      {finding(coding) === null ? (
        <span className="outcome-not_coded">
          <span className="outcome-label">
            <span aria-hidden="true">? </span>Not coded in this document
          </span>
        </span>
      ) : (
        <>
          <strong>{coding!.value !== null ? valueLabel(coding!.dimension, coding!.value) : 'Stated (free text)'}</strong>{' '}
          <ConfidenceBadge level={coding!.confidence} compact={coding!.confidence !== 'low'} />
        </>
      )}
      {coding?.freeText && (
        <span className="muted">
          {' '}
          {coding.value === null && !isFreeTextDimension(coding.dimension) ? '— the actor’s words are recorded: ' : ''}&ldquo;{coding.freeText}&rdquo;
        </span>
      )}
      {extra.map((p) => (
        <QuoteBlock key={p.id} quote={p.quote} locator={p.locator} role={p.role} sourceUrl={doc.url ?? doc.archiveUrl} />
      ))}
    </td>
  );
}

function DiffRows({ rows, from, to }: { rows: Row[]; from: DocumentWithCodings; to: DocumentWithCodings }) {
  return rows.map((r) => (
    <tr key={r.dimension} data-dimension={r.dimension} data-changed={r.changed}>
      <th scope="row">{DIMENSION_LABELS[r.dimension]}</th>
      <SideCell coding={r.from} doc={from} />
      <SideCell coding={r.to} doc={to} />
      <td>{r.changed ? <strong>Changed</strong> : 'Unchanged'}</td>
    </tr>
  ));
}

function Head({ from, to }: { from: DocumentWithCodings; to: DocumentWithCodings }) {
  return (
    <thead>
      <tr>
        <th scope="col">Dimension</th>
        <th scope="col">Before ({formatPartialDate(from.date)})</th>
        <th scope="col">After ({formatPartialDate(to.date)})</th>
        <th scope="col">Status</th>
      </tr>
    </thead>
  );
}

/** Changed dimensions first and marked in words; unchanged ones folded away. */
export function DiffTable({ rows, from, to }: { rows: Row[]; from: DocumentWithCodings; to: DocumentWithCodings }) {
  const changed = rows.filter((r) => r.changed);
  const unchanged = rows.filter((r) => !r.changed);
  return (
    <>
      <table id="changed-dimensions">
        <caption>
          {changed.length} of {rows.length} dimensions changed
        </caption>
        <Head from={from} to={to} />
        <tbody>
          {changed.length ? (
            <DiffRows rows={changed} from={from} to={to} />
          ) : (
            <tr>
              <td colSpan={4}>No coded value differs between these documents.</td>
            </tr>
          )}
        </tbody>
      </table>
      {unchanged.length > 0 && (
        <details>
          <summary>
            {unchanged.length} unchanged dimension{unchanged.length === 1 ? '' : 's'}
          </summary>
          <table id="unchanged-dimensions">
            <caption className="visually-hidden">Unchanged dimensions</caption>
            <Head from={from} to={to} />
            <tbody>
              <DiffRows rows={unchanged} from={from} to={to} />
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}

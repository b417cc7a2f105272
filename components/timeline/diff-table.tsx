import type { DocumentWithCodings } from '@/db/queries/documents';
import { DIMENSION_LABELS, valueLabel, type DimensionKey } from '@/lib/codebook';
import type { DiffRow, DiffSide } from '@/lib/diff';

function SideText({ side, dimension }: { side: DiffSide; dimension: DimensionKey }) {
  if (!side || (side.value === null && side.freeText === null)) {
    return (
      <span className="outcome-not_coded">
        <span className="outcome-label">
          <span aria-hidden="true">? </span>Not coded in this document
        </span>
      </span>
    );
  }
  return (
    <span>
      {side.value !== null && <strong className={`value-${side.value}`}>{valueLabel(dimension, side.value)}</strong>}
      {side.freeText && <span className="muted"> &ldquo;{side.freeText}&rdquo;</span>}
    </span>
  );
}

function Rows({ rows }: { rows: DiffRow[] }) {
  return (
    <>
      {rows.map((r) => (
        <tr key={r.dimension}>
          <th scope="row">{DIMENSION_LABELS[r.dimension]}</th>
          <td>
            <SideText side={r.from} dimension={r.dimension} />
          </td>
          <td>
            <SideText side={r.to} dimension={r.dimension} />
          </td>
          <td>{r.changed ? <strong>Changed</strong> : 'Unchanged'}</td>
        </tr>
      ))}
    </>
  );
}

/** Changed dimensions first and marked in words; unchanged ones folded away. */
export function DiffTable({ rows, from, to }: { rows: DiffRow[]; from: DocumentWithCodings; to: DocumentWithCodings }) {
  const changed = rows.filter((r) => r.changed);
  const unchanged = rows.filter((r) => !r.changed);
  const head = (
    <thead>
      <tr>
        <th scope="col">Dimension</th>
        <th scope="col">From: {from.date}</th>
        <th scope="col">To: {to.date}</th>
        <th scope="col">Status</th>
      </tr>
    </thead>
  );
  return (
    <>
      <table id="changed-dimensions">
        <caption>
          {changed.length} dimension{changed.length === 1 ? '' : 's'} changed
        </caption>
        {head}
        <tbody>{changed.length ? <Rows rows={changed} /> : <tr><td colSpan={4}>No coded value differs between these documents.</td></tr>}</tbody>
      </table>
      <details>
        <summary>{unchanged.length} unchanged dimensions</summary>
        <table id="unchanged-dimensions">
          <caption className="visually-hidden">Unchanged dimensions</caption>
          {head}
          <tbody>
            <Rows rows={unchanged} />
          </tbody>
        </table>
      </details>
    </>
  );
}

import type React from 'react';
import type { CodingRow, DocumentWithCodings } from '@/db/queries/documents';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { QuoteBlock } from '@/components/positions/quote-block';
import { DIMENSION_LABELS, isFreeTextDimension, valueLabel } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/plural';
import { DIFF_STATUS_LABELS, finding, type DiffRow } from '@/lib/timeline/diff';
import styles from './timeline.module.css';

type Row = DiffRow<CodingRow>;

/** One side of a row: the value with its confidence, or "not coded in this document", and the document's own words
 * on this point, so the two documents' words stand side by side in each row. */
function SideCell({ coding, doc }: { coding: CodingRow | null; doc: DocumentWithCodings }) {
  const words = coding?.passages ?? [];
  return (
    <td className={styles.diffSide}>
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
      {words.map((p) => (
        <QuoteBlock key={p.id} quote={p.quote} locator={p.locator} role={p.role} sourceUrl={doc.url ?? doc.archiveUrl} />
      ))}
    </td>
  );
}

function DiffRows({ rows, from, to }: { rows: Row[]; from: DocumentWithCodings; to: DocumentWithCodings }) {
  return rows.map((r) => (
    <tr key={r.dimension} data-dimension={r.dimension} data-changed={r.changed} data-status={r.status}>
      <th scope="row">{DIMENSION_LABELS[r.dimension]}</th>
      <SideCell coding={r.from} doc={from} />
      <SideCell coding={r.to} doc={to} />
      <td>{r.status === 'changed' ? <strong>{DIFF_STATUS_LABELS.changed}</strong> : DIFF_STATUS_LABELS[r.status]}</td>
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

function RowsTable({
  id,
  label,
  caption,
  rows,
  from,
  to,
  empty,
}: {
  id: string;
  label: string;
  caption: React.ReactNode;
  rows: Row[];
  from: DocumentWithCodings;
  to: DocumentWithCodings;
  empty?: string;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table id={id}>
        <caption className={caption ? undefined : 'visually-hidden'}>{caption || label}</caption>
        <Head from={from} to={to} />
        <tbody>
          {rows.length ? (
            <DiffRows rows={rows} from={from} to={to} />
          ) : (
            <tr>
              <td colSpan={4}>{empty}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Changed dimensions first and marked in words; then those on which the later document says nothing (or only
 * supports the idea politically after a legal view), so the earlier view stands — never called a change; unchanged
 * ones folded away.
 */
export function DiffTable({ rows, from, to }: { rows: Row[]; from: DocumentWithCodings; to: DocumentWithCodings }) {
  const changed = rows.filter((r) => r.status === 'changed');
  const stands = rows.filter((r) => r.status === 'earlier_stands' || r.status === 'political_after_legal');
  const unchanged = rows.filter((r) => r.status === 'unchanged');
  return (
    <>
      <RowsTable
        id="changed-dimensions"
        label="Changed dimensions"
        caption={`${changed.length} of ${plural(rows.length, 'dimension')} changed`}
        rows={changed}
        from={from}
        to={to}
        empty="No coded value differs between these documents."
      />
      {stands.length > 0 && (
        <RowsTable
          id="earlier-view-stands"
          label="The earlier view stands"
          caption={`On ${plural(stands.length, 'dimension')} the later document does not replace the earlier view, which stands`}
          rows={stands}
          from={from}
          to={to}
        />
      )}
      {unchanged.length > 0 && (
        <details>
          <summary>{plural(unchanged.length, 'unchanged dimension')}</summary>
          <RowsTable id="unchanged-dimensions" label="Unchanged dimensions" caption="" rows={unchanged} from={from} to={to} />
        </details>
      )}
    </>
  );
}

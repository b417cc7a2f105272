import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { codingOf } from '@/lib/domain/as-of';
import { formatPartialDate } from '@/lib/domain/dates';
import type { StepTableModel } from '@/lib/timeline/position-charts';

const MARK: Record<string, string> = { value: '', silent: '○ ', not_coded: '? ', no_document: '— ' };

/**
 * The step charts' twin: one row per day a position moved, one column per line, each cell the position held from that
 * day; a cell that moved on that day says so (◆ Changed) — by symbol and words. Cards on a phone.
 */
export function PositionStepTable({ model, id, caption }: { model: StepTableModel; id: string; caption: string }) {
  return (
    <table id={id} className="phone-cards">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">From</th>
          {model.columns.map((c) => (
            <th scope="col" key={c.key}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((r) => (
          <tr key={r.from} data-from={r.from}>
            <th scope="row">
              <time dateTime={r.from}>{formatPartialDate(r.from)}</time>
            </th>
            {r.cells.map((c, i) => {
              const column = model.columns[i]!;
              const confidence = c.step ? codingOf(c.step.outcome)?.confidence : null;
              return (
                <td
                  key={column.key}
                  data-label={column.label}
                  data-column={column.key}
                  data-key={c.step?.key ?? 'no_document'}
                  data-changed={String(c.changed)}
                >
                  <span className={`outcome-${c.step?.kind ?? 'no_document'}`}>
                    <span className="outcome-label">
                      <span aria-hidden="true">{MARK[c.step?.kind ?? 'no_document']}</span>
                      {c.step?.label ?? 'No document tracked'}
                    </span>
                  </span>
                  {confidence === 'low' && (
                    <>
                      {' '}
                      <ConfidenceBadge level="low" />
                    </>
                  )}
                  {c.changed && (
                    <strong className="step-changed">
                      {' '}
                      <span aria-hidden="true">◆ </span>Changed
                    </strong>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

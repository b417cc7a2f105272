import { OutcomeLabel } from '@/components/positions/outcome-label';
import type { Outcome } from '@/lib/domain/as-of';
import { DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { ScrollTable } from '@/components/ui/scroll-table';

/** One actor's row of the matrix (reusing the matrix's outcome labels), for before/after views. */
export function ActorRow({
  caption,
  hideCaption = false,
  actorName,
  outcomes,
}: {
  caption: string;
  /** The caption still names the table for screen readers when the text around it already says it on screen. */
  hideCaption?: boolean;
  actorName: string;
  outcomes: { dimension: DimensionKey; outcome: Outcome }[];
}) {
  return (
    <ScrollTable label={caption}>
      <table>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            {outcomes.map((o) => (
              <th key={o.dimension} scope="col">
                {DIMENSION_LABELS[o.dimension]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{actorName}</th>
            {outcomes.map((o) => (
              <td key={o.dimension}>
                <OutcomeLabel dimension={o.dimension} outcome={o.outcome} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </ScrollTable>
  );
}

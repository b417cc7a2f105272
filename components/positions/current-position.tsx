import Link from 'next/link';
import type { Outcome } from '@/lib/domain/as-of';
import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import { OutcomeLabel } from './outcome-label';
import { ScrollTable } from '@/components/ui/scroll-table';
import { dimensionHref } from '@/lib/url/hrefs';

/** The actor's position on every dimension as of a date, by the as-of rule. */
export function CurrentPosition({ asOf, outcomes }: { asOf: string; outcomes: Record<string, Outcome> }) {
  return (
    <section aria-labelledby="current-position">
      <h2 id="current-position">Position as of {asOf}</h2>
      <ScrollTable label="Position on each dimension">
        <table>
          <caption className="visually-hidden">Position on each dimension as of {asOf}</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Position (confidence, year of the document)</th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((d) => {
              const outcome = outcomes[d.key];
              return outcome ? (
                <tr key={d.key}>
                  <th scope="row">
                    <Link href={dimensionHref(d.key)} title={`${d.question} — all actors`}>
                      {DIMENSION_LABELS[d.key]}
                    </Link>
                  </th>
                  <td>
                    <OutcomeLabel dimension={d.key} outcome={outcome} />
                  </td>
                </tr>
              ) : null;
            })}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

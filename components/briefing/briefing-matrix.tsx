import type { BriefingPack } from '@/lib/briefing/model';
import { ScrollTable } from '@/components/ui/scroll-table';
import styles from './briefing.module.css';

/** The summary matrix: one row per actor, one column per chosen dimension, low confidence marked in words. */
export function BriefingMatrix({ pack }: { pack: BriefingPack }) {
  return (
    <ScrollTable label="Summary matrix">
      <table className={styles.matrix}>
        <caption className="visually-hidden">Positions as of {pack.asOf}, with the year of the document each rests on</caption>
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
            <tr key={r.slug}>
              <th scope="row">
                {r.name}
                {r.isBloc ? ' (bloc)' : ''}
              </th>
              {r.cells.map((c, i) => (
                <td key={pack.dimensions[i]!.key}>
                  {c.text}
                  {c.lowConfidence && (
                    <>
                      {' '}
                      <span className={styles.flag}>⚠ low</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

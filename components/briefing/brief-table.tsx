import type { AmbassadorBrief, BriefCell } from '@/lib/briefing/brief-model';
import { ScrollTable } from '@/components/ui/scroll-table';
import { NoteRef } from './note-ref';
import styles from './brief.module.css';

/** The places (actor, then dimension or "quote") where each note number is met first, for its back-link target. */
function firstPlaces(brief: AmbassadorBrief): Set<string> {
  const seen = new Set<number>();
  const first = new Set<string>();
  for (const r of brief.rows) {
    const places = [
      ...[r.applicability, ...r.cells].map((c) => [c.dimension, c.showNote ? c.footnote : null] as const),
      ['quote', r.quote.kind !== 'none' && r.quote.showNote ? r.quote.footnote : null] as const,
    ];
    for (const [place, n] of places) {
      if (n === null || seen.has(n)) continue;
      seen.add(n);
      first.add(`${r.slug}:${place}`);
    }
  }
  return first;
}

function Cell({ c, label, first }: { c: BriefCell; label: string; first: boolean }) {
  const gap = c.kind !== 'value' && c.kind !== 'silent';
  return (
    <td className={gap ? styles.gap : undefined} data-label={label}>
      {c.text}
      {c.showNote && c.footnote !== null && <NoteRef n={c.footnote} first={first} />}
    </td>
  );
}

/** One row of values per actor in the chosen order, then a row across with its quote and confidence note. */
export function BriefTable({ brief }: { brief: AmbassadorBrief }) {
  const first = firstPlaces(brief);
  const span = brief.columns.length + 2;
  const labels = ['Applicability', ...brief.columns.map((c) => c.label)];
  return (
    <ScrollTable label="Table of positions">
      <table className={styles.brief}>
        <caption className="visually-hidden">
          Positions as of {brief.asOf}: each value with the year of the document it rests on; under each actor, its words and a confidence note
        </caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            {labels.map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        {brief.rows.map((r) => (
          <tbody key={r.slug}>
            <tr>
              <th scope="row" rowSpan={2}>
                {r.name}
                {r.isBloc ? ' (bloc)' : ''}
              </th>
              {[r.applicability, ...r.cells].map((c, i) => (
                <Cell key={c.dimension} c={c} label={labels[i]!} first={first.has(`${r.slug}:${c.dimension}`)} />
              ))}
            </tr>
            <tr className={styles.words}>
              <td colSpan={span - 1}>
                {r.quote.kind === 'none' ? (
                  <em>{r.quote.label}</em>
                ) : (
                  <>
                    <em>{r.quote.label}:</em> “{r.quote.quote}”{r.quote.showNote && <NoteRef n={r.quote.footnote} first={first.has(`${r.slug}:quote`)} />}
                  </>
                )}{' '}
                <span className={r.confidenceNote.includes('verify') ? styles.verify : undefined}>{r.confidenceNote}</span>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </ScrollTable>
  );
}

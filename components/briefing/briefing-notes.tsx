import { citationLabel, citationText } from '@/lib/briefing/citation';
import type { Footnote } from '@/lib/briefing/model';
import styles from './briefing.module.css';

/** The footnotes: in print, the stylesheet writes each link's URL after it (.print-urls on the pack). */
export function BriefingNotes({ footnotes }: { footnotes: Footnote[] }) {
  return (
    <ol className={styles.footnotes} aria-labelledby="pack-notes">
      {footnotes.map((f) => (
        <li key={f.n} id={`fn-${f.n}`}>
          {f.actor}:{' '}
          {f.citations.map((c, i) => (
            <span key={i}>
              {i > 0 && ' — '}
              {c.url ? (
                <>
                  <a href={c.url}>{citationLabel(c)}</a>
                  {c.archived && ' (archived copy)'}
                </>
              ) : (
                citationText(c)
              )}
            </span>
          ))}{' '}
          <a href={`#fnref-${f.n}`} className="no-print" aria-label={`Back to the text of note ${f.n}`}>
            ↩
          </a>
        </li>
      ))}
    </ol>
  );
}

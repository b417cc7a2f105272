import { forwardRef } from 'react';
import type { Segment } from '@/lib/sources/highlight';

/**
 * A page of the stored text in the desk's reading view: cue-phrase hits of the chosen dimension marked with a solid
 * underline, search words with a dotted one (never colour alone). The element holds only the page's text, so a
 * selection's offsets are offsets in the stored text. Marks help a person read; they never set a value.
 */
export const WorkbenchPage = forwardRef<HTMLDivElement, { segments: readonly Segment[]; label: string }>(function WorkbenchPage({ segments, label }, ref) {
  return (
    <div ref={ref} className="source-text workbench-text" tabIndex={-1} aria-label={label} role="region">
      {segments.map((s) => {
        if (s.marks.length === 0) return <span key={s.start}>{s.text}</span>;
        const className = [s.marks.includes('cue') && 'source-cue', s.marks.includes('search') && 'source-search'].filter(Boolean).join(' ');
        return (
          <mark key={s.start} className={className}>
            {s.text}
          </mark>
        );
      })}
    </div>
  );
});

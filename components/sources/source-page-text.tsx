import type { Segment } from '@/lib/sources/highlight';

/**
 * One page (or section) of a source's stored text, as extracted, with its marks: the quoted passage (underlined and
 * outlined, announced in words to screen readers) and search words (a dotted underline). Marks help a person read;
 * they never set a value.
 */
export function SourcePageText({ segments }: { segments: readonly Segment[] }) {
  const firstQuote = segments.findIndex((s) => s.marks.includes('quote'));
  const lastQuote = segments.findLastIndex((s) => s.marks.includes('quote'));
  return (
    <div className="source-text">
      {segments.map((s, i) => {
        const quoted = s.marks.includes('quote');
        const searched = s.marks.includes('search');
        if (!quoted && !searched) return <span key={s.start}>{s.text}</span>;
        const className = [quoted && 'source-quote', searched && 'source-search'].filter(Boolean).join(' ');
        return (
          <mark key={s.start} className={className} id={i === firstQuote ? 'quote' : undefined}>
            {i === firstQuote && <span className="visually-hidden">Quoted passage: </span>}
            {s.text}
            {i === lastQuote && <span className="visually-hidden"> (end of the quoted passage)</span>}
          </mark>
        );
      })}
    </div>
  );
}

'use client';
import { useEffect, useRef } from 'react';
import type { Segment } from '@/lib/sources/highlight';

/**
 * One page of a stored source in a scroll box, with the quote marked and scrolled into view: what a reviewer reads
 * before approving. The box is focusable so it scrolls with the keyboard too. Marks help a person read; they never
 * set a value.
 */
export function QuoteInPage({ segments, label }: { segments: readonly Segment[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const mark = box.current?.querySelector('mark');
    if (box.current && mark instanceof HTMLElement) box.current.scrollTop = Math.max(0, mark.offsetTop - box.current.offsetTop - 48);
  }, [segments]);
  return (
    <div ref={box} className="source-text quote-page" role="region" aria-label={label} tabIndex={0}>
      {segments.map((s) =>
        s.marks.includes('quote') ? (
          <mark key={s.start} className="source-quote">
            <span className="visually-hidden">Quoted passage: </span>
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </div>
  );
}

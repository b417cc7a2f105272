'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fieldId, type DeskForm } from '@/lib/desk/fields';
import type { DimensionKey } from '@/lib/domain/codebook';
import type { CueHit } from '@/lib/sources/cue-hits';
import { searchRanges, segmentText, type MarkRange } from '@/lib/sources/highlight';
import { locatorFor, MAX_SELECTED_CHARS, quoteFromSelection, sentenceAround } from '@/lib/sources/selection';
import { SOURCE_UNIT_LABELS } from '@/lib/sources/vocabulary';
import type { SourceWorkbench as Workbench } from '@/server/sources/workbench';
import { offsetsIn, rangeAt } from './dom-offsets';
import { WorkbenchHits } from './workbench-hits';
import { WorkbenchPage } from './workbench-page';
import { WorkbenchSearch } from './workbench-search';

type Selected = { seq: number; start: number; end: number; quote: string };
type Role = 'due_diligence' | 'context';

/** Sets a field of the coding form beside the reading view (an uncontrolled control: its value is what is submitted). */
function setField(form: DeskForm, name: string, value: string): HTMLElement | null {
  const el = document.getElementById(fieldId(form, name));
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement || el instanceof HTMLSelectElement) el.value = value;
  return el;
}

/**
 * The desk's reading view (issue 21): the stored source page by page beside the coding form, the chosen dimension's
 * cue phrases marked and listed, a search box, and quote by selection — select words on the page (or jump to a hit,
 * which selects its sentence) and "Quote" fills the form's quote, locator and role. The server checks the quote
 * against the stored text again at preview, submit and review. Without `form` it only reads (a reviewer reading a
 * proposed file's text before approving it): no quoting.
 */
export function SourceWorkbench({
  source,
  dimension,
  form,
  heading = `The source: ${source.fileName}`,
}: {
  source: Workbench;
  dimension: DimensionKey;
  form?: DeskForm;
  heading?: string;
}) {
  const unit = SOURCE_UNIT_LABELS[source.unitKind];
  const count = source.units.length;
  const [seq, setSeq] = useState(1);
  const [dim, setDim] = useState<DimensionKey>(dimension);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Selected | null>(null);
  const [jump, setJump] = useState<{ seq: number; start: number; end: number } | null>(null);
  const [status, setStatus] = useState('');
  const text = useRef<HTMLDivElement>(null);
  const page = source.units[seq - 1]!;

  const segments = useMemo(() => {
    const ranges: MarkRange[] = [
      ...source.hits.filter((h) => h.dimension === dim && h.seq === seq).map((h) => ({ start: h.start, end: h.end, kind: 'cue' as const })),
      ...(query ? searchRanges(page.text, query) : []),
    ];
    return segmentText(page.text, ranges);
  }, [source.hits, dim, seq, query, page.text]);

  // A selection inside the page becomes the quote to use; one elsewhere (a button, the form) leaves it as it was.
  useEffect(() => {
    const onChange = () => {
      const s = window.getSelection();
      if (!s || s.rangeCount === 0 || s.isCollapsed || !text.current) return;
      const at = offsetsIn(text.current, s.getRangeAt(0));
      if (at) setSelected({ seq, ...at, quote: quoteFromSelection(page.text, at.start, at.end) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [seq, page.text]);

  // After a jump to a hit: select its sentence, show it, and put the focus on the page.
  useEffect(() => {
    if (!jump || jump.seq !== seq || !text.current) return;
    const sentence = sentenceAround(page.text, jump.start, jump.end);
    const range = rangeAt(text.current, sentence.start, sentence.end);
    text.current.focus({ preventScroll: true });
    if (range) {
      const s = window.getSelection();
      s?.removeAllRanges();
      s?.addRange(range);
      (range.startContainer.parentElement ?? text.current).scrollIntoView({ block: 'center' });
    }
    setSelected({ seq, ...sentence, quote: quoteFromSelection(page.text, sentence.start, sentence.end) });
    setJump(null);
  }, [jump, seq, page.text]);

  const goTo = useCallback(
    (n: number) => {
      const next = Math.min(Math.max(1, n), count);
      if (next !== seq) setSelected(null);
      setSeq(next);
    },
    [count, seq],
  );
  const onJump = (h: CueHit | { seq: number; start: number; end: number }) => {
    goTo(h.seq);
    setJump({ seq: h.seq, start: h.start, end: h.end });
  };

  const quoteAs = (role: Role) => {
    if (!form) return;
    if (!selected || !selected.quote) return setStatus('Select words on the page first.');
    if (selected.quote.length > MAX_SELECTED_CHARS)
      return setStatus(`Select a shorter passage: a quote is at most ${MAX_SELECTED_CHARS.toLocaleString('en')} characters.`);
    const where = locatorFor(source.units[selected.seq - 1]!, source.unitKind, selected.start);
    const quoteField = setField(form, 'passage.quote', selected.quote);
    setField(form, 'passage.locator', where);
    setField(form, 'passage.role', role);
    setStatus(`Quote filled in from ${where} as ${role === 'context' ? 'context only' : 'due-diligence wording'}: check it in the form.`);
    quoteField?.focus();
  };

  return (
    <section className="workbench" aria-labelledby="workbench-heading">
      <h2 id="workbench-heading">{heading}</h2>
      <p className="muted">
        {form
          ? 'Select the actor’s words on a page, then “Quote”. Marked phrases only say where to read; they never set a value.'
          : 'The text as it will be stored and searched, page by page. Marked phrases only say where to read; they never set a value.'}
      </p>
      <WorkbenchHits hits={source.hits} dimension={dim} onDimension={setDim} onJump={onJump} textOf={(n) => source.units[n - 1]?.text ?? ''} unit={unit} />
      <WorkbenchSearch units={source.units} unit={unit} query={query} onQuery={setQuery} onJump={onJump} />
      <nav className="source-pager" aria-label={`${unit}s of the source`}>
        <button type="button" onClick={() => goTo(seq - 1)} disabled={seq === 1}>
          ← Previous {unit.toLowerCase()}
        </button>
        <form
          className="source-jump"
          onSubmit={(e) => {
            e.preventDefault();
            goTo(Number(new FormData(e.currentTarget).get('page')) || 1);
          }}
        >
          <label>
            {unit} <input key={seq} type="number" name="page" min={1} max={count} defaultValue={seq} inputMode="numeric" /> of {count}
          </label>
          <button type="submit">Go</button>
        </form>
        <button type="button" onClick={() => goTo(seq + 1)} disabled={seq === count}>
          Next {unit.toLowerCase()} →
        </button>
      </nav>
      {form && (
        <div className="workbench-quote">
          <p aria-live="polite">
            {status ||
              (selected
                ? `Selected on ${unit.toLowerCase()} ${selected.seq}: “${selected.quote.slice(0, 120)}${selected.quote.length > 120 ? '…' : ''}”`
                : 'Nothing selected yet.')}
          </p>
          <button type="button" onClick={() => quoteAs('due_diligence')} disabled={!selected}>
            Quote as due-diligence wording
          </button>{' '}
          <button type="button" className="secondary" onClick={() => quoteAs('context')} disabled={!selected}>
            Quote as context only
          </button>
        </div>
      )}
      <h3>
        {unit} {seq} of {count}
        {page.label && <span className="muted"> — {source.unitKind === 'page' ? `printed page ${page.label}` : page.label}</span>}
      </h3>
      <WorkbenchPage ref={text} segments={segments} label={`${unit} ${seq} of the source`} />
    </section>
  );
}

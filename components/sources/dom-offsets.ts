/**
 * Offsets in a page's text ↔ DOM ranges inside the element that shows it (its text content is exactly the page's
 * text: every mark and span holds only text). Browser-only helpers of the reading view.
 */

/** [start, end) of `range` in the container's text, or null when the range is not inside it. */
export function offsetsIn(container: HTMLElement, range: Range): { start: number; end: number } | null {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** The DOM range of [start, end) in the container's text. */
export function rangeAt(container: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (!started && start <= at + len) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + len) {
      range.setEnd(node, end - at);
      return range;
    }
    at += len;
  }
  return null;
}

'use client';

import { useEffect } from 'react';
import { EVIDENCE_ID } from '@/lib/compare/matrix-ids';

const PAGE_ROWS = 10;

/** The element that takes focus in a cell: its link, or the cell itself. */
function focusTarget(cell: HTMLTableCellElement): HTMLElement {
  return cell.querySelector<HTMLElement>('a[href]') ?? cell;
}

/** A cell the layout hides (on phones only one dimension's column is shown) is skipped by the arrow keys. */
const shown = (cell: HTMLTableCellElement | undefined) => Boolean(cell && cell.getClientRects().length > 0);

/**
 * The WAI-ARIA grid pattern on the server-rendered matrix, added once it is interactive (without script the cells
 * stay ordinary links in tab order): one tab stop (roving tabindex, first on the first actor's first value), arrow
 * keys, Home/End, Ctrl+Home/End and PageUp/PageDown move between cells, Enter follows the cell's link (the drawer
 * opens it). The page's scroll-padding keeps the focused cell clear of the sticky header row and actor column.
 */
export function MatrixKeyboard({ gridId }: { gridId: string }) {
  useEffect(() => {
    const table = document.getElementById(gridId) as HTMLTableElement | null;
    if (!table) return;
    const grid = Array.from(table.rows).map((r) => Array.from(r.cells));
    // Explicit roles keep the grid's semantics whatever the layout does with the cells.
    table.setAttribute('role', 'grid');
    for (const section of [table.tHead, ...Array.from(table.tBodies)]) section?.setAttribute('role', 'rowgroup');
    const headRows = table.tHead?.rows.length ?? 0;
    grid.forEach((row, r) => {
      table.rows[r]!.setAttribute('role', 'row');
      row.forEach((cell) => {
        cell.setAttribute('role', cell.tagName === 'TH' ? (r === 0 ? 'columnheader' : 'rowheader') : 'gridcell');
        focusTarget(cell).tabIndex = -1;
      });
    });
    const selected = table.querySelector<HTMLTableCellElement>('td[aria-current="true"]');
    let pos = { r: headRows, c: 1 };
    grid.forEach((row, r) => row.forEach((cell, c) => cell === selected && (pos = { r, c })));
    if (!grid[pos.r]?.[pos.c]) pos = { r: 0, c: 0 };
    const clamp = (r: number, c: number) => {
      const rr = Math.max(0, Math.min(grid.length - 1, r));
      return { r: rr, c: Math.max(0, Math.min(grid[rr]!.length - 1, c)) };
    };
    const activate = (r: number, c: number, focus: boolean) => {
      const to = clamp(r, c);
      focusTarget(grid[pos.r]![pos.c]!).tabIndex = -1;
      pos = to;
      const el = focusTarget(grid[to.r]![to.c]!);
      el.tabIndex = 0;
      if (focus) {
        el.focus({ preventScroll: true });
        grid[to.r]![to.c]!.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    };
    activate(pos.r, pos.c, false);

    const onKey = (e: KeyboardEvent) => {
      const last = grid.length - 1;
      const moves: Record<string, () => [number, number]> = {
        ArrowRight: () => [pos.r, pos.c + 1],
        ArrowLeft: () => [pos.r, pos.c - 1],
        ArrowDown: () => [pos.r + 1, pos.c],
        ArrowUp: () => [pos.r - 1, pos.c],
        PageDown: () => [pos.r + PAGE_ROWS, pos.c],
        PageUp: () => [pos.r - PAGE_ROWS, pos.c],
        Home: () => (e.ctrlKey ? [0, 0] : [pos.r, 0]),
        End: () => (e.ctrlKey ? [last, grid[last]!.length - 1] : [pos.r, grid[pos.r]!.length - 1]),
      };
      const move = moves[e.key];
      if (!move || e.altKey || e.metaKey) return;
      e.preventDefault();
      const [r, asked] = move();
      let c = asked;
      // Sideways past hidden columns (phones show one dimension), towards the cell asked for, then back.
      const step = c > pos.c ? -1 : 1;
      while (!shown(grid[clamp(r, c).r]?.[clamp(r, c).c]) && c !== pos.c) c += step;
      activate(r, c, true);
    };
    // A click or programmatic focus on a cell makes it the grid's tab stop.
    const onFocusIn = (e: FocusEvent) => {
      grid.forEach((row, r) => row.forEach((cell, c) => cell.contains(e.target as Node) && (pos.r !== r || pos.c !== c) && activate(r, c, false)));
    };
    table.addEventListener('keydown', onKey);
    table.addEventListener('focusin', onFocusIn);
    // A permalink to a cell (#evidence) opens with focus in the evidence.
    const panel = document.getElementById(EVIDENCE_ID);
    if (panel && selected && window.location.hash === `#${EVIDENCE_ID}`) panel.focus({ preventScroll: true });
    return () => {
      table.removeEventListener('keydown', onKey);
      table.removeEventListener('focusin', onFocusIn);
    };
  }, [gridId]);
  return null;
}

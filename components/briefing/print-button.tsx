'use client';

/** Opens the browser's print dialog (choose "Save as PDF" there); Ctrl+P / ⌘P does the same. */
export function PrintButton() {
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      Print / save as PDF
    </button>
  );
}

'use client';

import { useState } from 'react';

/** Copies a ready-made citation; if the clipboard is unavailable, shows the text selected for manual copying. */
export function CopyCitationButton({ citation }: { citation: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(citation);
      setState('copied');
    } catch {
      setState('manual');
    }
  }
  return (
    <div>
      <button type="button" className="secondary" onClick={copy}>
        Copy citation
      </button>
      <span role="status" className="muted">
        {state === 'copied' ? ' Citation copied.' : state === 'manual' ? ' Copy the citation below.' : ''}
      </span>
      {state === 'manual' && (
        <textarea readOnly value={citation} rows={3} cols={60} aria-label="Citation" onFocus={(e) => e.currentTarget.select()} autoFocus />
      )}
    </div>
  );
}

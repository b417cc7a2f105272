import { DIMENSIONS, DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import type { CueHit } from '@/lib/sources/cue-hits';
import { hitContext } from '@/lib/sources/selection';

/** Hits listed at most; the rest are counted (a long source can mention "territory" hundreds of times). */
const SHOWN = 40;

type Props = {
  hits: readonly CueHit[];
  dimension: DimensionKey;
  onDimension: (d: DimensionKey) => void;
  onJump: (hit: CueHit) => void;
  textOf: (seq: number) => string;
  unit: string;
};

/**
 * The cue phrases of one dimension found in the source, page by page: each a button that opens its page and selects
 * the sentence around it (so the keyboard can quote it too). Reading aids: a hit says where to read, not what to code.
 */
export function WorkbenchHits({ hits, dimension, onDimension, onJump, textOf, unit }: Props) {
  const counts = new Map<DimensionKey, number>();
  for (const h of hits) counts.set(h.dimension, (counts.get(h.dimension) ?? 0) + 1);
  const mine = hits.filter((h) => h.dimension === dimension);
  return (
    <div className="workbench-hits">
      <label>
        Cue phrases for{' '}
        <select value={dimension} onChange={(e) => onDimension(e.target.value as DimensionKey)}>
          {DIMENSIONS.map((d) => (
            <option key={d.key} value={d.key}>
              {DIMENSION_LABELS[d.key]} ({counts.get(d.key) ?? 0})
            </option>
          ))}
        </select>
      </label>
      {mine.length === 0 ? (
        <p className="muted">None of this dimension&apos;s cue phrases occur in the source: read it through, or search it.</p>
      ) : (
        <ol className="workbench-hit-list" aria-label={`Cue phrases for ${DIMENSION_LABELS[dimension]}`}>
          {mine.slice(0, SHOWN).map((h) => {
            const c = hitContext(textOf(h.seq), h.start, h.end, 40);
            return (
              <li key={`${h.seq}-${h.start}`}>
                <button type="button" className="link-button" onClick={() => onJump(h)}>
                  {unit} {h.seq}: {c.before}
                  <strong>{c.hit}</strong>
                  {c.after}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {mine.length > SHOWN && <p className="muted">and {mine.length - SHOWN} more: search the source for a phrase to narrow them down.</p>}
    </div>
  );
}

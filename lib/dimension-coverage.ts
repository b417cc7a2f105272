/** How far each dimension is coded: for how many of the actors in view the as-of outcome is a finding. */
import type { MatrixRow } from './compare-rows';
import type { DimensionKey } from './codebook';

export type Coverage = { dimension: DimensionKey; coded: number; total: number };

/** A finding is a coded value or a coded silence; "not yet coded" and "no document tracked" are not. */
export function dimensionCoverage(rows: readonly MatrixRow[], dims: readonly DimensionKey[]): Coverage[] {
  return dims.map((dimension) => ({
    dimension,
    total: rows.length,
    coded: rows.filter((r) => {
      const kind = r.cells.find((c) => c.dimension === dimension)?.outcome.kind;
      return kind === 'value' || kind === 'silent';
    }).length,
  }));
}

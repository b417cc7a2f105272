import { DIMENSIONS, DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';

/** One dimension of the codebook, by its label (the `dim` parameter of the map and the timeline). */
export function DimensionSelect({ chosen, name = 'dim' }: { chosen: DimensionKey; name?: string }) {
  return (
    <label>
      Dimension
      <select name={name} defaultValue={chosen}>
        {DIMENSIONS.map((d) => (
          <option key={d.key} value={d.key}>
            {DIMENSION_LABELS[d.key]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A checkbox per dimension of the codebook (the `dims` parameter); the caller's fieldset gives them their legend. */
export function DimensionChecks({ chosen, labelClassName }: { chosen: readonly string[]; labelClassName?: string }) {
  return DIMENSIONS.map((d) => (
    <label key={d.key} className={labelClassName}>
      <input type="checkbox" name="dims" value={d.key} defaultChecked={chosen.includes(d.key)} /> {DIMENSION_LABELS[d.key]}
    </label>
  ));
}

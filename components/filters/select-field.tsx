type Option = { value: string; label: string };

/** A labelled <select> for a GET filter form; an empty value means "no filter". */
export function SelectField({
  label,
  name,
  value,
  options,
  emptyLabel,
}: {
  label: string;
  name: string;
  value: string | null;
  options: Option[];
  emptyLabel?: string;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

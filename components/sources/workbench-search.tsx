import { useMemo } from 'react';
import { searchRanges } from '@/lib/sources/highlight';

type Props = {
  units: readonly { seq: number; text: string }[];
  unit: string;
  query: string;
  onQuery: (q: string) => void;
  onJump: (at: { seq: number; start: number; end: number }) => void;
};

/** Search this source: the pages where the words occur, each a button to its first match (words match as prefixes). */
export function WorkbenchSearch({ units, unit, query, onQuery, onJump }: Props) {
  const found = useMemo(
    () =>
      query
        ? units.flatMap((u) => {
            const r = searchRanges(u.text, query);
            return r.length ? [{ seq: u.seq, count: r.length, first: r[0]! }] : [];
          })
        : [],
    [units, query],
  );
  return (
    <div className="workbench-search">
      <form
        role="search"
        aria-label="This source"
        onSubmit={(e) => {
          e.preventDefault();
          onQuery(String(new FormData(e.currentTarget).get('q') ?? '').trim());
        }}
      >
        <label>
          Search this source <input type="search" name="q" defaultValue={query} maxLength={200} />
        </label>{' '}
        <button type="submit">Find</button>
      </form>
      {query && (
        <p role="status">
          {found.length === 0 ? `“${query}” is not in this source.` : `“${query}” on ${found.length} ${unit.toLowerCase()}${found.length === 1 ? '' : 's'}:`}
        </p>
      )}
      {found.length > 0 && (
        <ul className="workbench-found">
          {found.map((f) => (
            <li key={f.seq}>
              <button type="button" className="link-button" onClick={() => onJump({ seq: f.seq, start: f.first.start, end: f.first.end })}>
                {unit} {f.seq} ({f.count})
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

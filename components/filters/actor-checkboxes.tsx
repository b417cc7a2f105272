'use client';

import styles from './filters.module.css';

/** A heading (none for the large-scope picker's chosen actors) and its actors, a slug and a name each. */
export type CheckboxGroup = { label: string | null; actors: readonly (readonly [slug: string, name: string])[] };

/**
 * The picker's checkboxes, drawn from compact rows. A client component's props cross to the browser as data (a slug
 * and a name per actor, ~7 KB for 207 actors) where a server component's list would be a tree of elements in the page
 * payload (~30 KB) rendered twice on the server. The HTML is the same, and works before any script runs.
 */
export function ActorCheckboxes({ groups, chosen }: { groups: readonly CheckboxGroup[]; chosen: readonly string[] }) {
  const selected = new Set(chosen);
  return (
    <>
      {groups.map((g, i) => (
        <div key={g.label ?? i}>
          {g.label && <p className={styles.kindHeading}>{g.label}</p>}
          {g.actors.map(([slug, name]) => (
            <label key={slug}>
              <input type="checkbox" name="actors" value={slug} defaultChecked={selected.has(slug)} /> {name}
            </label>
          ))}
        </div>
      ))}
    </>
  );
}

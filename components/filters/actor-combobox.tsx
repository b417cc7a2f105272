'use client';

import { useCombobox } from 'downshift';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { matchActors, type ActorOption, type Choice } from '@/lib/compare/actor-match';
import styles from './filters.module.css';

const INPUT_ID = 'actor-combobox-input';
const noSubscription = () => () => {};

type Props = {
  /** Every actor offered as [slug, name, kind label, codes] (compact rows: they cross to the browser as data). */
  options: readonly ActorOption[];
  /** The chosen actors' slugs, in the chosen order (a briefing keeps it). */
  chosen: readonly string[];
  /** Blocs whose members can be chosen as a group (the form's `group` field); empty when the form has none. */
  blocs?: readonly string[];
  hint: string;
};

/**
 * Choose actors by typing (the WAI-ARIA combobox pattern, from downshift): names, ISO codes and aliases ("US", "UK",
 * "EU") match; Enter or a click adds a chip; a bloc offers its own position and, separately, its members (which sets
 * the form's "Members of" filter). Chips are checkboxes named `actors` (untick to drop one), and the text field is
 * named `actors` too: without script, names typed separated by commas are resolved by the server.
 */
export function ActorCombobox({ options, chosen: initial, blocs = [], hint }: Props) {
  const [chosen, setChosen] = useState<string[]>([...initial]);
  const [text, setText] = useState('');
  const [said, setSaid] = useState('');
  // Once script runs, an empty field sends nothing (chips carry the choice); before, it is the no-script fallback.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const names = useMemo(() => new Map(options.map(([slug, name]) => [slug, name])), [options]);
  const blocSet = useMemo(() => new Set(blocs), [blocs]);
  const items = useMemo(() => matchActors(text, options, new Set(chosen), blocSet), [text, options, chosen, blocSet]);

  const choose = (c: Choice) => {
    if (c.kind === 'members') {
      const field = document.getElementById(INPUT_ID);
      const group = field instanceof HTMLInputElement ? field.form?.elements.namedItem('group') : null;
      if (group instanceof HTMLSelectElement) group.value = c.slug;
      setSaid(`${c.name} chosen in “Members of”.`);
    } else {
      setChosen((all) => (all.includes(c.slug) ? all : [...all, c.slug]));
      setSaid(`${c.name} added.`);
    }
    setText('');
  };

  const { isOpen, highlightedIndex, getLabelProps, getMenuProps, getInputProps, getItemProps } = useCombobox<Choice>({
    items,
    inputId: INPUT_ID,
    inputValue: text,
    selectedItem: null,
    defaultHighlightedIndex: 0,
    itemToString: (c) => c?.name ?? '',
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setText(inputValue ?? '');
    },
    onSelectedItemChange: ({ selectedItem }) => selectedItem && choose(selectedItem),
  });

  return (
    <div className={styles.combo}>
      <label {...getLabelProps()}>Actors</label>
      {chosen.length > 0 && (
        <ul className={styles.chips} aria-label="Chosen actors">
          {chosen.map((slug) => (
            <li key={slug}>
              <label className={styles.chip}>
                <input type="checkbox" name="actors" value={slug} checked onChange={() => setChosen((all) => all.filter((s) => s !== slug))} />{' '}
                {names.get(slug) ?? slug}
              </label>
            </li>
          ))}
        </ul>
      )}
      <input
        {...getInputProps({ name: scripted && !text ? undefined : 'actors', type: 'text', autoComplete: 'off', 'aria-describedby': 'actor-combobox-hint' })}
      />
      <ul {...getMenuProps()} className={isOpen && items.length > 0 ? styles.listbox : styles.listboxEmpty}>
        {isOpen &&
          items.map((c, index) => (
            <li key={`${c.kind}:${c.slug}`} {...getItemProps({ item: c, index })} className={highlightedIndex === index ? styles.active : undefined}>
              <strong>{c.name}</strong> <span className="muted">{c.detail}</span>
            </li>
          ))}
      </ul>
      <p id="actor-combobox-hint" className="muted">
        {hint}
      </p>
      <p aria-live="polite" className="visually-hidden">
        {isOpen && text ? `${items.length} matching` : said}
      </p>
    </div>
  );
}

import { ACTOR_KINDS, ACTOR_KIND_LABELS, type ActorKind } from '@/lib/domain/vocabulary';
import { SelectField } from './select-field';

const KIND_OPTIONS = ACTOR_KINDS.map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k] }));

type Props = {
  kind: ActorKind | null;
  region: string | null;
  group: string | null;
  regions: readonly string[];
  groups: readonly { slug: string; name: string }[];
  /** Words for "no kind chosen"; omit to make a kind required (the timeline always counts one kind). */
  anyKindLabel?: string;
  groupLabel?: string;
};

/** The kind, region and group selects shared by every filtered view. */
export function ScopeFields({ kind, region, group, regions, groups, anyKindLabel, groupLabel = 'Members of (on the date)' }: Props) {
  return (
    <>
      <SelectField label="Kind" name="kind" value={kind} options={KIND_OPTIONS} emptyLabel={anyKindLabel} />
      <SelectField label="Region" name="region" value={region} options={regions.map((r) => ({ value: r, label: r }))} emptyLabel="Any region" />
      <SelectField label={groupLabel} name="group" value={group} options={groups.map((g) => ({ value: g.slug, label: g.name }))} emptyLabel="No group" />
    </>
  );
}

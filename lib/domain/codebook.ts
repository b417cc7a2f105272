/**
 * The codebook (../shared/data/CODEBOOK.md, version 1.1.0), defined once.
 * The schema's CHECKs and reference rows, the seed validator and every UI label derive from this file;
 * `scripts/convert-dataset.ts` fails if CODEBOOK.md and this file drift apart.
 */
export const CODEBOOK_VERSION = '1.1.0';

type ValueDef = { readonly value: string; readonly label: string; readonly definition: string };
type DimensionDef = {
  readonly key: string;
  readonly question: string;
  /** Free-text-only dimensions (remedies) have no values: a coding carries text alone. */
  readonly values: readonly ValueDef[];
  /** The value that records "the document does not address this": a finding, never a gap. */
  readonly noFindingValue: string | null;
  /** Tier 2 of the as-of rule 1.1.0: a value that supports the idea without a legal view (applicability only). */
  readonly politicalValue: string | null;
  /** A valued dimension whose coding may also carry the actor's own words (the harm threshold, as they put it). */
  readonly words?: true;
};

export const DIMENSIONS = [
  {
    key: 'applicability',
    question: "Does the actor hold that due diligence applies to States' conduct in cyberspace?",
    noFindingValue: 'silent',
    politicalValue: 'political_support',
    values: [
      {
        value: 'binding_obligation',
        label: 'Binding obligation',
        definition: 'Recognises a legally binding obligation of due diligence applying to cyber activities.',
      },
      {
        value: 'voluntary_norm',
        label: 'Voluntary norm only',
        definition: 'Treats it only as a voluntary, non-binding norm of responsible behaviour, or says it has not (yet) crystallised into binding law.',
      },
      {
        value: 'unsettled',
        label: 'Unsettled / open',
        definition: 'Says the legal question is open: calls for further study or discussion, or is ambivalent about whether an obligation exists.',
      },
      {
        value: 'political_support',
        label: 'Supported, no legal view',
        definition:
          'Endorses the idea (often in the wording of the 2015 GGE norm 13(c)) as a matter of policy, without saying whether it is law or only a voluntary norm.',
      },
      { value: 'rejects', label: 'Rejects', definition: 'Explicitly denies that any such obligation or norm applies.' },
      {
        value: 'general_law_only',
        label: 'General law, not about cyberspace',
        definition:
          "Sets out the principle in general international law without addressing cyberspace (e.g. Corfu Channel, the ILC's articles): a source of the principle, not a position on cyberspace.",
      },
      { value: 'silent', label: 'Silent', definition: 'The document addresses international law in cyberspace but says nothing on due diligence.' },
    ],
  },
  {
    key: 'knowledge',
    question: 'What must the territorial State know?',
    noFindingValue: 'unspecified',
    politicalValue: null,
    values: [
      { value: 'actual', label: 'Actual knowledge', definition: 'Only when the State actually knows of the operation ("knowingly").' },
      { value: 'actual_or_constructive', label: 'Actual or constructive', definition: 'Also when it should have known (constructive knowledge).' },
      { value: 'unspecified', label: 'Not addressed', definition: 'The document does not address this point.' },
    ],
  },
  {
    key: 'threshold',
    question: 'What harm triggers the obligation?',
    noFindingValue: 'unspecified',
    politicalValue: null,
    words: true,
    values: [
      {
        value: 'serious_adverse_consequences',
        label: 'Serious adverse consequences',
        definition: 'Operations with serious adverse consequences for the victim State.',
      },
      { value: 'significant_harm', label: 'Significant harm', definition: 'Significant or substantial harm (transboundary-harm language).' },
      { value: 'contrary_to_rights', label: 'Acts contrary to rights', definition: 'Any act contrary to the rights of other States (Corfu Channel wording).' },
      { value: 'any_wrongful_act', label: 'Internationally wrongful acts', definition: 'Acts that would be internationally wrongful if done by the State.' },
      { value: 'unspecified', label: 'Not addressed', definition: 'No threshold stated.' },
    ],
  },
  {
    key: 'prevention',
    question: 'Must the State prevent future operations, or only stop ongoing ones?',
    noFindingValue: 'unspecified',
    politicalValue: null,
    values: [
      { value: 'includes_prevention', label: 'Includes prevention', definition: 'Duty extends to preventing foreseeable operations.' },
      {
        value: 'stop_ongoing_only',
        label: 'Stop ongoing only',
        definition: 'Duty to terminate operations under way (or imminent), no general prevention duty.',
      },
      { value: 'unspecified', label: 'Not addressed', definition: '' },
    ],
  },
  {
    key: 'monitoring',
    question: 'Must the State monitor its networks?',
    noFindingValue: 'unspecified',
    politicalValue: null,
    values: [
      {
        value: 'no_general_monitoring_duty',
        label: 'No general monitoring duty',
        definition: 'Explicitly no obligation to monitor all cyber activity on its territory.',
      },
      { value: 'monitoring_expected', label: 'Monitoring expected', definition: 'Some monitoring or detection effort is expected.' },
      { value: 'unspecified', label: 'Not addressed', definition: '' },
    ],
  },
  {
    key: 'capacity',
    question: "Is the standard tied to the State's capacity?",
    noFindingValue: 'unspecified',
    politicalValue: null,
    values: [
      {
        value: 'feasible_measures_within_capacity',
        label: 'Feasible measures within capacity',
        definition: 'Only measures reasonably available / feasible for that State are required.',
      },
      { value: 'unspecified', label: 'Not addressed', definition: '' },
    ],
  },
  {
    key: 'nature',
    question: 'Obligation of conduct or of result?',
    noFindingValue: 'unspecified',
    politicalValue: null,
    values: [
      { value: 'obligation_of_conduct', label: 'Obligation of conduct', definition: 'Best efforts; no breach merely because harm occurred.' },
      { value: 'obligation_of_result', label: 'Obligation of result', definition: 'Breached whenever the harm occurs.' },
      { value: 'unspecified', label: 'Not addressed', definition: '' },
    ],
  },
  {
    key: 'transit_states',
    question: 'Does it bind States whose infrastructure an operation merely transits?',
    noFindingValue: 'unspecified',
    politicalValue: null,
    values: [
      { value: 'applies', label: 'Applies to transit States', definition: '' },
      { value: 'does_not_apply', label: 'Does not apply to transit States', definition: '' },
      { value: 'unspecified', label: 'Not addressed', definition: '' },
    ],
  },
  {
    key: 'remedies',
    question: 'Consequences of a breach (free text only, e.g. countermeasures available to the victim State).',
    noFindingValue: null,
    politicalValue: null,
    values: [],
  },
] as const satisfies readonly DimensionDef[];

export type Dimension = (typeof DIMENSIONS)[number];
export type DimensionKey = Dimension['key'];
export type DimensionValue<K extends DimensionKey = DimensionKey> = Extract<Dimension, { key: K }>['values'][number]['value'];
export type ApplicabilityValue = DimensionValue<'applicability'>;

export const DIMENSION_KEYS = DIMENSIONS.map((d) => d.key) as unknown as readonly [DimensionKey, ...DimensionKey[]];
export const APPLICABILITY_VALUES = DIMENSIONS[0].values.map((v) => v.value) as unknown as readonly [ApplicabilityValue, ...ApplicabilityValue[]];

const BY_KEY = new Map<string, Dimension>(DIMENSIONS.map((d) => [d.key, d]));

export function isDimensionKey(key: string): key is DimensionKey {
  return BY_KEY.has(key);
}

export function getDimension(key: DimensionKey): Dimension {
  return BY_KEY.get(key)!;
}

/** A value that says something about due diligence (not `silent` / `unspecified`). */
export function isSubstantive(key: DimensionKey, value: string): boolean {
  return value !== getDimension(key).noFindingValue;
}

/**
 * The tier of a value under the as-of rule 1.1.0 (CODEBOOK.md, "As-of rule"): 1 a legal view (every value except
 * the political and no-finding ones, and free text), 2 political support (applicability only), 3 the no-finding value.
 */
export type ValueTier = 1 | 2 | 3;
export function valueTier(key: DimensionKey, value: string | null): ValueTier {
  const d = getDimension(key);
  if (value !== null && value === d.noFindingValue) return 3;
  if (value !== null && value === d.politicalValue) return 2;
  return 1;
}

/** Dimensions coded by the actor's words alone, with no values to choose from (remedies). */
export type FreeTextDimensionKey = Extract<Dimension, { values: readonly [] }>['key'];
export type ValuedDimensionKey = Exclude<DimensionKey, FreeTextDimensionKey>;
export function isFreeTextDimension(key: DimensionKey): key is FreeTextDimensionKey {
  return getDimension(key).values.length === 0;
}
/** Valued dimensions whose coding may also carry the actor's words (the harm threshold). */
export type WordedDimensionKey = Extract<Dimension, { words: true }>['key'];
/** Dimensions whose coding may carry the actor's own words: the free-text ones, and the harm threshold as they put it. */
export function takesWords(key: DimensionKey): boolean {
  const d: DimensionDef = getDimension(key);
  return isFreeTextDimension(key) || d.words === true;
}

export function valueLabel(key: DimensionKey, value: string): string {
  return getDimension(key).values.find((v) => v.value === value)?.label ?? value;
}

/** Short column heading for a dimension. */
export const DIMENSION_LABELS: Record<DimensionKey, string> = {
  applicability: 'Applicability',
  knowledge: 'Knowledge',
  threshold: 'Harm threshold',
  prevention: 'Prevention',
  monitoring: 'Monitoring',
  capacity: 'Capacity',
  nature: 'Nature',
  transit_states: 'Transit States',
  remedies: 'Remedies',
};

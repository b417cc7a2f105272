/** Vocabularies that are not codebook dimensions, each defined once with its labels. */

export const ACTOR_KINDS = ['state', 'regional_org', 'multilateral', 'expert_body', 'court'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  state: 'State',
  regional_org: 'Regional organisation',
  multilateral: 'Multilateral body',
  expert_body: 'Expert body',
  court: 'Court',
};
/** Kinds whose documents are not State positions: excluded from "State" views unless asked for. */
export const NON_STATE_AUTHORITY_KINDS: readonly ActorKind[] = ['expert_body', 'court'];
/** Kinds that can have members (a State is never a group of States; courts and expert bodies have no members). */
export const GROUP_KINDS: readonly ActorKind[] = ['regional_org', 'multilateral'];

export const DOCUMENT_TYPES = [
  'position_paper',
  'gge_contribution',
  'oewg_statement',
  'speech',
  'joint_statement',
  'report',
  'strategy',
  'legislation',
  'parliament_letter',
  'manual',
  'judgment',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  position_paper: 'Position paper',
  gge_contribution: 'GGE contribution',
  oewg_statement: 'OEWG statement',
  speech: 'Speech',
  joint_statement: 'Joint statement',
  report: 'Report',
  strategy: 'Strategy',
  legislation: 'Legislation',
  parliament_letter: 'Letter to parliament',
  manual: 'Manual',
  judgment: 'Judgment',
  other: 'Other document',
};

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
};
export const CONFIDENCE_DEFINITIONS: Record<Confidence, string> = {
  high: "The actor's own wording on due diligence was read and is quoted.",
  medium: 'A reliable secondary source (e.g. the CCDCOE Toolkit) states the position; the wording was not read.',
  low: 'Inferred (continuity with an earlier document, memory, partial reading); must be verified.',
};
/** Rank for "at least this confident" filters: higher is stronger. */
export const CONFIDENCE_RANK: Record<Confidence, number> = { low: 1, medium: 2, high: 3 };

export const UN_REGIONAL_GROUPS = ['African', 'Asia-Pacific', 'EEG', 'GRULAC', 'WEOG'] as const;

/** `quote_role` (dataset 1.1): whether a quote is the actor's due-diligence wording or a neighbouring passage. */
export const QUOTE_ROLES = ['due_diligence', 'context'] as const;
export type QuoteRole = (typeof QUOTE_ROLES)[number];
/** The label every context quote carries, wherever it appears (pages, exports, briefings). */
export const CONTEXT_QUOTE_LABEL = 'Context — not the due-diligence passage';
export const QUOTE_ROLE_LABELS: Record<QuoteRole, string> = {
  due_diligence: 'Due-diligence passage',
  context: CONTEXT_QUOTE_LABEL,
};

/**
 * Why a coding row exists (codings are append-only). A correction is a change of *our* coding of a document, never
 * a change of the actor's position; a withdrawal records that a dimension is no longer coded.
 */
export const CODING_REASONS = ['original', 'correction', 'withdrawal'] as const;
export type CodingReason = (typeof CODING_REASONS)[number];
export const CODING_REASON_LABELS: Record<CodingReason, string> = {
  original: 'Original coding',
  correction: 'Correction of our coding',
  withdrawal: 'Coding withdrawn',
};

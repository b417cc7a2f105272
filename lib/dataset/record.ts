/**
 * One shape for a record entering the database, whichever way it comes — a seed file read by an import, or a desk
 * proposal being published — and one shape for what the database holds for it now. The planner (plan.ts) compares
 * the two. Pure types.
 */
import type { DimensionKey } from '@/lib/domain/codebook';
import type { Confidence, DocumentType, QuoteRole } from '@/lib/domain/vocabulary';
import type { CodingContent, PassageKey } from './coding-content';

/** Who brings a record: an import of a seed folder, or the desk (a reviewed proposal). */
export type Bringer = 'import' | 'desk';

/** A document's own fields. */
export type DocumentFields = {
  title: string;
  titleOriginal: string | null;
  date: string;
  type: DocumentType;
  venue: string;
  url: string | null;
  archiveUrl: string | null;
  language: string | null;
};

/** Our reading of a document for one of its authors: summary, notes, the record's confidence, the pages checked. */
export type Reading = { summary: string; notes: string | null; confidence: Confidence | null; verifiedFrom: string[] };

export type PassageInput = PassageKey & { role: QuoteRole | null };

/** One cell a record speaks for: an author × a dimension, and what it says there (null: not coded, withdrawn). */
export type IncomingCoding = {
  actor: string;
  dimension: DimensionKey;
  content: CodingContent | null;
  /** A desk correction or withdrawal names the coding it replaces; the plan is refused if that is no longer current. */
  replaces?: number;
};

export type IncomingRecord = {
  from: Bringer;
  /** The document's id (slug). */
  slug: string;
  /**
   * What the record expects of the document: `absent` (a new document), `present` (a coding, correction or
   * withdrawal of an existing one) or `any` (a seed record: added or corrected).
   */
  expects: 'absent' | 'present' | 'any';
  /** The document's fields, when the record states them. */
  fields: DocumentFields | null;
  /** The authors with their readings, in order, when the record states them (a seed record or a new document). */
  readings: { actor: string; reading: Reading }[] | null;
  /** Actors the same write creates (a new actor proposed with its first document): known, and must not exist yet. */
  newActors: string[];
  /** Passages the record brings (stored if missing). */
  passages: PassageInput[];
  codings: IncomingCoding[];
  /**
   * True when the record speaks for every dimension of every author it lists (a seed record): a dimension it leaves
   * out is "not coded", so an earlier import's coding of it is withdrawn. A proposal speaks only for its cells.
   */
  complete: boolean;
  /**
   * A desk correction or withdrawal of the document itself, recorded as a document revision with its reason. For a
   * correction `readings` lists every author the document keeps: a current author left out leaves it. `by` is the
   * author the proposal starts from; `leavesWithReading`: `by` leaves the authors while its reading is changed.
   */
  revision?: { kind: 'correction' | 'withdrawal'; by: string; leavesWithReading?: boolean };
};

/** A current coding row (the one nothing supersedes), with where it came from. */
export type CurrentCoding = { id: number; actor: string; dimension: DimensionKey; content: CodingContent; from: Bringer };

/** What the database holds now for one document (and the actors it may refer to). */
export type PublishedState = {
  document: {
    fields: DocumentFields;
    /** Who set the current field values (the creating origin, or the latest revision's). */
    fieldsFrom: Bringer;
    /** Withdrawn through the desk: gone from the public record, kept in history. */
    withdrawn: boolean;
  } | null;
  readings: { actor: string; reading: Reading; from: Bringer }[];
  /** The document's passages. */
  passages: PassageInput[];
  codings: CurrentCoding[];
  /** Slugs of the actors the database holds. */
  knownActors: ReadonlySet<string>;
  /** Authors an editor took off the document (a desk correction of its authors): an import does not bring them back. */
  removedAuthors?: readonly string[];
};

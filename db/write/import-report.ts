/**
 * What an import did, counted exactly from the plans it carried out: a cell kept because an editor published it is
 * counted once, and among those only the ones whose value or words differ from the folder are "differing values".
 */
import type { RecordPlan } from '@/lib/dataset/plan';

type Counts = { added: number; corrected: number; unchanged: number };

export type ImportReport = {
  actors: Counts & { keptEditorWork: number; leftAlone: number };
  memberships: { added: number; corrected: number };
  documents: Counts & { keptEditorWork: number; leftWithdrawn: number; leftAlone: number };
  /** Our reading of a document for one author (summary, notes, confidence, sources). */
  readings: Counts & { keptEditorWork: number };
  codings: Counts & {
    withdrawn: number;
    /** Cells whose current coding an editor published, kept although the folder says otherwise… */
    keptEditorWork: number;
    /** …of which the folder states another value or other words (the rest differ in evidence only). */
    differingValues: number;
  };
  literature: Counts;
  /** The dataset's metadata or release notes changed. */
  metaChanged: boolean;
  replaced: boolean;
  /** False when the import found nothing to change: then it wrote nothing at all (no audit row, no new data version). */
  changed: boolean;
  /** What the import created, listed in its one summary audit row (one audit row per created row would bloat the log). */
  created: { actors: string[]; documents: string[]; memberships: number[]; codings: number[]; literature: string[] };
  /** The data version after the import (null when it changed nothing). */
  dataVersion: number | null;
};

const counts = (): Counts => ({ added: 0, corrected: 0, unchanged: 0 });

export function emptyReport(replaced: boolean): ImportReport {
  return {
    actors: { ...counts(), keptEditorWork: 0, leftAlone: 0 },
    memberships: { added: 0, corrected: 0 },
    documents: { ...counts(), keptEditorWork: 0, leftWithdrawn: 0, leftAlone: 0 },
    readings: { ...counts(), keptEditorWork: 0 },
    codings: { ...counts(), withdrawn: 0, keptEditorWork: 0, differingValues: 0 },
    literature: counts(),
    metaChanged: false,
    replaced,
    changed: false,
    created: { actors: [], documents: [], memberships: [], codings: [], literature: [] },
    dataVersion: null,
  };
}

/** Adds one record's plan to the report. */
export function tally(report: ImportReport, plan: RecordPlan): void {
  const { documents: docs, readings, codings } = report;
  if (plan.leftWithdrawn) return void (docs.leftWithdrawn += 1);
  const d = plan.document;
  if (d.action === 'add') docs.added += 1;
  else if (d.action === 'revise') docs.corrected += 1;
  else if (d.action === 'withdraw')
    return; // only a desk proposal withdraws a document; an import never does
  else if (d.why === 'editor') docs.keptEditorWork += 1;
  else docs.unchanged += 1;
  for (const r of plan.readings) {
    if (r.action === 'add') readings.added += 1;
    else if (r.action === 'revise') readings.corrected += 1;
    else if (r.why === 'editor') readings.keptEditorWork += 1;
    else readings.unchanged += 1;
  }
  for (const c of plan.codings) {
    if (c.action === 'add') codings.added += 1;
    else if (c.action === 'supersede') codings.corrected += 1;
    else if (c.action === 'withdraw') codings.withdrawn += 1;
    else if (c.why === 'unchanged') codings.unchanged += 1;
    else {
      codings.keptEditorWork += 1;
      if (c.differs) codings.differingValues += 1;
    }
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report in one paragraph, as the command line prints it. */
export function describeImport(where: string, r: ImportReport): string {
  const kept = r.codings.keptEditorWork
    ? `; ${plural(r.codings.keptEditorWork, 'coding')} kept as the editors published ${r.codings.keptEditorWork === 1 ? 'it' : 'them'} ` +
      `(${plural(r.codings.differingValues, 'value differs', 'values differ')} from the folder` +
      `${r.codings.differingValues < r.codings.keptEditorWork ? ', the rest differ in evidence only' : ''})`
    : '';
  const docsKept = r.documents.keptEditorWork ? `, ${r.documents.keptEditorWork} kept as the editors corrected them` : '';
  const withdrawn = r.documents.leftWithdrawn ? `, ${r.documents.leftWithdrawn} left withdrawn as the editors withdrew them` : '';
  const opening = !r.changed
    ? `Nothing to change in ${where}, so nothing was written (no audit entry, no new data version). Compared with the folder: `
    : `${r.replaced ? 'Replaced the published tables of' : 'Imported into'} ${where} (nothing is deleted): `;
  return (
    opening +
    `actors ${r.actors.added} added, ${r.actors.corrected} corrected, ${r.actors.unchanged} unchanged, ${r.actors.leftAlone} not in the folder left alone; ` +
    `documents ${r.documents.added} added, ${r.documents.corrected} corrected, ${r.documents.unchanged} unchanged${docsKept}${withdrawn}, ${r.documents.leftAlone} not in the folder left alone; ` +
    `readings ${r.readings.added} added, ${r.readings.corrected} corrected; ` +
    `codings ${r.codings.added} added, ${r.codings.corrected} corrected, ${r.codings.withdrawn} withdrawn, ${r.codings.unchanged} unchanged${kept}; ` +
    `literature ${r.literature.added} added, ${r.literature.corrected} corrected.`
  );
}

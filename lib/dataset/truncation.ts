/**
 * The one check an import makes across a whole actor file: a file that lost most of the documents earlier imports
 * brought for its actor is truncated, and importing it would half-correct that actor. Only what imports brought is
 * compared — documents published through the desk are never "missing from the file". Pure.
 */

/** An actor file whose records are fewer than this share of what earlier imports brought is refused. */
export const TRUNCATED_SHARE = 0.5;

/** The option that imports a file as it is, leaving the documents it lacks in the database untouched. */
export const KEEP_MISSING_FLAG = '--keep-missing';

export type TruncationInput = {
  /** The file, as shown (e.g. "seed/actors/denmark.json"). */
  file: string;
  actor: string;
  /** Documents of this actor that earlier imports brought (desk documents excluded). */
  broughtByImports: readonly string[];
  /** Document ids the import holds (in any file). */
  imported: ReadonlySet<string>;
  /** The folder, for the command that goes ahead. */
  folder: string;
};

/** Why the file looks truncated, with what was compared and the command that goes ahead; null when it does not. */
export function truncationProblem(t: TruncationInput): string | null {
  const held = t.broughtByImports.length;
  const missing = t.broughtByImports.filter((s) => !t.imported.has(s));
  const kept = held - missing.length;
  if (held < 2 || kept >= held * TRUNCATED_SHARE) return null;
  const shown = `${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`;
  return (
    `${t.file} holds ${kept} of the ${held} documents earlier imports brought for "${t.actor}" (missing: ${shown}); ` +
    'it looks truncated, so nothing was written. Documents published through the desk are not counted. ' +
    `If the file is right, import it and leave the missing documents as they are: npm run db:seed -- ${t.folder} ${KEEP_MISSING_FLAG}`
  );
}

/**
 * Why a source file was refused, and what to do instead. Every refusal names the file, the problem and the way out;
 * nothing is stored when one is thrown.
 */

export const SOURCE_PROBLEMS = ['empty', 'too_large', 'wrong_type', 'encrypted', 'corrupt', 'no_text', 'zip_bomb', 'active_content', 'bad_encoding'] as const;
export type SourceProblem = (typeof SOURCE_PROBLEMS)[number];

/** Short names of the problems, for summaries and tests. */
export const SOURCE_PROBLEM_LABELS: Record<SourceProblem, string> = {
  empty: 'Empty file',
  too_large: 'File too large',
  wrong_type: 'Not a PDF, DOCX, HTML or text file',
  encrypted: 'Protected by a password',
  corrupt: 'Damaged file',
  no_text: 'No text layer (a scan)',
  zip_bomb: 'Expands far beyond a real document',
  active_content: 'Web page with scripts',
  bad_encoding: 'Not readable as text',
};

export class SourceFileError extends Error {
  constructor(
    readonly problem: SourceProblem,
    readonly fileName: string,
    /** What is wrong, in a sentence. */
    readonly detail: string,
    /** What to do instead, in a sentence. */
    readonly advice: string,
  ) {
    super(`${fileName}: ${detail} ${advice}`);
    this.name = 'SourceFileError';
  }
}

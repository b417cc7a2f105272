/** Vocabularies of stored source files, defined once (schema CHECKs, validation, labels). */

/** What a stored source file is, decided from its bytes (never from its name). */
export const SOURCE_KINDS = ['pdf', 'docx', 'html', 'text'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_MEDIA_TYPES: Record<SourceKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  pdf: 'PDF',
  docx: 'Word document (DOCX)',
  html: 'Web page (HTML)',
  text: 'Plain text',
};

/** How the extracted text is divided: PDF pages, or sections (headings, or runs of paragraphs) of DOCX, HTML and text. */
export const SOURCE_UNITS = ['page', 'section'] as const;
export type SourceUnitKind = (typeof SOURCE_UNITS)[number];
export const SOURCE_UNIT_LABELS: Record<SourceUnitKind, string> = { page: 'Page', section: 'Section' };

/** How a source entered: through the editorial desk (reviewed) or `npm run source:add` (a command-line import). */
export const SOURCE_PROVENANCES = ['desk', 'command_line'] as const;
export type SourceProvenance = (typeof SOURCE_PROVENANCES)[number];
export const SOURCE_PROVENANCE_LABELS: Record<SourceProvenance, string> = {
  desk: 'Attached through the editorial desk',
  command_line: 'Attached from the command line (npm run source:add)',
};

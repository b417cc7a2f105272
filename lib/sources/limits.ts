/**
 * Limits on source files, defined once for the command line, the desk and the write layer. The file size is a
 * setting (SOURCE_MAX_MB); the rest are safety bounds a real document never comes near.
 */

const MB = 1024 * 1024;

export const SOURCE_LIMITS = {
  /** Default size of a stored file. Government PDFs with images reach 5–15 MB; 25 leaves room. */
  defaultMaxBytes: 25 * MB,
  /** What SOURCE_MAX_MB may be set to. Files live in the database, so every megabyte is read into memory once. */
  settingRangeMb: [1, 200] as const,
  /** Pages (PDF) or sections (other kinds) of one source. */
  maxUnits: 3_000,
  /** Characters of extracted text of one source (a 1,000-page treaty collection is about 3 million). */
  maxTextChars: 8_000_000,
  /** Below this many letters or digits in the whole file, a PDF has no text layer: it is a scan. */
  minTextChars: 20,
  /** A section of a DOCX, HTML or text source is cut after about this many characters (a printed page or two). */
  sectionChars: 4_000,
  /** A DOCX is a ZIP archive; these bound it before and while it is unpacked. */
  docx: { maxEntries: 2_000, maxUnpackedBytes: 100 * MB },
} as const;

export type SourceLimits = {
  maxBytes: number;
  maxUnits: number;
  maxTextChars: number;
  minTextChars: number;
  sectionChars: number;
  docx: { maxEntries: number; maxUnpackedBytes: number };
};

/**
 * The limits in force, with SOURCE_MAX_MB read from `env` (a whole number of megabytes within the allowed range;
 * anything else is an error naming the setting, so a typo never silently lifts the limit).
 */
export function sourceLimits(env: Readonly<Record<string, string | undefined>> = {}): SourceLimits {
  const raw = env.SOURCE_MAX_MB?.trim();
  let maxBytes: number = SOURCE_LIMITS.defaultMaxBytes;
  if (raw) {
    const [lo, hi] = SOURCE_LIMITS.settingRangeMb;
    const mb = Number(raw);
    if (!Number.isInteger(mb) || mb < lo || mb > hi) throw new Error(`SOURCE_MAX_MB must be a whole number of megabytes from ${lo} to ${hi} (got "${raw}").`);
    maxBytes = mb * MB;
  }
  const { maxUnits, maxTextChars, minTextChars, sectionChars, docx } = SOURCE_LIMITS;
  return { maxBytes, maxUnits, maxTextChars, minTextChars, sectionChars, docx: { ...docx } };
}

/** "25 MB", "1.4 MB", "312 KB", "12 bytes": sizes in messages. */
export function formatBytes(n: number): string {
  if (n >= MB) return `${(n / MB).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  if (n >= 1024) return `${Math.round(n / 1024).toLocaleString('en')} KB`;
  return `${n} byte${n === 1 ? '' : 's'}`;
}

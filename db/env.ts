import { z } from 'zod';

/** A whole number of at least `min`, or the default when unset; anything else stops the server with the setting's name. */
const count = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default('data/tracker.db'),
  /** Public origin for absolute links (feed, permanent links), e.g. https://tracker.example.org. */
  SITE_URL: z.string().optional(),
  /** Comma-separated host names whose own Host header may serve as the origin when SITE_URL is not set. */
  TRUSTED_HOSTS: z
    .string()
    .optional()
    .transform((s) =>
      (s ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Most results each memoised view read keeps for the current content version (db/memo-by-version.ts); 0: none. */
  VIEW_MEMO_ENTRIES: count(0, 32),
  /** Most codings whose evidence (document, quotes, summary) is kept for the current content version (db/queries/evidence.ts); 0: none. */
  EVIDENCE_MEMO_CODINGS: count(0, 20_000),
  /** Read connections kept open while idle (db/read-snapshot.ts). */
  READ_POOL_IDLE: count(0, 4),
  /** Most read connections open at once; further readers wait for one (db/read-snapshot.ts). */
  READ_POOL_MAX: count(1, 16),
});

/** Read by the app, the seed and migrate commands and drizzle.config.ts alike. Every setting is in .env.example. */
export const env = readSettings({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  SITE_URL: process.env.SITE_URL || undefined,
  TRUSTED_HOSTS: process.env.TRUSTED_HOSTS || undefined,
  VIEW_MEMO_ENTRIES: process.env.VIEW_MEMO_ENTRIES || undefined,
  EVIDENCE_MEMO_CODINGS: process.env.EVIDENCE_MEMO_CODINGS || undefined,
  READ_POOL_IDLE: process.env.READ_POOL_IDLE || undefined,
  READ_POOL_MAX: process.env.READ_POOL_MAX || undefined,
});

/** A bad setting stops whoever reads it with its name and what it must be, not a validation dump. */
export function readSettings(raw: Record<string, string | undefined>): z.infer<typeof envSchema> {
  const parsed = envSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(raw[String(i.path[0])])}: ${i.message}`);
  throw new Error(`Bad setting (see .env.example):\n  ${lines.join('\n  ')}`);
}

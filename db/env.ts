import { z } from 'zod';

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
});

/** Read by the app, the seed and migrate commands and drizzle.config.ts alike. Every setting is in .env.example. */
export const env = envSchema.parse({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  SITE_URL: process.env.SITE_URL || undefined,
  TRUSTED_HOSTS: process.env.TRUSTED_HOSTS || undefined,
});

import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default('data/tracker.db'),
});

/** Read by the app, the seed and migrate commands and drizzle.config.ts alike. */
export const env = envSchema.parse({ DATABASE_URL: process.env.DATABASE_URL || undefined });

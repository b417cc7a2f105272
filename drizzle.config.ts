import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: ['./db/schema.ts', './db/schema-sources.ts'],
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_URL || 'data/tracker.db' },
});

import { sql } from 'drizzle-orm';
import { codings } from '@/db/schema';

/** A coding is current while no later row supersedes it (codings are append-only). */
export const isCurrentCoding = sql`NOT EXISTS (SELECT 1 FROM codings AS later WHERE later.supersedes_id = ${codings.id})`;

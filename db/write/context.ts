/**
 * The one shape every write function takes: who writes, why, and when, with the database to write to. Inside the
 * transaction the same object carries the transaction handle (`tx`) instead, so helpers never take 4–9 positional
 * parameters and cannot write outside the transaction they were given.
 */
import type { Db } from '@/db/connect';
import { IMMEDIATE } from './transaction';
import type { Writer } from './writer';

/** A write request: the database, the writer, the reason, and optionally the time (tests; one timestamp per write). */
export type WriteOptions = { db: Db; by: Writer; why: string; now?: string };

/** The same request without the database, as the web app's bound functions take it (db/write/index.ts). */
export type WriteRequest = Omit<WriteOptions, 'db'>;

/** Inside a write transaction: the transaction handle, who, why and the one timestamp of this write. */
export type WriteContext = { tx: Db; by: Writer; why: string; now: string };

/** Runs `work` in one immediate transaction (it takes the write lock at once, see transaction.ts) with the context of `options`: all of it commits, or none of it. */
export function inWriteTransaction<T>(options: WriteOptions, work: (ctx: WriteContext) => T): T {
  const now = options.now ?? new Date().toISOString();
  return options.db.transaction((t) => work({ tx: t as unknown as Db, by: options.by, why: options.why, now }), IMMEDIATE);
}

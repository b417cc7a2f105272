/**
 * Every write transaction takes the write lock when it starts. A deferred transaction that reads first and then
 * writes fails at once with SQLITE_BUSY if another process (an import, a publish) committed in between; an
 * immediate one waits for the lock (busy_timeout) instead.
 */
export const IMMEDIATE = { behavior: 'immediate' } as const;

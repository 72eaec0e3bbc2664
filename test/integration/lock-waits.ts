// For tests that hold a lock on "Quote" in one session and watch a request's statements wait on it: a lock held
// by another session keeps a query waiting, whatever the machine's speed.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.js';

export interface QuoteLock {
  /** Runs `work` while another session holds "Quote" in ACCESS EXCLUSIVE mode, then rolls that session back. */
  held<T>(work: () => Promise<T>): Promise<T>;
  /** How many backends wait for a lock on "Quote", as a third session sees them (the locker's transaction
   *  would see one snapshot of pg_stat_activity). */
  waiting(): Promise<number>;
}

/** Call at the top of a test file, after useTestApp: the two sessions connect in beforeAll and end in afterAll. */
export function useQuoteLock(): QuoteLock {
  let locker: pg.Client;
  let monitor: pg.Client;
  beforeAll(async () => {
    locker = new pg.Client({ connectionString: loadConfig().DATABASE_URL });
    monitor = new pg.Client({ connectionString: loadConfig().DATABASE_URL });
    await Promise.all([locker.connect(), monitor.connect()]);
  });
  afterAll(async () => {
    await Promise.all([locker?.end(), monitor?.end()]);
  });
  return {
    async held(work) {
      await locker.query('BEGIN');
      try {
        await locker.query('LOCK TABLE "Quote" IN ACCESS EXCLUSIVE MODE');
        return await work();
      } finally {
        await locker.query('ROLLBACK');
      }
    },
    async waiting() {
      const { rows } = await monitor.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%"Quote"%' AND pid <> pg_backend_pid()`,
      );
      return rows[0]!.n;
    },
  };
}

/** Waits up to 10 s for `condition`, asking every 50 ms. */
export async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

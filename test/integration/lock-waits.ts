// For tests that hold a lock on "Quote" in one session and watch a request's statement wait on it.
import type pg from 'pg';

/** Backends waiting for a lock on "Quote", as `monitor` (a session outside the locker's transaction, which
 *  sees one snapshot of pg_stat_activity) sees them. */
export async function waitingOnQuote(monitor: pg.Client): Promise<number> {
  const { rows } = await monitor.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%"Quote"%' AND pid <> pg_backend_pid()`,
  );
  return rows[0]!.n;
}

/** Waits up to 10 s for `condition`, asking every 50 ms. */
export async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

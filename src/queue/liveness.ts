// Gives a killed worker's jobs back to the queue within seconds rather than graphile-worker's four
// hours. Each worker process holds a session advisory lock per graphile worker pool id (the name jobs
// are locked by) on a connection of its own; PostgreSQL drops those locks the moment the process dies. Any live process then finds jobs
// locked by an id whose lock it can take, and unlocks them (graphile-worker's force_unlock_workers).
// Should a live process lose its connection for a moment, a job may run twice: importing is
// idempotent (same content, same article), so that costs time, not data.
import pg from 'pg';
import type { Logger } from '../logger.js';

const LOCK_CLASS = 0x6e6b77; // advisory lock namespace of worker liveness ("nkw")
/** A job younger than this is never swept: its worker may not have taken its lock yet. */
const STALE_AFTER_SECONDS = 10;
const SWEEP_EVERY_MS = 5_000;
/** How long a lost liveness connection waits for a stop signal that may be on its way. */
const SIGNAL_GRACE_MS = 1_500;

export interface Liveness {
  /** Marks a graphile worker pool id as alive for as long as this process lives. */
  hold(workerId: string): Promise<void>;
  close(): Promise<void>;
}

/** A connection's error listener that tells a loss on purpose (`quiet()`: the worker stopping) from one
 *  by accident. Ctrl-C reaches an embedded server and this process together; on a busy machine the
 *  server may close the connection before this process has handled its own signal, so it is decided
 *  a moment later. */
export function whenLost(quiet: () => boolean, onPurpose: (e: Error) => void, byAccident: (e: Error) => void): (e: Error) => void {
  return (e) => void setTimeout(() => (quiet() ? onPurpose(e) : byAccident(e)), SIGNAL_GRACE_MS);
}

/** `stopping()` tells a connection lost on purpose (the worker stopping) from one lost by accident. */
export async function startLiveness(databaseUrl: string, log: Logger, stopping: () => boolean = () => false): Promise<Liveness> {
  let closing = false;
  const quiet = () => closing || stopping();
  const holder = await connection(
    databaseUrl,
    'newskb worker liveness',
    whenLost(
      quiet,
      (e) => log.debug({ err: e }, 'liveness connection closed while stopping'),
      (e) => {
        // Without its locks other workers would take this process's jobs over: stop rather than run twice.
        log.fatal({ err: e }, 'lost the liveness connection to the database; stopping');
        process.kill(process.pid, 'SIGTERM');
      },
    ),
  );
  const sweeper = await connection(
    databaseUrl,
    'newskb worker sweeper',
    whenLost(
      quiet,
      (e) => log.debug({ err: e }, 'sweeper connection closed while stopping'),
      (e) => log.warn({ err: e }, 'stale-lock sweeper lost its connection'),
    ),
  );

  let sweeping = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweeping
      .then(() => releaseDeadWorkers(sweeper, log))
      .catch((e: Error) => (quiet() ? undefined : log.warn({ err: e }, 'stale-lock sweep failed')));
  }, SWEEP_EVERY_MS);

  return {
    async hold(workerId) {
      await holder.query(`SELECT pg_advisory_lock($1, hashtext($2))`, [LOCK_CLASS, workerId]);
    },
    async close() {
      closing = true; // the listeners stay: a connection the server drops now must not crash the process
      clearInterval(timer);
      await sweeping;
      await Promise.allSettled([holder.end(), sweeper.end()]);
    },
  };
}

/** A connection of its own, named so in pg_stat_activity, `onError` listening for its loss. */
async function connection(databaseUrl: string, applicationName: string, onError: (e: Error) => void): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: applicationName });
  await client.connect();
  client.on('error', onError);
  return client;
}

/** Gives back the jobs of the workers that are gone: those locked a while ago by an id whose lock the
 *  sweeper can take. */
async function releaseDeadWorkers(sweeper: pg.Client, log: Logger): Promise<void> {
  const { rows } = await sweeper.query<{ locked_by: string }>(
    `SELECT DISTINCT locked_by FROM graphile_worker.jobs WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)`,
    [STALE_AFTER_SECONDS],
  );
  const dead: string[] = [];
  for (const { locked_by: workerId } of rows) {
    const {
      rows: [free],
    } = await sweeper.query<{ free: boolean }>(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS free`, [LOCK_CLASS, workerId]);
    if (!free!.free) continue;
    await sweeper.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [LOCK_CLASS, workerId]);
    dead.push(workerId);
  }
  if (!dead.length) return;
  await sweeper.query(`SELECT graphile_worker.force_unlock_workers($1::text[])`, [dead]);
  log.warn({ workers: dead }, 'released the jobs of workers that are gone');
}

// `npm run worker`: takes import jobs from the queue, extracts in the thread pool and stores each file
// in its own transaction. Bad input fails its file for good (no retry); anything else (a database that
// went away, a deadlock) is thrown to graphile-worker, which retries it with exponential backoff up to
// the job's max_attempts.
import { EventEmitter } from 'node:events';
import { run, type Runner, type Task, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import type { Db } from '../db/client.js';
import { failureReason } from '../import/batch.js';
import { ImportError } from '../import/document.js';
import type { ExtractPool } from '../import/extract-pool.js';
import { storeUnlessStored } from '../import/store.js';
import type { Logger } from '../logger.js';
import { IMPORT_TASK } from './enqueue.js';
import { startLiveness, whenLost } from './liveness.js';
import { queueLogger } from './logger.js';

export interface QueueWorkerOptions {
  databaseUrl: string;
  db: Db;
  pool: ExtractPool;
  log: Logger;
  concurrency: number;
}

function importTask(db: Db, pool: ExtractPool, log: Logger): Task {
  return async (payload, helpers) => {
    const { id } = payload as { id: number };
    const job = await db.importJob.findUnique({ where: { id }, select: { path: true, text: true, status: true } });
    if (job?.status !== 'QUEUED' || job.text === null) return; // removed, or done by an earlier run
    try {
      const input = { text: job.text, sourceName: job.path };
      const result = await storeUnlessStored(db, input, () => pool.prepare(input));
      await db.importJob.update({
        where: { id },
        data: { status: result.status === 'CREATED' ? 'IMPORTED' : 'UNCHANGED', articleId: result.articleId, text: null, error: null, finishedAt: new Date() },
      });
      log.debug({ file: job.path, status: result.status, articleId: result.articleId }, 'imported');
    } catch (e) {
      const error = failureReason(job.path, e);
      const final = e instanceof ImportError || helpers.job.attempts >= helpers.job.max_attempts;
      // Recording the failure may fail too when the database is gone; the job's own retry covers that.
      await db.importJob.update({ where: { id }, data: final ? { status: 'FAILED', error, text: null, finishedAt: new Date() } : { error } }).catch(() => {});
      if (e instanceof ImportError) {
        log.warn(error);
        return; // the file is at fault: retrying cannot help
      }
      throw e;
    }
  };
}

export async function startQueueWorker({
  databaseUrl,
  db,
  pool,
  log,
  concurrency,
}: QueueWorkerOptions): Promise<{ runner: Runner; stop: () => Promise<void> }> {
  // Once stopping, lost connections are expected (Ctrl-C reaches an embedded server in the same
  // process group too): they are logged at debug level, not as errors with stack traces.
  let stopping: Promise<void> | undefined;
  const isStopping = () => stopping !== undefined;
  const liveness = await startLiveness(databaseUrl, log, isStopping);
  const queuePool = listenedPool(databaseUrl, concurrency + 2, log, isStopping);
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked in the name of the worker pool (one per process), so that is the id kept alive.
  events.on('pool:create', ({ workerPool }) => {
    liveness.hold(workerPool.id).catch((e: Error) => log.error({ err: e }, 'could not mark a worker alive'));
  });
  // graphile-worker prints a worker that ends with an error by console.trace, stopping or not. A job
  // interrupted because the database went away with the same Ctrl-C is expected: a debug line then.
  const trace = console.trace;
  console.trace = (...args: unknown[]) => (isStopping() ? log.debug({ err: args[0] }, 'queue worker ended while stopping') : trace.apply(console, args));
  const runner = await run({
    events,
    pgPool: queuePool,
    concurrency,
    crontab: '', // no scheduled tasks (and no crontab file to look for)
    noHandleSignals: true, // the command stops the runner itself, then closes the pool and the database
    logger: queueLogger(log, isStopping),
    taskList: { [IMPORT_TASK]: importTask(db, pool, log) },
  });
  const stop = async () => {
    await runner.stop().catch(() => {}); // already stopped
    await liveness.close();
    await queuePool.end().catch(() => {});
    console.trace = trace;
  };
  return { runner, stop: () => (stopping ??= stop()) };
}

/** The queue's own pool, with error listeners until it is ended: graphile-worker removes the ones it
 *  installs on its pools before they are closed, and an idle connection dropped then would crash. */
function listenedPool(databaseUrl: string, max: number, log: Logger, isStopping: () => boolean): pg.Pool {
  const queuePool = new pg.Pool({ connectionString: databaseUrl, max });
  const connectionLost = whenLost(
    isStopping,
    (e) => log.debug({ err: e }, 'queue connection closed while stopping'),
    (e) => log.warn({ err: e }, 'queue connection lost'),
  );
  queuePool.on('error', connectionLost);
  queuePool.on('connect', (client) => client.on('error', connectionLost));
  return queuePool;
}

// npm run worker: imports queued files (see `npm run seed -- DIR --queue`) until stopped with
// SIGINT/SIGTERM. Start as many as you like, on any machine that reaches DATABASE_URL.
import { createDb } from '../db/client.js';
import { openDatabase } from '../db/runtime.js';
import { extractPoolFor } from '../import/extract-pool.js';
import { prepareQueue } from '../queue/enqueue.js';
import { startQueueWorker } from '../queue/worker.js';
import { runCommand } from './run.js';

await runCommand(async (config, log) => {
  const database = await openDatabase(config, log);
  const db = createDb(database.url);
  const pool = extractPoolFor(config);
  try {
    await prepareQueue(database.url, log);
    const concurrency = config.WORKER_CONCURRENCY ?? pool.threads * 2;
    const worker = await startQueueWorker({ databaseUrl: database.url, db, pool, log, concurrency });
    log.info({ concurrency, threads: pool.threads }, 'worker ready: waiting for import jobs');
    // On SIGINT/SIGTERM running jobs finish (or are released for another worker), then all closes.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void worker.stop());
    await worker.runner.promise;
    await worker.stop();
  } finally {
    await pool.close();
    await db.$disconnect();
    await database.stop();
  }
});

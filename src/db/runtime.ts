// One code path to a database: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
// lives under DATA_DIR. Migrations are applied before anything else touches it.
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, usableDataDir, type RunningPostgres } from './embedded-postgres.js';
import { applyMigrations } from './migrations.js';

export const EMBEDDED_DATABASE = 'newskb';

export async function openDatabase(config: Config, log: Logger): Promise<RunningPostgres> {
  let database: RunningPostgres;
  if (config.DATABASE_URL) {
    database = { url: config.DATABASE_URL, stop: async () => {} };
    log.info('using the database at DATABASE_URL');
  } else {
    const wanted = path.join(config.DATA_DIR, 'postgres');
    const dataDir = await usableDataDir(wanted);
    if (dataDir !== wanted) log.warn({ wanted, dataDir }, 'the postgres user cannot reach DATA_DIR; keeping its data elsewhere');
    log.info({ dataDir, port: config.EMBEDDED_PG_PORT }, 'starting embedded PostgreSQL');
    database = await startEmbeddedPostgres({
      dataDir,
      port: config.EMBEDDED_PG_PORT,
      database: EMBEDDED_DATABASE,
      log: (line) => log.trace({ postgres: line }),
    });
  }
  try {
    const applied = await applyMigrations(database.url);
    log.info({ applied }, applied.length ? 'applied migrations' : 'database schema is up to date');
  } catch (e) {
    await database.stop();
    throw e;
  }
  return database;
}

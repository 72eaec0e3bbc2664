// One code path to a database: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
// lives under DATA_DIR; a server another command already runs there is shared, not started twice.
// Migrations are applied before anything else touches it.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { redactUrls } from '../redact.js';
import { startEmbeddedPostgres, usableDataDir, type RunningPostgres } from './embedded-postgres.js';
import { applyMigrations } from './migrations.js';

const EMBEDDED_DATABASE = 'newskb';

/** Where the process that started the embedded server leaves its URL, for other commands to attach. */
const embeddedUrlFile = (config: Config) => path.join(config.DATA_DIR, 'embedded-postgres.url');

/** Connects once; throws one line naming where and why not (never the password). */
async function reach(url: string): Promise<void> {
  let where = 'DATABASE_URL';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    const { hostname, port } = new URL(url);
    where = `${hostname}:${port || 5432}`;
    await client.connect();
    await client.query('SELECT 1');
  } catch (e) {
    const { code, message } = e as NodeJS.ErrnoException;
    const reason = { ECONNREFUSED: 'connection refused', ENOTFOUND: 'no such host', EAI_AGAIN: 'the host name does not resolve', ETIMEDOUT: 'timed out' }[
      code ?? ''
    ];
    throw new Error(`cannot connect to the database at ${where}: ${reason ?? redactUrls(message)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function answers(url: string): Promise<boolean> {
  return reach(url).then(
    () => true,
    () => false,
  );
}

/** The embedded server another process (`npm start`, a seed run) started on DATA_DIR, if it runs. */
async function runningEmbedded(config: Config): Promise<RunningPostgres | null> {
  const url = (await readFile(embeddedUrlFile(config), 'utf8').catch(() => '')).trim();
  if (!url || !(await answers(url))) return null; // none, or left behind by a process that died
  return { url, stop: async () => {} }; // not ours to stop
}

async function startEmbedded(config: Config, log: Logger): Promise<RunningPostgres> {
  const wanted = path.join(config.DATA_DIR, 'postgres');
  const dataDir = await usableDataDir(wanted);
  if (dataDir !== wanted) log.warn({ wanted, dataDir }, 'the postgres user cannot reach DATA_DIR; keeping its data elsewhere');
  log.info({ dataDir, port: config.EMBEDDED_PG_PORT }, 'starting embedded PostgreSQL');
  const server = await startEmbeddedPostgres({
    dataDir,
    port: config.EMBEDDED_PG_PORT,
    database: EMBEDDED_DATABASE,
    log: (line) => log.trace({ postgres: line }),
  });
  const urlFile = embeddedUrlFile(config);
  await mkdir(config.DATA_DIR, { recursive: true });
  await writeFile(urlFile, `${server.url}\n`, { mode: 0o600 });
  log.info(`embedded PostgreSQL at ${redactUrls(server.url)} (the full URL is in ${urlFile})`);
  return {
    url: server.url,
    stop: async () => {
      await rm(urlFile, { force: true });
      await server.stop();
    },
  };
}

export async function openDatabase(config: Config, log: Logger): Promise<RunningPostgres> {
  let database: RunningPostgres;
  if (config.DATABASE_URL) {
    database = { url: config.DATABASE_URL, stop: async () => {} };
    log.info(`using the database at ${redactUrls(config.DATABASE_URL)}`);
    await reach(config.DATABASE_URL);
  } else {
    const running = await runningEmbedded(config);
    if (running) log.info(`attached to the embedded PostgreSQL already running at ${redactUrls(running.url)}`);
    database = running ?? (await startEmbedded(config, log));
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

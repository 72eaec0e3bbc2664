import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { type Prisma, PrismaClient } from '../generated/prisma/client.js';
import { preparedStatementName } from './prepared.js';
import { cancellablePool } from './request-cancel.js';

export type Db = PrismaClient;

export interface DbOptions {
  onQuery?: (sql: string, params: string) => void;
  /** PostgreSQL's statement_timeout for every connection of the pool (the API's STATEMENT_TIMEOUT_MS) */
  statementTimeoutMs?: number;
  /** PostgreSQL's max_parallel_workers_per_gather for the pool's connections (server default when unset) */
  parallelWorkers?: number;
}

/**
 * The API's connections: its statement timeout, and no parallel workers. Starting workers costs a
 * plan milliseconds, which the planner weighs against an idle machine's cores; under concurrent
 * requests the cores are taken, and a page that an index walk finds in 0.3 ms took 14 ms gathered
 * (statements(about:) at 10k articles; appearsWith 72 ms against 29 at 100k).
 */
export function apiDbOptions(config: { STATEMENT_TIMEOUT_MS: number }): DbOptions {
  return { statementTimeoutMs: config.STATEMENT_TIMEOUT_MS, parallelWorkers: 0 };
}

/** The pg pool under each client, with its query listener, for `queryDirect`. */
const drivers = new WeakMap<Db, { pool: pg.Pool; onQuery?: DbOptions['onQuery']; connected?: Promise<void> }>();

export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  const pool = cancellablePool({
    connectionString: databaseUrl,
    statement_timeout: options.statementTimeoutMs,
    ...(options.parallelWorkers === undefined ? {} : { options: `-c max_parallel_workers_per_gather=${options.parallelWorkers}` }),
  });
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    // Unregistered statements stay unnamed (pg's unnamed statement: parsed each time).
    statementNameGenerator: (query) => preparedStatementName(query.sql)!,
  });
  const { onQuery } = options;
  if (!onQuery) {
    const db = new PrismaClient({ adapter });
    drivers.set(db, { pool });
    return db;
  }
  const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', (e) => onQuery(e.query, e.params));
  drivers.set(db, { pool, onQuery });
  return db;
}

/**
 * Runs `sql` on the client's pool without Prisma, prepared when registered (db/prepared.ts), and
 * returns its rows. For the article write, where Prisma's own work per raw query (argument
 * mapping, its query engine, result conversion) cost the event loop about 0.5 ms per article.
 * Reported to `onQuery` like Prisma's queries; errors are pg's (SQLSTATE in `code`).
 */
export function queryDirect<Row>(db: Db, sql: string, values: unknown[]): Promise<Row[]> {
  return onPool<Row>(db, sql, values, () => `[${values.length} values]`);
}

/** `sql` on the client's pool; `params` describes the values to `onQuery`. */
async function onPool<Row>(db: Db, sql: string, values: unknown[], params: () => string): Promise<Row[]> {
  const driver = drivers.get(db);
  if (!driver) throw new Error('queryDirect needs a client made by createDb');
  // Prisma ends the pool on $disconnect only once it has connected: a client used only here must too,
  // or its idle connections outlive it (and crash the process when the server stops).
  driver.connected ??= db.$connect().catch((e: unknown) => {
    driver.connected = undefined; // tried again next time (a database that was down may be back)
    throw e;
  });
  await driver.connected;
  driver.onQuery?.(sql, params());
  const result = await driver.pool.query<Row & pg.QueryResultRow>({ name: preparedStatementName(sql), text: sql, values });
  return result.rows;
}

/**
 * `queryDirect` for a `Prisma.sql` template: the API's raw read statements (name lookups, pages of
 * ids, counts, search), where `$queryRaw` cost about 0.11 ms of CPU more per statement than the pool
 * (0.17 against 0.06 ms, 8 at a time), a tenth of a small request. Dates are sent as ISO text, as
 * Prisma sends them: pg would send local time with an offset, which a timestamp column ignores.
 * Columns come back as pg types them: the statements cast counts to int. `onQuery` gets the values
 * as JSON, as Prisma gives them (the EXPLAIN test replays them).
 */
export function queryRows<Row>(db: Db, query: Prisma.Sql): Promise<Row[]> {
  const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : v));
  return onPool<Row>(db, query.text, values, () => JSON.stringify(values));
}

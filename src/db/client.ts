import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
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
  if (!options.onQuery) return new PrismaClient({ adapter });
  const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const onQuery = options.onQuery;
  db.$on('query', (e) => onQuery(e.query, e.params));
  return db;
}

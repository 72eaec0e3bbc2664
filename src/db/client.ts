import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { preparedStatementName } from './prepared.js';
import { cancellablePool } from './request-cancel.js';

export type Db = PrismaClient;

export interface DbOptions {
  onQuery?: (sql: string, params: string) => void;
  /** PostgreSQL's statement_timeout for every connection of the pool (the API's STATEMENT_TIMEOUT_MS) */
  statementTimeoutMs?: number;
}

export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  const pool = cancellablePool({ connectionString: databaseUrl, statement_timeout: options.statementTimeoutMs });
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

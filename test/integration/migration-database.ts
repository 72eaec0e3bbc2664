// A database built by the committed migrations that come before one, to test that migration on the
// schema (and data) it meets. Migrations run as the engine runs them: split at every semicolon.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { withDatabase } from '../../src/db/database-url.js';

const dir = path.resolve(import.meta.dirname, '../../prisma/migrations');

export interface MigrationDatabase {
  client: pg.Client;
  /** Runs one migration file, statement by statement. */
  apply(name: string): Promise<void>;
  /** Closes the connection and drops the database. */
  drop(): Promise<void>;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A new database `name` on the server holding every migration before `migration`. */
export async function databaseBefore(serverUrl: string, name: string, migration: string): Promise<MigrationDatabase> {
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, name) });
  await client.connect();
  const apply = async (file: string) => {
    for (const statement of readFileSync(path.join(dir, file, 'migration.sql'), 'utf8').split(';')) {
      if (statement.replace(/--.*$/gmu, '').trim()) await client.query(statement);
    }
  };
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  for (const file of readdirSync(dir)
    .filter((n) => /^\d/u.test(n))
    .sort()) {
    if (file >= migration) break;
    await apply(file);
  }
  return {
    client,
    apply,
    drop: async () => {
      await client.end();
      await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** The database before `migration` for a test file: built before its tests, dropped after them.
 *  Returns the live database, for use inside tests. */
export function databaseBeforeForTests(name: string, migration: string): () => MigrationDatabase {
  let db: MigrationDatabase | undefined;
  beforeAll(async () => {
    db = await databaseBefore(inject('databaseServerUrl'), name, migration);
  });
  afterAll(async () => {
    await db?.drop();
  });
  return () => db!;
}

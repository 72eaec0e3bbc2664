// Gives every test file a database of its own, cloned from the migrated template, and drops it after.
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { withDatabase } from '../../src/db/database-url.js';
import { TEMPLATE_DATABASE } from './database-url.js';

const serverUrl = inject('databaseServerUrl');
const database = `newskb_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin((c) => c.query(`CREATE DATABASE "${database}" TEMPLATE "${TEMPLATE_DATABASE}"`));
  process.env.DATABASE_URL = withDatabase(serverUrl, database);
});

afterAll(async () => {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
});

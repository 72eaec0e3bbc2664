// Every request runs under a database statement timeout (STATEMENT_TIMEOUT_MS): a query over it
// answers QUERY_TIMEOUT instead of holding a connection. A lock held by another session makes the
// query wait past a small limit, whatever the machine's speed.
import pg from 'pg';
import { beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useTestApp } from './harness.js';

const t = useTestApp({ STATEMENT_TIMEOUT_MS: '300' });

beforeAll(async () => {
  await t.importSeed();
});

it('answers QUERY_TIMEOUT when a query runs over STATEMENT_TIMEOUT_MS, and serves the next request', async () => {
  const locker = new pg.Client({ connectionString: loadConfig().DATABASE_URL });
  await locker.connect();
  try {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE "Quote" IN ACCESS EXCLUSIVE MODE');
    const res = await t.gql('{ quotes(first: 5) { nodes { id text } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(res.errors?.[0]?.message).toMatch(/STATEMENT_TIMEOUT_MS/u);
  } finally {
    await locker.query('ROLLBACK');
    await locker.end();
  }
  const after = await t.gql('{ quotes(first: 5) { nodes { id } } }');
  expect(after.errors).toBeUndefined();
  expect(after.data.quotes.nodes.length).toBeGreaterThan(0);
});

it('rejects a STATEMENT_TIMEOUT_MS that is not a positive integer', () => {
  expect(() => loadConfig({ STATEMENT_TIMEOUT_MS: '0' })).toThrow(/STATEMENT_TIMEOUT_MS/u);
  expect(() => loadConfig({ STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/STATEMENT_TIMEOUT_MS/u);
  expect(loadConfig({}).STATEMENT_TIMEOUT_MS).toBe(5000);
});

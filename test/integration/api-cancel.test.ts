// A client that disconnects cancels its database query: it does not hold a connection until the
// statement timeout. A lock held by another session keeps the query waiting, whatever the machine's speed.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useTestApp } from './harness.js';
import { until, waitingOnQuote } from './lock-waits.js';

const t = useTestApp({ STATEMENT_TIMEOUT_MS: '60000' });
const server = createServer((req, res) => t.app(req, res));
let locker: pg.Client;
let monitor: pg.Client; // outside the locker's transaction, which sees one snapshot of pg_stat_activity

beforeAll(async () => {
  await t.importSeed();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  locker = new pg.Client({ connectionString: loadConfig().DATABASE_URL });
  monitor = new pg.Client({ connectionString: loadConfig().DATABASE_URL });
  await Promise.all([locker.connect(), monitor.connect()]);
});

afterAll(async () => {
  await Promise.all([locker?.end(), monitor?.end()]);
  await new Promise((resolve) => server.close(resolve));
});

it('cancels the database query of a client that disconnects, and serves the next request', async () => {
  await locker.query('BEGIN');
  try {
    await locker.query('LOCK TABLE "Quote" IN ACCESS EXCLUSIVE MODE');
    const { port } = server.address() as AddressInfo;
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } });
    req.on('error', () => {}); // the socket is destroyed on purpose
    req.end(JSON.stringify({ query: '{ quotes(first: 5) { nodes { id text } } }' }));
    await until(async () => (await waitingOnQuote(monitor)) === 1, 'the query to wait on the lock');
    req.destroy();
    // Still under the lock, the query is gone well before the 60 s statement timeout.
    await until(async () => (await waitingOnQuote(monitor)) === 0, 'the query to be cancelled');
  } finally {
    await locker.query('ROLLBACK');
  }
  const after = await t.gql('{ quotes(first: 5) { nodes { id } } }');
  expect(after.errors).toBeUndefined();
  expect(after.data.quotes.nodes.length).toBeGreaterThan(0);
});

// A client that goes away cancels its database statements: it does not hold connections until the
// statement timeout, and it is no fault of the service: the request's log line says the client closed it,
// no error is logged. A lock held by another session keeps the statements waiting, whatever the machine's speed.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useTestApp } from './harness.js';
import { until, useQuoteLock } from './lock-waits.js';

const t = useTestApp({ STATEMENT_TIMEOUT_MS: '60000', LOG_LEVEL: 'debug' });
const lock = useQuoteLock();
const server = createServer((req, res) => t.app(req, res));

beforeAll(async () => {
  await t.importSeed();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const errorLines = () => t.logs.filter((line) => line.level >= 40);

it('cancels the database query of a client that disconnects, and serves the next request', async () => {
  await lock.held(async () => {
    const { port } = server.address() as AddressInfo;
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } });
    req.on('error', () => {}); // the socket is destroyed on purpose
    req.end(JSON.stringify({ query: '{ quotes(first: 5) { nodes { id text } } }' }));
    await until(async () => (await lock.waiting()) === 1, 'the query to wait on the lock');
    req.destroy();
    // Still under the lock, the query is gone well before the 60 s statement timeout.
    await until(async () => (await lock.waiting()) === 0, 'the query to be cancelled');
  });
  const after = await t.gql('{ quotes(first: 5) { nodes { id } } }');
  expect(after.errors).toBeUndefined();
  expect(after.data.quotes.nodes.length).toBeGreaterThan(0);
});

it('logs a client that aborts as having closed the request, at info level with no error line, and ends every statement', async () => {
  t.logs.length = 0;
  // More fields than the pool's 10 connections: 10 statements wait on the lock, 2 wait for a connection,
  // which they get only once the client has gone.
  const fields = Array.from({ length: 12 }, (_, i) => `q${i}: quotes(first: 1) { nodes { id } }`).join(' ');
  const client = new AbortController();
  await lock.held(async () => {
    const answer = t.app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${fields} }` }),
      signal: client.signal,
    });
    await until(async () => (await lock.waiting()) === 10, 'the pool to wait on the lock');
    client.abort();
    await expect(answer).rejects.toThrow(/abort/iu);
    // The request ends under the lock (its answer, null, does not wait for the statements still to come).
    // No statement is left waiting on the lock: neither those cancelled nor the two that get a connection
    // as those end, which, sent, would be waiting within this second.
    await until(async () => t.logs.some((line) => line.path === '/graphql'), "the request's log line");
    for (let i = 0; i < 20; i++) {
      expect(await lock.waiting()).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  expect(t.logs).toContainEqual(expect.objectContaining({ level: 30, status: 200, outcome: 'errors: CLIENT_CLOSED_REQUEST' }));
  expect(errorLines()).toEqual([]);
});

it('logs no error for an error of the client, and still masks and logs a fault of the service, once', async () => {
  t.logs.length = 0;
  const refused = await t.gql('{ quotes(first: -1) { nodes { id } } }');
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(errorLines()).toEqual([]);
  // A statement PostgreSQL refuses for a reason no client causes: a column missing.
  await t.db.$executeRawUnsafe('ALTER TABLE "Quote" RENAME COLUMN "text" TO "words"');
  try {
    const broken = await t.gql('{ quotes(first: 1) { nodes { text } } }');
    expect(broken.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
  } finally {
    await t.db.$executeRawUnsafe('ALTER TABLE "Quote" RENAME COLUMN "words" TO "text"');
  }
  expect(errorLines()).toEqual([
    expect.objectContaining({ level: 50, msg: 'unexpected error', err: expect.objectContaining({ message: expect.stringMatching(/words|text/u) }) }),
  ]);
});

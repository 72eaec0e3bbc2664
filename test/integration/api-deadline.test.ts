// A query's execution runs under a deadline (REQUEST_TIMEOUT_MS), SQL and JavaScript together: over
// it the query answers REQUEST_TIMEOUT, and the SQL statement it waits on is cancelled, well before
// the statement timeout. A lock held by another session keeps the query waiting, whatever the
// machine's speed. Mutations are not cut: an import finishes under its own limit.
import { beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useTestApp } from './harness.js';
import { until, useQuoteLock } from './lock-waits.js';

const TOKEN = 'test-token-0123456789abcdef';
const t = useTestApp({ REQUEST_TIMEOUT_MS: '400', STATEMENT_TIMEOUT_MS: '60000', API_TOKEN: TOKEN });
const lock = useQuoteLock();

beforeAll(async () => {
  await t.importSeed();
});

it('answers REQUEST_TIMEOUT when a query runs over REQUEST_TIMEOUT_MS, cancels its statement and serves the next request', async () => {
  await lock.held(async () => {
    const started = performance.now();
    const res = await t.gql('{ a: quotes(first: 5) { nodes { id text } } b: articles(first: 5) { nodes { title } } }');
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([
      { message: 'The request ran over the time limit of 400 ms (REQUEST_TIMEOUT_MS); ask for less', extensions: { code: 'REQUEST_TIMEOUT' } },
    ]);
    // Still under the lock, the statement is gone long before the 60 s statement timeout.
    await until(async () => (await lock.waiting()) === 0, 'the query to be cancelled');
  });
  const after = await t.gql('{ quotes(first: 5) { nodes { id } } }');
  expect(after.errors).toBeUndefined();
  expect(after.data.quotes.nodes.length).toBeGreaterThan(0);
});

it('does not cut a mutation: an import that starts its extraction thread takes longer and still lands', async () => {
  const res = await t.gql(
    'mutation($input: ImportArticleInput!) { importArticle(input: $input) { __typename ... on ImportArticleSuccess { status } } }',
    { input: { text: 'Ferry fares frozen\n\nHarbour master Ann Holt said the Velmora ferry fares would stay as they are until May.' } },
    { authorization: `Bearer ${TOKEN}` },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.importArticle).toEqual({ __typename: 'ImportArticleSuccess', status: 'CREATED' });
});

it('rejects a REQUEST_TIMEOUT_MS that is not a positive integer, and defaults to 10 s', () => {
  expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '0' })).toThrow(/REQUEST_TIMEOUT_MS/u);
  expect(() => loadConfig({ REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/REQUEST_TIMEOUT_MS/u);
  expect(loadConfig({}).REQUEST_TIMEOUT_MS).toBe(10_000);
});

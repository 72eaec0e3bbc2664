// Extraction runs in worker threads: a large article imported through the API leaves the event loop
// free for other requests, and an article over the time budget fails naming the limit.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createExtractPool } from '../../src/import/extract-pool.js';
import { createLogger } from '../../src/logger.js';
import { seedText, useTestApp, type GraphQLResponse } from './harness.js';

const TOKEN = 'test-token-0123456789abcdef';
const t = useTestApp({ API_TOKEN: TOKEN });

const IMPORT = `mutation($input: ImportArticleInput!) {
  importArticle(input: $input) {
    ... on ImportArticleSuccess { status article { title } }
    ... on ValidationError { field message }
  }
}`;

/** A long report of about `kb` kilobytes: the seed article's paragraphs, numbered so none repeats. */
function longArticle(kb: number, title: string): string {
  const paragraphs = seedText.split(/\n\n+/u).slice(3);
  let text = `${title}\n\n`;
  for (let i = 0; text.length < kb * 1000; i++) text += `${i + 1}. ${paragraphs[i % paragraphs.length]}\n\n`;
  return text;
}

async function importThrough(app: ReturnType<typeof createApp>, text: string): Promise<GraphQLResponse> {
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: IMPORT, variables: { input: { text } } }),
  });
  return (await res.json()) as GraphQLResponse;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe('importing a 400 KB article through the API', () => {
  it('keeps answering { __typename } within 100 ms at p99 meanwhile', async () => {
    const text = longArticle(400, 'A long report');
    const idleFor3s = () => pingWhile(() => new Promise((resolve) => setTimeout(resolve, 3000)));
    const idleBefore = await idleFor3s();
    let response: GraphQLResponse | undefined;
    const busy = await pingWhile(async () => {
      response = await importThrough(t.app, text);
    });
    const idleAfter = await idleFor3s();
    expect(response!.data.importArticle).toEqual({ status: 'CREATED', article: { title: 'A long report' } });
    // Extraction alone takes about a second, so many pings fall inside the import.
    expect(busy.pings).toBeGreaterThan(20);
    // On a machine loaded by others the idle loop itself lags: the bound is 100 ms, or three times the
    // lag measured idle just before and after. Extracting on the event loop would block it for seconds.
    const idleLag = Math.max(idleBefore.pingP99, idleBefore.delayP99, idleAfter.pingP99, idleAfter.delayP99);
    const bound = Math.max(100, 3 * idleLag);
    expect(busy.pingP99).toBeLessThan(bound);
    expect(busy.delayP99).toBeLessThan(bound);
  });
});

/** Pings `{ __typename }` every 5 ms while `work` runs: how many, their p99 and the event-loop delay's p99 (ms). */
async function pingWhile(work: () => Promise<void>): Promise<{ pings: number; pingP99: number; delayP99: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const pings: number[] = [];
  let working = true;
  delay.enable();
  const done = work().finally(() => (working = false));
  while (working) {
    const start = performance.now();
    const res = await t.gql('{ __typename }');
    pings.push(performance.now() - start);
    expect(res.data).toEqual({ __typename: 'Query' });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await done;
  delay.disable();
  return { pings: pings.length, pingP99: percentile(pings, 99), delayP99: delay.percentile(99) / 1e6 };
}

describe('the extraction time budget', () => {
  // A short article takes milliseconds, the longest allowed one over a second: 600 ms parts them even
  // on a loaded machine.
  const pool = createExtractPool({ timeoutMs: 600, threads: 1 });
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({
      db: t.db,
      config: loadConfig({ ...process.env, API_TOKEN: TOKEN, LOG_LEVEL: 'silent' }),
      log: createLogger('silent'),
      extractPool: pool,
    });
  });
  afterAll(() => pool.close());

  it('fails an article over the budget, naming the limit, and the pool carries on', async () => {
    const before = await t.db.article.count();
    const res = await importThrough(app, longArticle(990, 'Too long to extract'));
    expect(res.data.importArticle).toEqual({ field: 'text', message: 'extraction took longer than the limit of 600 ms (EXTRACT_TIMEOUT_MS)' });
    expect(await t.db.article.count()).toBe(before);
    // The thread was terminated and replaced: the next article goes through the same pool.
    const small = await importThrough(app, 'Port reopens\n\nThe mayor said on Monday that the port would reopen next week.');
    expect(small.data.importArticle).toEqual({ status: 'CREATED', article: { title: 'Port reopens' } });
  });
});

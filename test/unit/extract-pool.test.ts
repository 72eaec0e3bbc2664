// An extraction thread warms its extractor up when it starts: the tagger's tables are built and the
// stages run once before its first article, whose time budget then counts that article only.
// The pool prepares articles as the event loop would, and bad input still comes back as an ImportError.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { extract } from '../../src/extract/index.js';
import { ImportError, prepareArticle } from '../../src/import/document.js';
import { createExtractPool } from '../../src/import/extract-pool.js';
import { type PrepareTask, WARM_UP_TEXT } from '../../src/import/extract-worker.js';
import { serializeArticle } from '../../src/import/payload.js';
import { bundledModule } from '../../src/import/worker-bundle.js';

const seedText = () => readFileSync(path.join(projectRoot, 'seeds', readdirSync(path.join(projectRoot, 'seeds'))[0]!), 'utf8');

interface FirstArticle {
  ok: boolean;
  /** How many of the worker's functions the first article ran. */
  ran: number;
  /** How many of those ran for the first time in the thread (compiled then, or building a table). */
  firstRun: string[];
}

/** A fresh thread that loads the bundled worker and prepares `text`, counting with V8's precise
 *  coverage which of the worker's functions the article ran, and which of them had not run before. */
async function firstArticleOfFreshThread(text: string): Promise<FirstArticle> {
  const file = (await bundledModule(path.join(projectRoot, 'src/import/extract-worker.ts'), projectRoot))!;
  const task: PrepareTask = { task: { input: { text, sourceName: 'seed' } }, channel: 'extract-pool-test', id: 1 };
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    const session = new (require('node:inspector').Session)();
    session.connect();
    const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
    // The calls of each of the worker's functions since the last take (taking resets the counts).
    const calls = async () => {
      const counts = new Map();
      for (const script of (await post('Profiler.takePreciseCoverage')).result) {
        if (script.url !== workerData.file) continue;
        for (const f of script.functions) counts.set(f.functionName + '@' + f.ranges[0].startOffset, f.ranges[0].count);
      }
      return counts;
    };
    (async () => {
      await post('Profiler.enable');
      await post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
      const m = await import(workerData.file);
      const atStart = await calls();
      const outcome = m.default(workerData.task);
      const ran = [...(await calls())].filter(([, n]) => n > 0).map(([f]) => f);
      parentPort.postMessage({ ok: outcome.ok, ran: ran.length, firstRun: ran.filter((f) => !(atStart.get(f) > 0)) });
    })();`;
  return new Promise<FirstArticle>((resolve, reject) => {
    // The module's URL as V8 knows it: its real path (node_modules may be a link).
    const worker = new Worker(code, { eval: true, workerData: { file: pathToFileURL(realpathSync(file)).href, task } });
    worker.once('message', (message: FirstArticle) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe("an extraction thread's start", () => {
  it('runs the stages before its first article, which builds no table and runs few functions for the first time', async () => {
    const first = await firstArticleOfFreshThread(seedText());
    expect(first.ok).toBe(true);
    expect(first.ran).toBeGreaterThan(500);
    // Without the warm-up, all but a few of them run for the first time (1,609 of 1,612), the
    // tagger's tables (weightMap, pairTable) built among them; with it, about a fifth.
    expect(first.firstRun.length).toBeLessThan(first.ran / 2);
    expect(first.firstRun.map((f) => f.split('@')[0])).not.toEqual(expect.arrayContaining(['weightMap']));
    expect(first.firstRun.map((f) => f.split('@')[0])).not.toEqual(expect.arrayContaining(['pairTable']));
  }, 120_000);

  it('warms up on a report with quotations, named speakers and places', () => {
    const { quotes, entities } = extract(WARM_UP_TEXT);
    expect(new Set(quotes.map((q) => q.speaker.name))).toEqual(new Set(['Maria Costa', 'John Smith']));
    expect(entities.map((e) => e.type)).toEqual(expect.arrayContaining(['PERSON', 'ORGANIZATION', 'LOCATION']));
  });
});

describe('the extraction pool', () => {
  it('prepares articles as the event loop would, and gives bad input back as an ImportError', async () => {
    const pool = createExtractPool({ timeoutMs: 60_000, threads: 1 });
    try {
      const seed = { text: seedText(), sourceName: 'seed' };
      const port = { text: 'Port reopens\n\nThe mayor said on Monday that the port would reopen next week.', sourceName: 'port' };
      expect(await pool.prepare(seed)).toEqual(serializeArticle(prepareArticle(seed)));
      expect(await pool.prepare(port)).toEqual(serializeArticle(prepareArticle(port)));
      const bad = pool.prepare({ text: 'A title alone' });
      await expect(bad).rejects.toBeInstanceOf(ImportError);
      await expect(bad).rejects.toMatchObject({ field: 'text' });
    } finally {
      await pool.close();
    }
  }, 120_000);
});

// The extraction pool's threads run the worker bundled as plain JavaScript: each module keeps its own
// import.meta.url (the weights beside the sources are found), no function is wrapped to keep its name,
// the bundle prepares an article exactly as the sources do, and the threads run it without tsx's loader.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { EXTRACTOR_VERSION } from '../../src/extract/version.js';
import { prepareArticle } from '../../src/import/document.js';
import { createExtractPool, workerExecArgv } from '../../src/import/extract-pool.js';
import type { PrepareOutcome, PrepareTask } from '../../src/import/extract-worker.js';
import { serializeArticle } from '../../src/import/payload.js';
import { bundledExtract, bundledModule } from '../../src/import/worker-bundle.js';
import { extract } from '../../src/extract/index.js';

function sources(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'worker-bundle-'));
  writeFileSync(path.join(dir, 'entry.ts'), "export { where, named } from './lib/where.js';\n");
  const lib = path.join(dir, 'lib');
  mkdirSync(lib);
  writeFileSync(path.join(lib, 'where.ts'), 'export const where: string = import.meta.url;\nexport const named = () => 1;\n');
  return dir;
}

describe('bundledModule', () => {
  it('keeps each module its own import.meta.url and wraps no function to keep its name', async () => {
    const dir = sources();
    const file = (await bundledModule(path.join(dir, 'entry.ts'), dir))!;
    expect(path.dirname(file)).toBe(path.join(dir, 'node_modules', '.cache', 'newskb'));
    const loaded = (await import(pathToFileURL(file).href)) as { where: string };
    expect(loaded.where).toBe(pathToFileURL(path.join(dir, 'lib', 'where.ts')).href);
    expect(readFileSync(file, 'utf8')).not.toContain('__name(');
  });

  it('writes one file per content and gives null when the sources do not build', async () => {
    const dir = sources();
    const entry = path.join(dir, 'entry.ts');
    expect(await bundledModule(entry, dir)).toBe(await bundledModule(entry, dir));
    expect(readdirSync(path.join(dir, 'node_modules', '.cache', 'newskb')).filter((name) => name.endsWith('.mjs'))).toHaveLength(1);
    expect(await bundledModule(path.join(dir, 'missing.ts'), dir)).toBeNull();
  });

  it('builds again once a source it was built from changes, or its bundle is gone', async () => {
    const dir = sources();
    const entry = path.join(dir, 'entry.ts');
    const first = (await bundledModule(entry, dir))!;
    writeFileSync(path.join(dir, 'lib', 'where.ts'), 'export const where: string = "moved";\nexport const named = () => 2;\n');
    const second = (await bundledModule(entry, dir))!;
    expect(second).not.toBe(first);
    expect(((await import(pathToFileURL(second).href)) as { where: string }).where).toBe('moved');
    rmSync(second);
    expect(await bundledModule(entry, dir)).toBe(second);
    expect(readFileSync(second, 'utf8')).toContain('moved');
  });

  it('prepares an article through the bundled worker as the sources do', async () => {
    const file = (await bundledModule(path.join(projectRoot, 'src/import/extract-worker.ts'), projectRoot))!;
    const worker = (await import(pathToFileURL(file).href)) as { default: (task: PrepareTask) => PrepareOutcome };
    const seed = readdirSync(path.join(projectRoot, 'seeds'))[0]!;
    const text = readFileSync(path.join(projectRoot, 'seeds', seed), 'utf8');
    const outcome = worker.default({ task: { input: { text, sourceName: 'seed' } }, channel: 'worker-bundle-test', id: 1 });
    expect(outcome).toEqual({ ok: true, article: serializeArticle(prepareArticle({ text, sourceName: 'seed' })) });
  }, 120_000); // loads the extraction modules twice, sources and bundle
});

describe('bundledExtract', () => {
  it('extracts an article as the sources do', async () => {
    const text =
      'Velmora council will close the old mill, its leader Ann Holt said on Monday.\n\n' +
      '"We cannot keep paying for an empty building," Holt told the Tarnby Gazette.';
    const bundled = await bundledExtract(projectRoot);
    expect(bundled).not.toBe(extract);
    expect(JSON.stringify(bundled(text))).toBe(JSON.stringify(extract(text)));
  }, 120_000); // loads the extraction modules twice, sources and bundle
});

describe("an extraction thread's version", () => {
  const seedText = () => readFileSync(path.join(projectRoot, 'seeds', readdirSync(path.join(projectRoot, 'seeds'))[0]!), 'utf8');
  const versionOf = (parameters: string[]) => (JSON.parse(parameters[0]!) as { extractorVersion: string }).extractorVersion;

  it('is the one its pool hashed', async () => {
    const pool = createExtractPool({ timeoutMs: 60_000, threads: 1 });
    try {
      const article = await pool.prepare({ text: seedText(), sourceName: 'seed' });
      expect(versionOf(article.parameters)).toBe(EXTRACTOR_VERSION);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('is taken as handed, not hashed again', async () => {
    const file = (await bundledModule(path.join(projectRoot, 'src/import/extract-worker.ts'), projectRoot))!;
    const task: PrepareTask = { task: { input: { text: seedText(), sourceName: 'seed' } }, channel: 'worker-bundle-test', id: 1 };
    const code = `const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.file).then((m) => parentPort.postMessage(m.default(workerData.task)));`;
    const outcome = await new Promise<PrepareOutcome>((resolve, reject) => {
      const worker = new Worker(code, { eval: true, workerData: { extractorVersion: 'handed', file: pathToFileURL(file).href, task } });
      worker.once('message', (message: PrepareOutcome) => {
        resolve(message);
        void worker.terminate();
      });
      worker.once('error', reject);
    });
    expect(outcome.ok && versionOf(outcome.article.parameters)).toBe('handed');
  }, 120_000);
});

describe('workerExecArgv', () => {
  const underTsx = ['--require', '/p/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///p/node_modules/tsx/dist/loader.mjs'];

  it("runs the bundle without tsx's loader, which would compile it again wrapping every function", () => {
    expect(workerExecArgv('/p/bundle.mjs', underTsx)).toEqual([]);
    expect(workerExecArgv('/p/bundle.mjs', ['--import', 'tsx', '--enable-source-maps'])).toEqual(['--enable-source-maps']);
    expect(workerExecArgv('/p/bundle.mjs', ['--import=tsx', '--cpu-prof-dir=/tmp/tsx'])).toEqual(['--cpu-prof-dir=/tmp/tsx']);
    expect(workerExecArgv('/p/bundle.mjs', ['--import', 'other'])).toEqual(['--import', 'other']);
  });

  it('runs the TypeScript worker with the loader, inherited or added', () => {
    expect(workerExecArgv('/p/extract-worker.ts', underTsx)).toEqual(underTsx);
    expect(workerExecArgv('/p/extract-worker.ts', [])).toEqual(['--import', 'tsx']);
  });
});

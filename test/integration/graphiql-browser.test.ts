// GraphiQL as a user meets it: headless Chromium opens the page, runs the showcase operation with
// its button and the answer appears. Any request beyond loopback is refused and fails the test, so
// this also proves the page needs no internet.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOUR_OPERATIONS } from '../../src/graphiql.js';
import { useTestApp } from './harness.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!CHROMIUM) {
  if (process.env.CI) throw new Error('no chromium found in CI (.ci/run installs Debian chromium)');
  console.warn('[graphiql-browser] skipped: no chromium here (apt-get install chromium, or set CHROMIUM_PATH)');
}

const t = useTestApp();
let server: Server;
let origin: string;
let profile: string;

beforeAll(async () => {
  await t.importSeed();
  server = createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  profile = await mkdtemp(path.join(tmpdir(), 'newskb-chromium-'));
});

afterAll(async () => {
  server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

const isLocal = (url: string) => /^(data|blob):/u.test(url) || new URL(url).hostname === '127.0.0.1';

describe.skipIf(!CHROMIUM)('GraphiQL in headless Chromium', () => {
  it('runs the showcase operation by its button, offline', async () => {
    const { launch } = await import('puppeteer-core');
    const browser = await launch({
      executablePath: CHROMIUM,
      headless: true,
      userDataDir: profile,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1400, height: 1600 });
      const refused: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (isLocal(request.url())) return void request.continue();
        refused.push(request.url());
        void request.abort();
      });

      await page.goto(`${origin}/graphql`, { waitUntil: 'load', timeout: 60_000 });
      const button = await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
      // The first tab holds the showcase operation, as the README tour starts with it.
      const tabs = await page.$$eval('.graphiql-tab', (els) => els.length);
      expect(tabs).toBe(TOUR_OPERATIONS.length);
      await button!.click();
      // The editor renders spaces as no-break spaces: compare with whitespace collapsed.
      const resultText = () => document.querySelector('.result-window')?.textContent?.replace(/\s+/gu, ' ') ?? '';
      await page.waitForFunction(() => /Ali\sShamkhani/u.test(document.querySelector('.result-window')?.textContent ?? ''), { timeout: 60_000 });
      const answer = await page.evaluate(resultText);
      expect(answer).toContain('"totalCount": 1');
      expect(answer).toContain('INDIRECT');
      expect(answer).not.toContain('"errors"');

      // The Headers tab shows where the mutations' token goes.
      const headersTab = await page.waitForSelector('.graphiql-editor-tools ::-p-text(Headers)');
      await headersTab!.click();
      await page.waitForFunction(() => /Bearer\s<API_TOKEN>/u.test(document.querySelector('section.graphiql-editor-tool')?.textContent ?? ''), {
        timeout: 20_000,
      });
      expect(refused).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

// `npm start` on the embedded default: PostgreSQL started for us, seed imported, GraphiQL served;
// a second start reuses the data directory and imports nothing twice.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded-postgres.js';
import { runScript, startScript } from './processes.js';

const dataDir = await mkdtemp(path.join(tmpdir(), 'newskb-start-'));
await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach it
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function startService() {
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), PORT: String(port) };
  const service = await startScript('src/main.ts', env, /GraphiQL at/);
  return { ...service, url: `http://localhost:${port}/graphql` };
}

/** SIGTERM ends the service, and PostgreSQL with it (its pid file goes away). */
async function stop(service: Awaited<ReturnType<typeof startService>>) {
  service.child.kill('SIGTERM');
  expect([0, 143]).toContain(await service.exited); // 143: ended by the signal, after cleaning up
  expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
}

describe('npm start', () => {
  it('starts embedded PostgreSQL, imports the seed and serves GraphiQL', async () => {
    const service = await startService();
    try {
      expect(service.output()).toContain('imported 1, unchanged 0, failed 0');
      const page = await fetch(service.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('GraphiQL');
      const res = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { nodes { title } } }' }),
      });
      expect(JSON.stringify(await res.json())).toContain('Putin’s envoy meets Leader’s representative in Tehran');
    } finally {
      await stop(service);
    }
  });

  it('reuses the data directory on the next start and imports nothing twice', async () => {
    const service = await startService();
    try {
      expect(service.output()).toContain('imported 0, unchanged 1, failed 0');
    } finally {
      await stop(service);
    }
  });

  it('lets `npm run seed` attach to the running embedded server, and says why when a second server cannot start', async () => {
    const service = await startService();
    const articles = await mkdtemp(path.join(tmpdir(), 'newskb-start-articles-'));
    try {
      const urlFile = path.join(dataDir, 'embedded-postgres.url');
      expect(await readFile(urlFile, 'utf8')).toMatch(/^postgresql:\/\/\S+\n$/u);
      await writeFile(path.join(articles, 'ferry.txt'), 'Ferry returns\n\nThe harbour office said the ferry would return to service on Monday morning.\n');
      const env = { DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'info' };
      const seed = await runScript('src/cli/seed.ts', [articles], env);
      expect(seed.stderr).toContain('attached to the embedded PostgreSQL already running');
      expect(seed.stdout).toContain('imported 1, unchanged 0, failed 0');
      expect(seed.code).toBe(0);
      const res = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles(text: "ferry") { nodes { title } } }' }),
      });
      expect(JSON.stringify(await res.json())).toContain('Ferry returns');

      // Without the URL file, a second server on the same data is refused by PostgreSQL: the reason is shown.
      await rm(urlFile);
      const second = await runScript('src/cli/seed.ts', [articles], env);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/did not start: .*postmaster\.pid/u);
    } finally {
      await rm(articles, { recursive: true, force: true });
      await stop(service);
    }
  });
});

// Graceful shutdown: SIGTERM while requests are in flight lets every one of them finish, then the
// service closes its pool and the embedded PostgreSQL and exits 0, leaving no process behind.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded-postgres.js';
import { startScript } from './processes.js';

const dataDir = await mkdtemp(path.join(tmpdir(), 'newskb-shutdown-'));
await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach it
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** Processes whose command line names the data directory (the embedded server and its workers). */
function processesUsing(dir: string): string {
  try {
    return execFileSync('pgrep', ['-af', dir], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}

it('finishes 20 requests in flight on SIGTERM, then exits 0 with no child left', async () => {
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), PORT: String(port), LOG_LEVEL: 'info' };
  const service = await startScript('src/main.ts', env, /GraphiQL at/);
  expect(processesUsing(dataDir)).not.toBe('');

  const query = '{ articles { nodes { title statements(first: 20) { nodes { text } } quotes(first: 20) { nodes { text speaker { canonicalName } } } } } }';
  const inFlight = Array.from({ length: 20 }, () =>
    fetch(`http://localhost:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
      async (r) => ({
        status: r.status,
        body: await r.json(),
      }),
    ),
  );
  await new Promise((r) => setTimeout(r, 200)); // the requests are connected and being served
  service.child.kill('SIGTERM');

  const answers = await Promise.all(inFlight);
  expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
  for (const a of answers) expect(a.body).toMatchObject({ data: { articles: { nodes: [{ title: expect.any(String) }] } } });
  expect(await service.exited).toBe(0);
  expect(service.output()).toContain('stopped');
  expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  expect(processesUsing(dataDir)).toBe('');
});

// The database stops under a running service: requests say DATABASE_UNAVAILABLE (HTTP 503) and
// readiness answers 503; once it is back, the same service answers again without a restart.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDb, type Db } from '../../src/db/client.js';
import { freePort, startEmbeddedPostgres, type RunningPostgres } from '../../src/db/embedded-postgres.js';
import { applyMigrations } from '../../src/db/migrations.js';
import { createLogger } from '../../src/logger.js';

let dir: string;
let server: RunningPostgres | undefined;
let db: Db | undefined;

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('answers DATABASE_UNAVAILABLE and not ready while PostgreSQL is down, and recovers by itself', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newskb-outage-'));
  await chmod(dir, 0o755);
  const options = { dataDir: path.join(dir, 'data'), port: await freePort(), database: 'outage' };
  server = await startEmbeddedPostgres(options);
  await applyMigrations(server.url);
  const config = loadConfig({ ...process.env, DATABASE_URL: server.url, LOG_LEVEL: 'silent' });
  db = createDb(server.url);
  const app = createApp({ db, config, log: createLogger('silent') });
  const query = () =>
    app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
  const ready = async () => (await app.fetch('http://localhost/ready')).status;

  expect((await (await query()).json()).data).toEqual({ articles: { totalCount: 0 } });
  expect(await ready()).toBe(200);

  await server.stop();
  server = undefined;
  const down = await query();
  expect(down.status).toBe(503);
  const body = await down.json();
  expect(body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
  expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/iu);
  expect(await ready()).toBe(503);
  expect((await app.fetch('http://localhost/health')).status).toBe(200);

  server = await startEmbeddedPostgres(options);
  let answer: any;
  for (let attempt = 0; attempt < 20; attempt++) {
    answer = await (await query()).json();
    if (answer.data?.articles) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(answer.data).toEqual({ articles: { totalCount: 0 } });
  expect(await ready()).toBe(200);
});

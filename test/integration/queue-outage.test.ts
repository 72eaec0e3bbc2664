// The queue when things stop under it: the database going down in the middle of a queued import
// leaves only whole articles and every job is done once it is back; Ctrl-C stops a worker that runs
// its own embedded PostgreSQL cleanly, with no error lines or stack traces.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client.js';
import { freePort, startEmbeddedPostgres, usableDataDir, type RunningPostgres } from '../../src/db/embedded-postgres.js';
import { applyMigrations } from '../../src/db/migrations.js';
import { prepareArticle } from '../../src/import/document.js';
import { sourceNameFor } from '../../src/import/files.js';
import { queueStatus, type QueueStatus } from '../../src/queue/status.js';
import { seedText } from './harness.js';
import { runScript, startScript } from './processes.js';

const FILES = 120;
let dir: string;
let server: RunningPostgres | undefined;
let db: Db | undefined;
const children: Array<{ child: { kill: (s: NodeJS.Signals) => boolean } }> = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newskb-queue-outage-'));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach it
});

afterAll(async () => {
  for (const c of children) c.child.kill('SIGKILL');
  await db?.$disconnect();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** A distinct article per `i`: the seed article's body paragraphs, rotated, under its own title. */
function article(i: number): string {
  const paragraphs = seedText.split(/\n\n+/u).slice(3);
  const rotated = [...paragraphs.slice(i % paragraphs.length), ...paragraphs.slice(0, i % paragraphs.length)];
  return `Report ${i} on the harbour\n\n${rotated.slice(0, 6).join('\n\n')}\n`;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 150_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined); // the database may be down for a moment
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

it('leaves only whole articles when the database stops mid-import, and does every job once it is back', async () => {
  const files = path.join(dir, 'files');
  await mkdir(files);
  const texts = Array.from({ length: FILES }, (_, i) => article(i));
  await Promise.all(texts.map((text, i) => writeFile(path.join(files, `${String(i).padStart(4, '0')}.txt`), text)));
  const options = { dataDir: path.join(dir, 'data'), port: await freePort(), database: 'queue_outage' };
  server = await startEmbeddedPostgres(options);
  await applyMigrations(server.url);
  db = createDb(server.url);
  const env = { ...process.env, DATABASE_URL: server.url, LOG_LEVEL: 'info', EXTRACT_THREADS: '1', WORKER_CONCURRENCY: '2' };
  expect((await runScript('src/cli/seed.ts', [files, '--queue'], { ...env, LOG_LEVEL: 'warn' })).code).toBe(0);

  const first = await startScript('src/cli/worker.ts', env, /worker ready/);
  children.push(first);
  await until('some imports', async () => ((await queueStatus(db!)).imported >= 5 ? true : undefined));
  await server.stop(); // fast shutdown: statements in flight are cut off
  server = await startEmbeddedPostgres(options);
  // The first worker stops when it loses its liveness lock; a fresh one takes the queue over.
  await first.exited;
  const second = await startScript('src/cli/worker.ts', env, /worker ready/);
  children.push(second);
  const status = await until<QueueStatus>('the queue to empty', async () => {
    const s = await queueStatus(db!);
    return s.queued === 0 ? s : undefined;
  });
  // A job whose article committed just before the stop, but not its job row, says UNCHANGED on retry.
  expect(status.imported + status.unchanged).toBe(FILES);
  expect(status.failed).toBe(0);
  expect(status.imported).toBeGreaterThanOrEqual(5);

  // Every article once and whole: as many statements, quotes and mentions as its extraction gives.
  const stored = await db.$queryRaw<Array<{ sourceName: string; statements: number; quotes: number; mentions: number }>>`
    SELECT a."sourceName",
      (SELECT count(*)::int FROM "Statement" s WHERE s."articleId" = a.id) AS statements,
      (SELECT count(*)::int FROM "Quote" q WHERE q."articleId" = a.id) AS quotes,
      (SELECT count(*)::int FROM "Mention" m WHERE m."articleId" = a.id) AS mentions
    FROM "Article" a ORDER BY a."sourceName"`;
  const expected = texts
    .map((text, i) => {
      const sourceName = sourceNameFor(path.join(files, `${String(i).padStart(4, '0')}.txt`));
      const { extraction } = prepareArticle({ text, sourceName });
      const mentions = new Set(extraction.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`))).size;
      return { sourceName, statements: extraction.statements.length, quotes: extraction.quotes.length, mentions };
    })
    .sort((a, b) => (a.sourceName < b.sourceName ? -1 : 1));
  expect(stored).toEqual(expected);

  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
}, 300_000);

/** Processes whose command line names the data directory (the embedded server and its workers). */
function processesUsing(dataDir: string): string {
  try {
    return execFileSync('pgrep', ['-af', dataDir], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}

it('stops a worker with its own embedded PostgreSQL on Ctrl-C without errors or stack traces', async () => {
  const dataDir = path.join(dir, 'own');
  await mkdir(dataDir, { mode: 0o755 });
  const env = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'info', EXTRACT_THREADS: '1' };
  const worker = await startScript('src/cli/worker.ts', env, /worker connected/i, { ownGroup: true });
  children.push(worker);
  const serverDir = await usableDataDir(path.join(dataDir, 'postgres'));
  expect(processesUsing(serverDir)).not.toBe('');
  // Ctrl-C in a terminal: SIGINT to the whole process group, the embedded server included.
  process.kill(-worker.child.pid!, 'SIGINT');
  expect(await worker.exited).toBe(0);
  const lines = worker.output().split('\n').filter(Boolean);
  expect(lines.filter((l) => /^\s+at /u.test(l) || /Unhandled|node:events/u.test(l))).toEqual([]);
  const levels = lines.filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as { level: number }).level);
  expect(levels.filter((level) => level >= 50)).toEqual([]); // no error or fatal lines
  expect(existsSync(path.join(serverDir, 'postmaster.pid'))).toBe(false);
  expect(processesUsing(serverDir)).toBe('');
}, 120_000);

// The job queue as an operator runs it: `npm run seed -- DIR --queue`, then `npm run worker` processes
// on one database. Every file lands exactly once; a bad file fails for good; a worker killed in the
// middle of a job leaves no partial article and its job is done by another worker.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/import/document.js';
import { sourceNameFor } from '../../src/import/files.js';
import { queueStatus, type QueueStatus } from '../../src/queue/status.js';
import { seedText, useTestApp } from './harness.js';
import { runScript, startScript } from './processes.js';

const t = useTestApp();
const FILES = 300;
let dir: string;
const workers: Array<Awaited<ReturnType<typeof startWorker>>> = [];

const PEOPLE = ['Ruth Evans', 'Omar Haddad', 'Lisa Grant', 'Peter Novak', 'Anna Berg', 'David Okafor', 'Maria Silva'];
const PLACES = ['Lisbon', 'Nairobi', 'Oslo', 'Lima', 'Hanoi', 'Quito', 'Tunis', 'Riga', 'Perth', 'Accra', 'Dakar'];

function article(i: number): string {
  const person = PEOPLE[i % PEOPLE.length]!;
  const place = PLACES[i % PLACES.length]!;
  return `Report ${i} from ${place}\n\nMinister ${person} said on Monday that the port of ${place} would reopen after ${i} days of repairs.\n\n“We are ready for the ships,” ${person.split(' ')[1]} said.\n`;
}

function env(extra: Record<string, string> = {}) {
  // One extraction thread per worker: three workers share the machine's cores.
  return { ...process.env, DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'info', EXTRACT_THREADS: '1', WORKER_CONCURRENCY: '2', ...extra };
}

async function startWorker() {
  return startScript('src/cli/worker.ts', env(), /worker ready/);
}

async function stopWorker(worker: Awaited<ReturnType<typeof startWorker>>) {
  worker.child.kill('SIGTERM');
  await worker.exited;
  workers.splice(workers.indexOf(worker), 1);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const settled = (): Promise<QueueStatus> =>
  until('the queue to empty', async () => {
    const status = await queueStatus(t.db);
    return status.queued === 0 ? status : undefined;
  });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newskb-queue-'));
  await Promise.all(Array.from({ length: FILES }, (_, i) => writeFile(path.join(dir, `${String(i).padStart(4, '0')}.txt`), article(i))));
  await writeFile(path.join(dir, 'title-only.txt'), 'Just a headline\n');
  await writeFile(path.join(dir, 'empty.txt'), '');
});

afterAll(async () => {
  for (const worker of [...workers]) worker.child.kill('SIGKILL');
});

describe('the import queue', () => {
  it('imports 300 files with 3 workers, each exactly once, and fails a bad file without retrying it', async () => {
    const queued = await runScript('src/cli/seed.ts', [dir, '--queue', '--json'], env({ LOG_LEVEL: 'warn' }));
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: FILES + 1, failed: 1 });
    expect(queued.stderr).toContain(`${path.join(dir, 'empty.txt')}: is empty`);

    for (let i = 0; i < 3; i++) workers.push(await startWorker());
    const status = await settled();
    // A file imported twice would say UNCHANGED the second time.
    expect(status).toMatchObject({ queued: 0, imported: FILES, unchanged: 0, failed: 2 });
    expect(status.failures.map((f) => f.error).sort()).toEqual([
      `${path.join(dir, 'empty.txt')}: is empty`,
      `${sourceNameFor(path.join(dir, 'title-only.txt'))}: text: is not an article: it needs a title line and at least one body paragraph`,
    ]);
    expect(await t.db.article.count()).toBe(FILES);
    const sources = await t.db.article.findMany({ select: { sourceName: true } });
    expect(new Set(sources.map((s) => s.sourceName)).size).toBe(FILES);
    // The bad file's job is done, not waiting for a retry (a retry would keep it for minutes). A
    // finished job leaves the table just after its import commits: wait a little on a busy machine.
    const left = await until(
      'finished jobs to leave the queue',
      async () => {
        const [row] = await t.db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
        return row.n === 0 ? row.n : undefined;
      },
      20_000,
    );
    expect(left).toBe(0);

    const report = await runScript('src/cli/seed.ts', ['--status'], env({ LOG_LEVEL: 'warn' }));
    expect(report.stdout).toContain(`queued 0 (running 0, retrying 0), imported ${FILES}, unchanged 0, failed 2`);
    expect(report.stdout).toContain('title-only.txt: text: is not an article');
    for (const worker of [...workers]) await stopWorker(worker);
  }, 180_000);

  it('gives the job of a worker killed mid-import to another worker, with no partial article left', async () => {
    const big = path.join(dir, 'big.txt');
    const paragraphs = seedText.split(/\n\n+/u).slice(3);
    let text = 'A long report\n\n';
    for (let i = 0; text.length < 100_000; i++) text += `${i + 1}. ${paragraphs[i % paragraphs.length]}\n\n`;
    await writeFile(big, text);
    const before = await t.db.article.count();
    const expected = prepareArticle({ text, sourceName: sourceNameFor(big) }).extraction;
    /** The big article is absent or whole: as many quotes and statements as its extraction. */
    const noPartialArticle = async () => {
      const stored = await t.db.article.findMany({ where: { sourceName: sourceNameFor(big) }, select: { id: true } });
      expect(stored.length).toBeLessThanOrEqual(1);
      expect(await t.db.article.count()).toBe(before + stored.length);
      for (const { id } of stored) {
        expect(await t.db.quote.count({ where: { articleId: id } })).toBe(expected.quotes.length);
        expect(await t.db.statement.count({ where: { articleId: id } })).toBe(expected.statements.length);
      }
      return stored.length;
    };
    const doomed = await startWorker();
    workers.push(doomed);

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      // (pg_stat_activity is read through another connection: inside a transaction it is a snapshot.)
      // Quotes cannot be written while this transaction holds the table: the import waits in the
      // middle of its job, and the worker is killed right there.
      await client.query('BEGIN');
      await client.query('LOCK TABLE "Quote" IN SHARE MODE');
      expect((await runScript('src/cli/seed.ts', [big, '--queue'], env({ LOG_LEVEL: 'warn' }))).code).toBe(0);
      await until('the import to wait for the Quote table', async () => {
        const [row] = await t.db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        return row!.n > 0 ? true : undefined;
      });
      doomed.child.kill('SIGKILL');
      await doomed.exited;
      workers.splice(workers.indexOf(doomed), 1);
      await client.query('ROLLBACK');
      // Its statement, already sent, either rolls back or commits whole: nothing in between.
      await until('the killed import to end', async () => {
        const [row] = await t.db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND (backend_xid IS NOT NULL OR wait_event_type = 'Lock')`;
        return row!.n === 0 ? true : undefined;
      });
      await noPartialArticle();
      const [locked] = await t.db.$queryRaw<[{ locked_by: string | null }]>`SELECT locked_by FROM graphile_worker.jobs`;
      expect(locked!.locked_by).not.toBeNull(); // still held by the dead worker
    } finally {
      await client.end();
    }

    workers.push(await startWorker());
    const status = await settled();
    // Done by the second worker: imported, or unchanged when the killed one's statement had committed.
    expect(status.imported + status.unchanged).toBe(FILES + 1);
    expect(status.failed).toBe(2);
    expect(await noPartialArticle()).toBe(1);
    for (const worker of [...workers]) await stopWorker(worker);
  }, 180_000);
});

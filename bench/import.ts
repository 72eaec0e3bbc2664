// npm run bench:import [-- <articles=1000>]: imports N corpus files (bench/corpus.ts) into a fresh
// database and into one already holding BENCH_BASE articles (default 100,000, grown by SQL
// replication, bench/grow.ts), printing side by side: articles/s end to end, SQL statements per
// article (every statement the importer sends, counted by the Prisma query log), extraction-only
// articles/s over the same files with the same thread pool, and the ratio of the two; then the same
// files imported again, all stored already (what re-running an import over an archive costs). A
// first row, "cold", is a fresh import's start: the first 1,000 files (fewer when N is smaller)
// imported by a pool of its own into a database of its own, before anything else, so its threads
// start, load the extraction and warm up on these articles, as a first `npm run seed` does.
// Uses DATABASE_URL's server when set (creating bench databases on it), else an embedded one.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../src/db/client.js';
import { withDatabase } from '../src/db/database-url.js';
import { freePort, startEmbeddedPostgres, usableDataDir, type RunningPostgres } from '../src/db/embedded-postgres.js';
import { applyMigrations } from '../src/db/migrations.js';
import { importFiles, prepareFile } from '../src/import/batch.js';
import { createExtractPool, type ExtractPool } from '../src/import/extract-pool.js';
import { listArticleFiles } from '../src/import/files.js';
import { writeCorpus } from './corpus.js';
import { growDatabase } from './grow.js';

const count = Number(process.argv[2] ?? process.env.BENCH_ARTICLES ?? 1000);
const base = Number(process.env.BENCH_BASE ?? 100_000);
const work = await mkdtemp(path.join(tmpdir(), 'bench-import-'));

let dataDir = '';
async function server(): Promise<RunningPostgres> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  dataDir = await usableDataDir(path.join(work, 'postgres'));
  return startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
}

/** User + system CPU seconds of a /proc stat line; with `reaped`, also those of the children the
 *  process has waited for (the postmaster's exited backends). */
function statSeconds(stat: string, reaped = false): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const own = Number(fields[11]) + Number(fields[12]);
  return (reaped ? own + Number(fields[13]) + Number(fields[14]) : own) / 100; // USER_HZ
}

/** CPU seconds used so far by this process (all its threads), by its main thread (the event loop:
 *  dispatching to the pool and writing) and by the embedded server's processes. */
async function cpuSeconds(): Promise<{ node: number; eventLoop: number; postgres: number }> {
  const own = process.cpuUsage();
  const eventLoop = statSeconds(await readFile(`/proc/self/task/${process.pid}/stat`, 'utf8').catch(() => ''));
  let postgres = 0;
  const pidFile = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const postmaster = pidFile.split('\n')[0]?.trim();
  if (postmaster) {
    for (const pid of await readdir('/proc').catch(() => [])) {
      if (!/^\d+$/u.test(pid)) continue;
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      // A backend that exits (its client disconnected) takes its CPU time from the live processes to
      // the postmaster's reaped children: counted there, a run's figure neither loses nor gains it.
      if (pid === postmaster) postgres += statSeconds(stat, true);
      else if (parent === postmaster) postgres += statSeconds(stat);
    }
  }
  return { node: (own.user + own.system) / 1e6, eventLoop, postgres };
}

async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  return url;
}

/** Extraction alone, the same files through the same pool, as many in flight as the importer keeps. */
async function extractionOnly(pool: ExtractPool, files: string[]): Promise<{ rate: number; cpuMs: number }> {
  const cpu = await cpuSeconds();
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) await prepareFile(pool, files[i]!).catch(() => {});
  };
  await Promise.all(Array.from({ length: pool.threads * 2 }, lane));
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = (((await cpuSeconds()).node - cpu.node) * 1000) / files.length;
  return { rate: files.length / seconds, cpuMs };
}

/** Starts every thread of the pool and warms its code, untimed: a whole pass over the files, since
 *  V8 keeps optimizing the extraction code for several hundred articles (CPU per article falls by a
 *  third to a half over the first pass). */
async function warmUp(pool: ExtractPool, files: string[]): Promise<void> {
  await extractionOnly(pool, files);
}

async function importInto(url: string, pool: ExtractPool, dir: string) {
  let statements = 0;
  const db = createDb(url, { onQuery: () => statements++ });
  await db.$connect();
  const cpu = await cpuSeconds();
  const started = performance.now();
  const summary = await importFiles(db, [dir], { pool });
  const seconds = (performance.now() - started) / 1000;
  const after = await cpuSeconds();
  await db.$disconnect();
  // Articles written, or found stored (a second import of the same files).
  const done = Math.max(1, summary.created + summary.unchanged);
  const per = (s: number) => (s * 1000) / done;
  return {
    summary,
    rate: done / seconds,
    statements: statements / done,
    nodeMs: per(after.node - cpu.node),
    eventLoopMs: per(after.eventLoop - cpu.eventLoop),
    pgMs: per(after.postgres - cpu.postgres),
  };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(7);

/** Articles of the cold row: the first of the corpus, as many as a warm-up pass takes to settle. */
const COLD_ARTICLES = 1000;

/** The cold row: `files` imported into a fresh database by a new pool, whose threads start on the
 *  first article; the pool is closed after, so the rows after it are taken as before. */
async function coldImport(serverUrl: string, dir: string, files: number) {
  await writeCorpus(dir, files, 1);
  const url = await freshDatabase(serverUrl, 'bench_cold');
  const coldPool = createExtractPool({ timeoutMs: 60_000 });
  try {
    return await importInto(url, coldPool, dir);
  } finally {
    await coldPool.close();
  }
}

const pg_ = await server();
const pool = createExtractPool({ timeoutMs: 60_000 });
try {
  const dir = path.join(work, 'corpus');
  const files = await listArticleFiles([await writeCorpus(dir, count, 1).then(() => dir)]);
  const embedded = !process.env.DATABASE_URL;
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (2 cores, shared); ${pool.threads} extraction threads; ${count} corpus articles`,
  );
  console.log(
    'database            articles/s  statements/article  extraction-only/s  import/extraction  CPU ms/article: extraction-only, import (node + postgres), CPU ratio, event loop',
  );
  const coldCount = Math.min(count, COLD_ARTICLES);
  const cold = await coldImport(pg_.url, path.join(work, 'cold-corpus'), coldCount);
  const coldCpu = embedded
    ? `      –, ${fmt(cold.nodeMs + cold.pgMs, 1)} (${cold.nodeMs.toFixed(1)} + ${cold.pgMs.toFixed(1)}),    –, ${cold.eventLoopMs.toFixed(2)}`
    : 'n/a (external server)';
  console.log(`${`cold, ${coldCount} articles`.padEnd(20)}${fmt(cold.rate)}  ${fmt(cold.statements, 2)}                   –               –   ${coldCpu}`);
  const rows: Array<[string, string]> = [['empty', await freshDatabase(pg_.url, 'bench_empty')]];
  if (base > 0) {
    const url = await freshDatabase(pg_.url, 'bench_base');
    const grown = await growDatabase(url, base, { corpusDir: path.join(work, 'base-corpus'), pool });
    console.log(`(${base.toLocaleString('en')} articles database: ${grown})`);
    rows.push([`${base.toLocaleString('en')} articles`, url]);
  }
  for (const [label, url] of rows) {
    // Threads that sat idle (growing the base database takes minutes) are gone: both figures are taken
    // with every thread started, its lexicons loaded and its code warm, so neither pays start-up.
    await warmUp(pool, files);
    const extraction = await extractionOnly(pool, files);
    const run = await importInto(url, pool, dir);
    if (run.summary.failed) console.log(`  ${run.summary.failed} files failed`);
    const importCpu = run.nodeMs + run.pgMs;
    const cpu = embedded
      ? `${fmt(extraction.cpuMs, 1)}, ${fmt(importCpu, 1)} (${run.nodeMs.toFixed(1)} + ${run.pgMs.toFixed(1)}), ${(extraction.cpuMs / importCpu).toFixed(2)}, ${run.eventLoopMs.toFixed(2)}`
      : 'n/a (external server)';
    console.log(
      `${label.padEnd(20)}${fmt(run.rate)}  ${fmt(run.statements, 2)}             ${fmt(extraction.rate)}            ${(run.rate / extraction.rate).toFixed(2)}   ${cpu}`,
    );
    // The same files again, every article stored already: what re-running an import costs.
    const again = await importInto(url, pool, dir);
    const againCpu = embedded ? `${fmt(again.nodeMs + again.pgMs, 2)} (${again.nodeMs.toFixed(2)} + ${again.pgMs.toFixed(2)})` : 'n/a';
    console.log(
      `${`${label}, again`.padEnd(20)}${fmt(again.rate)}  ${fmt(again.statements, 2)}             (all ${again.summary.unchanged} unchanged; CPU ms/article ${againCpu})`,
    );
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} after the run`,
  );
} finally {
  await pool.close();
  await pg_.stop();
  await rm(work, { recursive: true, force: true });
  // As root the data lives in /var/tmp (see usableDataDir), outside `work`: a 100k run leaves 4 GB there.
  if (dataDir && !dataDir.startsWith(work)) await rm(path.dirname(dataDir), { recursive: true, force: true });
}

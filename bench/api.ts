// npm run bench:api: our GraphQL service against a raw-SQL floor (bench/api-floor.ts) and PostGraphile 5
// (bench/api-postgraphile.mjs), each in its own process on the same databases of 1k, 10k and 100k
// articles (BENCH_SCALES), kept in .bench/ between runs: 1k imported from corpus files (bench/corpus.ts),
// the larger ones copied from it and grown by SQL replication (bench/grow.ts). Our service runs compiled
// (npm run build), as in production. For each query (bench/api-queries.ts) it fails unless all servers
// answer the same rows, then runs interleaved load (A,B,C,A,B,C; autocannon, 8 connections, loopback,
// BENCH_SECONDS per turn) and prints req/s, p50, p99, the ratios and whether each target is met, our p50
// growth across scales, our service's RSS after the load and the machine's load average.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../src/db/database-url.js';
import { freePort, startEmbeddedPostgres, usableDataDir } from '../src/db/embedded-postgres.js';
import { applyMigrations } from '../src/db/migrations.js';
import { createExtractPool } from '../src/import/extract-pool.js';
import { type BenchInputs, benchQueries, PAGE_WALKS } from './api-queries.js';
import { growDatabase, replicateArticles } from './grow.js';

// autocannon lives in bench/node_modules (bench/package.json), installed by `npm run bench:api` itself.
type Autocannon = (opts: Record<string, unknown>) => Promise<{
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}>;
const autocannon = ((await import('autocannon' as string)) as { default: Autocannon }).default;

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, '.bench');
const scales = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
/** Only these queries (comma-separated names, e.g. BENCH_QUERIES=searchCommon,deepPage); all when unset */
const only = process.env.BENCH_QUERIES?.split(',').filter(Boolean);

async function exists(admin: pg.Client, name: string): Promise<boolean> {
  return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
}

/** The database of `articles` articles, built on first use and reused after. */
async function database(serverUrl: string, articles: number): Promise<string> {
  const name = `bench_api_${articles}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (!(await exists(admin, name))) {
      // Built under another name and renamed when complete: a run stopped halfway leaves nothing to reuse.
      const partial = `${name}_partial`;
      await admin.query(`DROP DATABASE IF EXISTS "${partial}"`);
      await build(admin, withDatabase(serverUrl, partial), articles);
      await admin.query(`ALTER DATABASE "${partial}" RENAME TO "${name}"`);
    }
    const url = withDatabase(serverUrl, name);
    await applyMigrations(url);
    return url;
  } finally {
    await admin.end();
  }
}

/** Imports the first scale's database from corpus files; copies a larger one from it and grows it by replication. */
async function build(admin: pg.Client, url: string, articles: number): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const base = `bench_api_${scales[0]}`;
  if (articles === scales[0] || !(await exists(admin, base))) {
    await admin.query(`CREATE DATABASE "${name}"`);
    await applyMigrations(url);
    const pool = createExtractPool({ timeoutMs: 60_000 });
    try {
      console.log(
        `building ${name}: ${await growDatabase(url, articles, { corpusDir: path.join(benchDir, 'corpus'), pool, seedArticles: Math.min(articles, 1000) })}`,
      );
    } finally {
      await pool.close();
    }
    return;
  }
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${base}"`);
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const rounds = await replicateArticles(client, articles);
  await client.end();
  console.log(`building ${name}: copied from ${base}, ${rounds} replication rounds in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** What the queries ask about at this scale (see BenchInputs), except the servers' own cursors. */
async function pickInputs(url: string): Promise<Omit<BenchInputs, 'deepCursor'> & { floorCursor: BenchInputs['deepCursor']['floor'] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A frequent speaker and the entity their quotes are most about: the hard case for a planner.
    const { rows: names } = await client.query<{ speaker: string; about: string }>(`
      SELECT s."canonicalName" AS speaker, e."canonicalName" AS about
      FROM "Quote" q JOIN "Entity" s ON s.id = q."speakerId" JOIN "_QuoteAbout" l ON l."B" = q.id JOIN "Entity" e ON e.id = l."A"
      WHERE q."speakerId" <> l."A" AND q.act = 'SPEECH' AND s."canonicalName" NOT LIKE '%~%' AND e."canonicalName" NOT LIKE '%~%'
      GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`);
    const lexemes = `ts_stat('SELECT "searchVector" FROM "Quote" ORDER BY id LIMIT 5000') WHERE word ~ '^[a-z]{5,}$'`;
    const common = await client.query<{ word: string }>(`SELECT word FROM ${lexemes} ORDER BY ndoc DESC, word LIMIT 1`);
    const rare = await client.query<{ word: string }>(`SELECT word FROM ${lexemes} AND ndoc = 1 ORDER BY word LIMIT 1`);
    // The last quote of the 50th page of 20, in document order.
    const deep = await client.query<{ articleId: number; position: number }>(
      'SELECT "articleId", position FROM "Quote" WHERE act = \'SPEECH\' ORDER BY 1, 2 OFFSET 999 LIMIT 1',
    );
    return { ...names[0]!, commonWord: common.rows[0]!.word, rareWord: rare.rows[0]!.word, floorCursor: deep.rows[0]! };
  } finally {
    await client.end();
  }
}

function start(script: string, args: string[]): Promise<ChildProcess> {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, path.join(root, 'bench', script), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    // Every server runs as in production: graphql-js skips its development checks, CORS stays closed.
    env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 120 s`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/u.exec(status)![1]) / 1024;
}

async function post(url: string, body: unknown): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  if (json.errors || !json.data) throw new Error(`${url}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
  return json.data;
}

/** The end cursor of the 50th page, walked page by page as a client would. */
async function deepCursor(url: string, walk: (typeof PAGE_WALKS)[keyof typeof PAGE_WALKS]): Promise<string> {
  let after: string | null = null;
  for (let page = 0; page < 50; page++) after = walk.cursor(await post(url, { query: walk.query, variables: { after } }));
  return after!;
}

/** JSON with object keys sorted, so answers compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  /** CPU time of the server's process (not PostgreSQL's) per request, in ms: steadier than latency on a busy machine */
  cpu: number;
}

/** User + system CPU time of a process so far, in ms (Linux: clock ticks of 10 ms). */
async function cpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function load(url: string, body: unknown, pid: number): Promise<Measure> {
  const cpuBefore = await cpuMs(pid);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections: 8,
    duration: seconds,
  });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load`);
  const cpu = ((await cpuMs(pid)) - cpuBefore) / Math.max(result.requests.total, 1);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpu };
}

/** How many SQL statements our service sends for one request (api-serve.mjs counts them). */
async function statementsPerRequest(graphqlUrl: string, body: unknown): Promise<number> {
  const countUrl = new URL('/statements', graphqlUrl).href;
  const before = Number(await (await fetch(countUrl)).text());
  await post(graphqlUrl, body);
  return Number(await (await fetch(countUrl)).text()) - before;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const mark = (met: boolean) => (met ? 'met' : 'MISSED');
const num = (x: number | undefined, digits = 0, width = 6) => (x === undefined ? 'n/a' : x.toFixed(digits)).padStart(width);

// Targets (issue "The API at archive scale").
const TARGET = { p50VsFloor: 1.3, rpsVsPostgraphile: 1.5, growth: 1.5, rssMb: 200, headlineStatements: 2 };
const HEADLINE = ['speakerAbout', 'articlesQuotes', 'entityCount'];
/** autocannon's p50 has 1 ms steps: a floor p50 under 0.5 ms is counted as 0.5 ms. */
const p50Ratio = (ours: Measure, floor: Measure) => ours.p50 / Math.max(floor.p50, 0.5);

type ServerName = 'ours' | 'floor' | 'postgraphile' | 'bare';
const SERVERS: Record<ServerName, { script: string; path: string }> = {
  ours: { script: 'api-serve.mjs', path: '/graphql' },
  floor: { script: 'api-floor.ts', path: '/' },
  postgraphile: { script: 'api-postgraphile.mjs', path: '/graphql' },
  bare: { script: 'api-bare-yoga.mjs', path: '/graphql' },
};

await mkdir(benchDir, { recursive: true });
// Our service runs compiled, as `npm run start:prod` does.
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
const dataDir = await usableDataDir(path.join(benchDir, 'postgres'));
const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
const children: ChildProcess[] = [];
/** Our p50 per query at each scale, for the growth check */
const oursP50: Record<string, number[]> = {};
try {
  console.log(`load average before: ${loadAverage()} (2 cores, shared); ${seconds} s per turn, 2 interleaved turns per server`);
  for (const articles of scales) {
    const url = await database(server.url, articles);
    const { floorCursor, ...picked } = await pickInputs(url);
    const urls = {} as Record<ServerName, string>;
    const processes = {} as Record<ServerName, ChildProcess>;
    for (const [name, s] of Object.entries(SERVERS) as Array<[ServerName, (typeof SERVERS)[ServerName]]>) {
      const port = await freePort();
      processes[name] = await start(s.script, [url, String(port)]);
      children.push(processes[name]);
      urls[name] = `http://127.0.0.1:${port}${s.path}`;
    }
    const inputs: BenchInputs = {
      ...picked,
      deepCursor: {
        ours: await deepCursor(urls.ours, PAGE_WALKS.ours),
        postgraphile: await deepCursor(urls.postgraphile, PAGE_WALKS.postgraphile),
        floor: floorCursor,
      },
    };
    console.log(`\n${articles} articles: speaker ${inputs.speaker}, about ${inputs.about}, words ${inputs.commonWord} / ${inputs.rareWord}`);
    console.log(
      `query            ours: req/s  p50  p99  cpu SQL | floor: req/s  p50  p99  cpu | PostGraphile: req/s  p50  p99  cpu | ours/floor p50 (≤ ${TARGET.p50VsFloor}) | ours/PG req/s (≥ ${TARGET.rpsVsPostgraphile})`,
    );
    const loads: number[] = [];
    const queries = benchQueries(inputs).filter((q) => !only || only.includes(q.name));
    if (only && queries.length !== only.length) throw new Error(`BENCH_QUERIES: unknown among ${only.join(', ')}`);
    for (const q of queries) {
      const requests: Array<[ServerName, unknown]> = [
        ['ours', q.ours],
        ['floor', q.floor],
      ];
      if (q.postgraphile) requests.push(['postgraphile', { query: q.postgraphile.query, variables: q.postgraphile.variables }]);
      if (q.bare) requests.push(['bare', q.bare]);
      // The same rows from every server before any load, or no comparison at all.
      const expected = canonical(await post(urls.ours, q.ours));
      for (const [name, body] of requests.slice(1)) {
        const data = await post(urls[name], body);
        const answer = canonical(name === 'postgraphile' ? q.postgraphile!.toOurs(data) : data);
        if (answer !== expected)
          throw new Error(`${articles} ${q.name}: ${name} answers differently\n  ours: ${expected.slice(0, 600)}\n  ${name}: ${answer.slice(0, 600)}`);
      }
      const statements = await statementsPerRequest(urls.ours, q.ours);
      const runs: Partial<Record<ServerName, Measure[]>> = {};
      for (let turn = 0; turn < 2; turn++) for (const [name, body] of requests) (runs[name] ??= []).push(await load(urls[name], body, processes[name].pid!));
      loads.push(loadavg()[0]!);
      const [o, f, g, b] = (['ours', 'floor', 'postgraphile', 'bare'] as const).map((name) => {
        const r = runs[name];
        return r && { rps: median(r.map((x) => x.rps)), p50: median(r.map((x) => x.p50)), p99: median(r.map((x) => x.p99)), cpu: median(r.map((x) => x.cpu)) };
      });
      (oursP50[q.name] ??= []).push(o!.p50);
      const vsFloor = p50Ratio(o!, f!);
      const vsPg = g && o!.rps / g.rps;
      const sqlMark = HEADLINE.includes(q.name) && statements > TARGET.headlineStatements ? '!' : ' ';
      console.log(
        `${q.name.padEnd(16)} ${num(o!.rps, 0, 11)} ${num(o!.p50, 0, 4)} ${num(o!.p99, 0, 4)} ${num(o!.cpu, 1, 4)} ${num(statements, 0, 2)}${sqlMark} | ` +
          `${num(f!.rps, 0, 12)} ${num(f!.p50, 0, 4)} ${num(f!.p99, 0, 4)} ${num(f!.cpu, 1, 4)} | ` +
          `${num(g?.rps, 0, 19)} ${num(g?.p50, 0, 4)} ${num(g?.p99, 0, 4)} ${num(g?.cpu, 1, 4)} | ${num(vsFloor, 2, 6)} ${mark(vsFloor <= TARGET.p50VsFloor).padEnd(13)} | ` +
          `${vsPg === undefined ? '  n/a' : `${num(vsPg, 2, 5)} ${mark(vsPg >= TARGET.rpsVsPostgraphile)}`}`,
      );
      if (b)
        console.log(
          `${'  graphql-yoga alone'.padEnd(16)} ${num(b.rps, 0, 7)} ${num(b.p50, 0, 4)} ${num(b.p99, 0, 4)} ${num(b.cpu, 1, 4)}      (one-field schema, no plugins)`,
        );
    }
    console.log(
      `(cpu: ms of the server process's CPU per request, PostgreSQL's not counted; SQL: statements our service sends per request, ` +
        `! where a headline query needs more than ${TARGET.headlineStatements})`,
    );
    const rss = await rssMb(processes.ours.pid!);
    console.log(
      `${articles} articles: our service RSS after load ${rss.toFixed(0)} MB (≤ ${TARGET.rssMb}: ${mark(rss <= TARGET.rssMb)}); ` +
        `1-minute load average during the run ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}`,
    );
    for (const c of Object.values(processes)) c.kill();
  }
  if (scales.length > 1) {
    console.log(`\nour p50 growth ${scales[0]} → ${scales.at(-1)} articles (≤ ${TARGET.growth})`);
    for (const [name, p50s] of Object.entries(oursP50)) {
      const growth = p50s.at(-1)! / Math.max(p50s[0]!, 0.5);
      console.log(`${name.padEnd(16)} ${p50s.map((p) => num(p, 0, 5)).join(' ')} ms  ${num(growth, 2, 5)} ${mark(growth <= TARGET.growth)}`);
    }
  }
  console.log(`load average after: ${loadAverage()}`);
} finally {
  for (const c of children) c.kill();
  await server.stop();
}

// npm run bench:api: our GraphQL service against a raw-SQL floor (bench/api-floor.ts) on the same
// databases of 1k, 10k and 100k articles (BENCH_SCALES), kept in .bench/ between runs: 1k imported from
// corpus files (bench/corpus.ts), the larger ones copied from it and grown by SQL replication
// (bench/grow.ts). Our service runs compiled (npm run build), as in production. For each headline query it checks both answer the same rows, then runs interleaved
// load (autocannon, 8 connections, loopback, BENCH_SECONDS per turn, two turns each), and prints
// req/s, p50, p99, the ratios, our service's RSS after the load and the machine's load average.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres, usableDataDir } from '../src/db/embedded-postgres.js';
import { applyMigrations } from '../src/db/migrations.js';
import { createExtractPool } from '../src/import/extract-pool.js';
import { growDatabase, replicateArticles } from './grow.js';

// autocannon lives in bench/node_modules (bench/package.json), installed by `npm run bench:api` itself.
type Autocannon = (opts: Record<string, unknown>) => Promise<{
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}>;
const autocannon = ((await import('autocannon' as string)) as { default: Autocannon }).default;

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, '.bench');
const scales = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function exists(admin: pg.Client, name: string): Promise<boolean> {
  return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
}

/** The database of `articles` articles, built on first use and reused after. */
async function database(serverUrl: string, articles: number): Promise<string> {
  const name = `bench_api_${articles}`;
  const url = withDatabase(serverUrl, name);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (await exists(admin, name)) {
      await applyMigrations(url);
      return url;
    }
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
      return url;
    }
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${base}"`);
    await applyMigrations(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const started = performance.now();
    const rounds = await replicateArticles(client, articles);
    await client.end();
    console.log(`building ${name}: copied from ${base}, ${rounds} replication rounds in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return url;
  } finally {
    await admin.end();
  }
}

/** A frequent speaker and the entity their quotes are most about: the hard case for a planner. */
async function pickNames(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ speaker: string; about: string }>(`
      SELECT s."canonicalName" AS speaker, e."canonicalName" AS about
      FROM "Quote" q JOIN "Entity" s ON s.id = q."speakerId" JOIN "_QuoteAbout" l ON l."B" = q.id JOIN "Entity" e ON e.id = l."A"
      WHERE q."speakerId" <> l."A" AND s."canonicalName" NOT LIKE '%~%' AND e."canonicalName" NOT LIKE '%~%'
      GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`);
    return rows[0]!;
  } finally {
    await client.end();
  }
}

function start(script: string, args: string[]): Promise<ChildProcess> {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, path.join(root, 'bench', script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 60 s`)), 60_000);
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

interface Target {
  name: string;
  url: string;
  body: string;
  /** The answer's `data`, normalised for comparison */
  data(): Promise<unknown>;
}

async function post(url: string, body: string): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  if (json.errors || !json.data) throw new Error(`${url}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
  return json.data;
}

async function load(target: Target) {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: target.body,
    connections: 8,
    duration: seconds,
  });
  if (result.non2xx || result.errors) throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await mkdir(benchDir, { recursive: true });
// Our service runs compiled, as `npm run start:prod` does.
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
const dataDir = await usableDataDir(path.join(benchDir, 'postgres'));
const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
const children: ChildProcess[] = [];
try {
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (2 cores, shared)`,
  );
  const rows: string[] = [];
  for (const articles of scales) {
    const url = await database(server.url, articles);
    const names = await pickNames(url);
    const [ourPort, floorPort] = [await freePort(), await freePort()];
    const ours = await start('api-serve.mjs', [url, String(ourPort)]);
    const floor = await start('api-floor.ts', [url, String(floorPort)]);
    children.push(ours, floor);
    const queries = {
      speakerAbout: {
        graphql: `{ quotes(speaker: ${JSON.stringify(names.speaker)}, about: [${JSON.stringify(names.about)}], first: 20) { nodes { text kind speaker { canonicalName } about { canonicalName } } } }`,
        floor: { query: 'speakerAbout', params: { speaker: names.speaker, about: names.about } },
      },
      articlesQuotes: {
        graphql: '{ articles(first: 20) { nodes { title quotes(first: 10) { nodes { text speaker { canonicalName } about { canonicalName } } } } } }',
        floor: { query: 'articlesQuotes', params: {} },
      },
      entityCount: {
        graphql: `{ entity(name: ${JSON.stringify(names.about)}) { canonicalName quotedAboutCount } }`,
        floor: { query: 'entityCount', params: { entity: names.about } },
      },
    };
    for (const [name, q] of Object.entries(queries)) {
      const targets: Target[] = [
        {
          name: 'ours',
          url: `http://127.0.0.1:${ourPort}/graphql`,
          body: JSON.stringify({ query: q.graphql }),
          data() {
            return post(this.url, this.body);
          },
        },
        {
          name: 'floor',
          url: `http://127.0.0.1:${floorPort}/`,
          body: JSON.stringify(q.floor),
          data() {
            return post(this.url, this.body);
          },
        },
      ];
      const answers = await Promise.all(targets.map((t) => t.data()));
      const same = JSON.stringify(answers[0]) === JSON.stringify(answers[1]);
      if (!same)
        console.log(
          `${articles} ${name}: answers differ\n  ours:  ${JSON.stringify(answers[0]).slice(0, 400)}\n  floor: ${JSON.stringify(answers[1]).slice(0, 400)}`,
        );
      const runs: Record<string, Array<{ rps: number; p50: number; p99: number }>> = { ours: [], floor: [] };
      for (let turn = 0; turn < 2; turn++) for (const t of targets) runs[t.name]!.push(await load(t));
      const [o, f] = [runs.ours!, runs.floor!].map((r) => ({
        rps: median(r.map((x) => x.rps)),
        p50: median(r.map((x) => x.p50)),
        p99: median(r.map((x) => x.p99)),
      }));
      rows.push(
        `${String(articles).padStart(7)}  ${name.padEnd(15)} ${same ? 'same' : 'DIFF'}  ${o!.rps.toFixed(0).padStart(6)} ${o!.p50.toFixed(1).padStart(6)} ${o!.p99.toFixed(1).padStart(6)}   ` +
          `${f!.rps.toFixed(0).padStart(6)} ${f!.p50.toFixed(1).padStart(6)} ${f!.p99.toFixed(1).padStart(6)}   ${(o!.p50 / Math.max(f!.p50, 0.5)).toFixed(2).padStart(5)} ${(o!.rps / f!.rps).toFixed(2).padStart(5)}`,
      );
      console.log(rows.at(-1));
    }
    rows.push(
      `${String(articles).padStart(7)}  our service RSS after load: ${(await rssMb(ours.pid!)).toFixed(0)} MB; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(rows.at(-1));
    ours.kill();
    floor.kill();
  }
  console.log(
    `\narticles  query           rows  ours: req/s p50 p99 ms   floor: req/s p50 p99 ms   p50 ours/floor (floor p50 counted ≥ 0.5 ms), req/s ours/floor`,
  );
  for (const row of rows) console.log(row);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; PostGraphile not run (see README)`,
  );
} finally {
  for (const c of children) c.kill();
  await server.stop();
}

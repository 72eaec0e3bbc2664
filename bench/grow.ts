// Grows an imported database to N articles by SQL replication, keeping every table consistent:
// each round copies existing articles (a new content hash each) with their mentions, statements,
// quotes and links, and copies the entities and aliases too (keys and names marked with the round),
// so entities grow with articles as in a real archive, never shared by copy. Doubling rounds: 1,000
// imported articles reach 100,000 in 7 rounds.
//
//   npx tsx bench/grow.ts <database url> <articles=100000>
import pg from 'pg';
import { pathToFileURL } from 'node:url';
import { createDb } from '../src/db/client.js';
import { importFiles } from '../src/import/batch.js';
import { RECOUNT_ENTITIES_SQL } from '../src/import/entity-counts.js';
import type { ExtractPool } from '../src/import/extract-pool.js';
import { writeCorpus } from './corpus.js';

/** One doubling round: copies the `limit` oldest articles and every entity, in one transaction. */
async function copyRound(client: pg.Client, round: number, limit: number): Promise<void> {
  const tag = ` ~${round}`;
  const statements = [
    `CREATE TEMP TABLE emap ON COMMIT DROP AS SELECT id AS old, nextval(pg_get_serial_sequence('"Entity"', 'id'))::int AS new FROM "Entity"`,
    `CREATE TEMP TABLE amap ON COMMIT DROP AS
       SELECT id AS old, nextval(pg_get_serial_sequence('"Article"', 'id'))::int AS new FROM (SELECT id FROM "Article" ORDER BY id LIMIT ${limit}) a`,
    `INSERT INTO "Entity" (id, type, key, "canonicalName")
       SELECT m.new, e.type, e.key || '${tag}', e."canonicalName" || '${tag}' FROM "Entity" e JOIN emap m ON m.old = e.id`,
    `INSERT INTO "EntityAlias" ("entityId", name, key) SELECT m.new, a.name || '${tag}', a.key || '${tag}' FROM "EntityAlias" a JOIN emap m ON m.old = a."entityId"`,
    `INSERT INTO "Article" (id, "contentHash", title, publication, credit, text, "bodyStart", "bodyEnd", url, "publishedAt", language, "sourceName")
       SELECT m.new, a."contentHash" || '-${round}', a.title, a.publication, a.credit, a.text, a."bodyStart", a."bodyEnd", a.url, a."publishedAt", a.language, a."sourceName"
       FROM "Article" a JOIN amap m ON m.old = a.id`,
    `INSERT INTO "Mention" ("articleId", "entityId", kind, start, "end", text)
       SELECT am.new, em.new, x.kind, x.start, x."end", x.text FROM "Mention" x JOIN amap am ON am.old = x."articleId" JOIN emap em ON em.old = x."entityId"`,
    `INSERT INTO "Statement" ("articleId", position, start, "end", text)
       SELECT am.new, x.position, x.start, x."end", x.text FROM "Statement" x JOIN amap am ON am.old = x."articleId"`,
    `INSERT INTO "Quote" ("articleId", position, kind, act, "speakerId", "speakerMentionId", cue, "cueStart", "cueEnd", start, "end", text, quoted, parts, confidence)
       SELECT am.new, x.position, x.kind, x.act, em.new, mn.id, x.cue, x."cueStart", x."cueEnd", x.start, x."end", x.text, x.quoted, x.parts, x.confidence
       FROM "Quote" x JOIN amap am ON am.old = x."articleId"
       LEFT JOIN emap em ON em.old = x."speakerId"
       LEFT JOIN "Mention" mo ON mo.id = x."speakerMentionId"
       LEFT JOIN "Mention" mn ON mn."articleId" = am.new AND mn.start = mo.start AND mn."end" = mo."end"`,
    `INSERT INTO "_StatementAbout" ("A", "B")
       SELECT em.new, sn.id FROM "_StatementAbout" l JOIN "Statement" so ON so.id = l."B" JOIN amap am ON am.old = so."articleId"
       JOIN "Statement" sn ON sn."articleId" = am.new AND sn.position = so.position JOIN emap em ON em.old = l."A"`,
    `INSERT INTO "_QuoteAbout" ("A", "B")
       SELECT em.new, qn.id FROM "_QuoteAbout" l JOIN "Quote" qo ON qo.id = l."B" JOIN amap am ON am.old = qo."articleId"
       JOIN "Quote" qn ON qn."articleId" = am.new AND qn.position = qo.position JOIN emap em ON em.old = l."A"`,
    `INSERT INTO "_QuoteStatements" ("A", "B")
       SELECT qn.id, sn.id FROM "_QuoteStatements" l JOIN "Quote" qo ON qo.id = l."A" JOIN "Statement" so ON so.id = l."B"
       JOIN amap am ON am.old = qo."articleId"
       JOIN "Quote" qn ON qn."articleId" = am.new AND qn.position = qo.position
       JOIN "Statement" sn ON sn."articleId" = am.new AND sn.position = so.position`,
  ];
  await client.query('BEGIN');
  await client.query('SET LOCAL synchronous_commit = off');
  for (const sql of statements) await client.query(sql);
  await client.query('COMMIT');
}

/** Doubles the articles already there (and all that hangs on them) up to `articles`, then recounts the entities and runs VACUUM ANALYZE. Returns the rounds. */
export async function replicateArticles(client: pg.Client, articles: number): Promise<number> {
  let rounds = 0;
  for (;;) {
    const have = Number((await client.query('SELECT count(*) AS n FROM "Article"')).rows[0].n);
    if (have >= articles) break;
    await copyRound(client, ++rounds, Math.min(have, articles - have));
  }
  // The copied entities' counts, of the articles copied with them (every entity is copied, the oldest articles only).
  if (rounds) await client.query(RECOUNT_ENTITIES_SQL);
  await client.query('VACUUM ANALYZE');
  return rounds;
}

/**
 * Imports `seedArticles` corpus files (seed 2, so a later benchmark corpus with seed 1 is new to it)
 * and doubles them until the database holds `articles`. Returns how it was built, for the report.
 */
export async function growDatabase(
  url: string,
  articles: number,
  { corpusDir, pool, seedArticles = 1000 }: { corpusDir: string; pool: ExtractPool; seedArticles?: number },
): Promise<string> {
  const started = performance.now();
  await writeCorpus(corpusDir, Math.min(seedArticles, articles), 2);
  const db = createDb(url);
  await importFiles(db, [corpusDir], { pool });
  await db.$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rounds = await replicateArticles(client, articles);
    const counts = (
      await client.query(
        `SELECT (SELECT count(*) FROM "Article") AS a, (SELECT count(*) FROM "Entity") AS e, (SELECT count(*) FROM "Mention") AS m, (SELECT count(*) FROM "Quote") AS q`,
      )
    ).rows[0];
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    return (
      `${Math.min(seedArticles, articles)} corpus articles imported, then ${rounds} SQL replication rounds doubling every table ` +
      `(${counts.a} articles, ${counts.e} entities, ${counts.m} mentions, ${counts.q} quotes) in ${seconds} s`
    );
  } finally {
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, count = '100000'] = process.argv.slice(2);
  if (!url) {
    console.error('usage: tsx bench/grow.ts <database url> [articles=100000]');
    process.exit(2);
  }
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { createExtractPool } = await import('../src/import/extract-pool.js');
  const pool = createExtractPool({ timeoutMs: 60_000 });
  try {
    console.log(await growDatabase(url, Number(count), { corpusDir: await mkdtemp(path.join(tmpdir(), 'grow-')), pool }));
  } finally {
    await pool.close();
  }
}

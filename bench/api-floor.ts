// The floor: a hand-written SQL server (node:http + pg) answering the benchmark's queries
// (bench/api-queries.ts) with one or two statements each, in the same JSON shape as our GraphQL answers.
//   tsx bench/api-floor.ts <database url> <port>
import { createServer } from 'node:http';
import pg from 'pg';
import { nameKey } from '../src/names.js';

const ABOUT = `(SELECT coalesce(json_agg(json_build_object('canonicalName', e."canonicalName") ORDER BY e."canonicalName"), '[]')
                FROM "_QuoteAbout" l JOIN "Entity" e ON e.id = l."A" WHERE l."B" = q.id)`;

export const FLOOR_QUERIES = {
  async ping() {
    return { __typename: 'Query' };
  },
  async speakerAbout(db: pg.Pool, p: { speaker: string; about: string }) {
    const ids = await entityIds(db, [p.speaker, p.about]);
    const { rows } = await db.query(
      `SELECT q.text, q.kind, json_build_object('canonicalName', s."canonicalName") AS speaker, ${ABOUT} AS about
       FROM "Quote" q JOIN "Entity" s ON s.id = q."speakerId"
       WHERE q."speakerId" = $1 AND q.act = 'SPEECH' AND EXISTS (SELECT 1 FROM "_QuoteAbout" WHERE "A" = $2 AND "B" = q.id)
       ORDER BY q."articleId", q.position LIMIT 20`,
      [ids[0] ?? -1, ids[1] ?? -1],
    );
    return { quotes: { nodes: rows } };
  },
  async articlesQuotes(db: pg.Pool) {
    const { rows } = await db.query(
      `SELECT a.title, json_build_object('nodes', (
         SELECT coalesce(json_agg(json_build_object('text', x.text, 'speaker', x.speaker, 'about', x.about) ORDER BY x.position), '[]')
         FROM (SELECT q.position, q.text, CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('canonicalName', s."canonicalName") END AS speaker,
                      ${ABOUT} AS about
               FROM "Quote" q LEFT JOIN "Entity" s ON s.id = q."speakerId" WHERE q."articleId" = a.id AND q.act = 'SPEECH' ORDER BY q.position LIMIT 10) x)) AS quotes
       FROM "Article" a ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC LIMIT 20`,
    );
    return { articles: { nodes: rows } };
  },
  async entityCount(db: pg.Pool, p: { entity: string }) {
    const [id] = await entityIds(db, [p.entity]);
    const { rows } = await db.query(
      `SELECT e."canonicalName", (SELECT count(*) FROM "_QuoteAbout" l JOIN "Quote" q ON q.id = l."B" WHERE l."A" = e.id AND q.act = 'SPEECH')::int AS "quotedAboutCount" FROM "Entity" e WHERE e.id = $1`,
      [id ?? -1],
    );
    return { entity: rows[0] ?? null };
  },
  async quotesText(db: pg.Pool, p: { text: string }) {
    const { rows } = await db.query(
      `SELECT text FROM "Quote" WHERE "searchVector" @@ websearch_to_tsquery('english', $1) AND act = 'SPEECH' ORDER BY "articleId", position LIMIT 20`,
      [p.text],
    );
    return { quotes: { nodes: rows } };
  },
  async search(db: pg.Pool, p: { text: string }) {
    // The three kinds ranked together over the 2,000 newest matches of each; ties by kind, then id.
    const newest = (table: string, columns: string, also = '') =>
      `(SELECT id, ${columns}, rank
        FROM (SELECT id, ${columns}, ts_rank("searchVector", (SELECT websearch_to_tsquery('english', $1)))::float8 AS rank
              FROM "${table}" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)${also}
              ORDER BY id DESC LIMIT 2000) newest ORDER BY rank DESC, id LIMIT 20)`;
    const { rows } = await db.query(
      `SELECT rank, node FROM (
         SELECT 'ARTICLE' AS kind, id, rank, json_build_object('__typename', 'Article', 'title', title) AS node FROM ${newest('Article', 'title')} a
         UNION ALL
         SELECT 'QUOTE', id, rank, json_build_object('__typename', 'Quote', 'text', text) FROM ${newest('Quote', 'text', ` AND act = 'SPEECH'`)} q
         UNION ALL
         SELECT 'STATEMENT', id, rank, json_build_object('__typename', 'Statement', 'text', text) FROM ${newest('Statement', 'text')} s
       ) hits ORDER BY rank DESC, kind, id LIMIT 20`,
      [p.text],
    );
    return { search: { edges: rows } };
  },
  async statementsAbout(db: pg.Pool, p: { about: string }) {
    const [id] = await entityIds(db, [p.about]);
    const { rows } = await db.query(
      `SELECT s.text FROM "Statement" s WHERE EXISTS (SELECT 1 FROM "_StatementAbout" WHERE "A" = $1 AND "B" = s.id)
       ORDER BY s."articleId", s.position LIMIT 20`,
      [id ?? -1],
    );
    return { statements: { nodes: rows } };
  },
  async entityRelations(db: pg.Pool, p: { entity: string }) {
    const [id] = await entityIds(db, [p.entity]);
    const ranked = (counts: string) =>
      `(SELECT coalesce(json_agg(json_build_object('count', c.count, 'entity', json_build_object('canonicalName', e."canonicalName")) ORDER BY c.count DESC, c.id), '[]')
        FROM (${counts} ORDER BY count DESC, id LIMIT 10) c JOIN "Entity" e ON e.id = c.id)`;
    const { rows } = await db.query(
      `SELECT ${ranked(`SELECT q."speakerId" AS id, count(*)::int AS count FROM "_QuoteAbout" l JOIN "Quote" q ON q.id = l."B"
                        WHERE l."A" = $1 AND q."speakerId" IS NOT NULL AND q.act = 'SPEECH' GROUP BY q."speakerId"`)} AS "speakersAbout",
              ${ranked(`SELECT o."entityId" AS id, count(*)::int AS count FROM (SELECT DISTINCT "articleId" FROM "Mention" WHERE "entityId" = $1) a
                        CROSS JOIN LATERAL (SELECT DISTINCT "entityId" FROM "Mention" x WHERE x."articleId" = a."articleId" AND x."entityId" <> $1) o
                        GROUP BY o."entityId"`)} AS "appearsWith"
       FROM "Entity" WHERE id = $1`,
      [id ?? -1],
    );
    return { entity: rows[0] ?? null };
  },
  async deepPage(db: pg.Pool, p: { articleId: number; position: number }) {
    const { rows } = await db.query(
      `SELECT text FROM "Quote" WHERE act = 'SPEECH' AND ("articleId", position) > ($1, $2) ORDER BY "articleId", position LIMIT 20`,
      [p.articleId, p.position],
    );
    return { quotes: { nodes: rows } };
  },
};

export type FloorQuery = keyof typeof FLOOR_QUERIES;

/** Exact names only: the floor skips the fuzzy step (the benchmark's names are exact). */
async function entityIds(db: pg.Pool, names: string[]): Promise<Array<number | undefined>> {
  const keys = names.map(nameKey);
  const { rows } = await db.query<{ key: string; entityId: number }>('SELECT DISTINCT key, "entityId" FROM "EntityAlias" WHERE key = ANY($1)', [keys]);
  return keys.map((k) => rows.find((r) => r.key === k)?.entityId);
}

if (process.argv[1]?.endsWith('api-floor.ts')) {
  const [url, port] = process.argv.slice(2);
  // Connection settings as our service's (apiDbOptions: no parallel workers), so the floor stays a floor.
  const db = new pg.Pool({ connectionString: url, max: 10, options: '-c max_parallel_workers_per_gather=0' });
  createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    try {
      const { query, params } = JSON.parse(Buffer.concat(chunks).toString()) as { query: FloorQuery; params: any };
      const data = await FLOOR_QUERIES[query](db, params);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  }).listen(Number(port), '127.0.0.1', () => console.log('ready'));
}

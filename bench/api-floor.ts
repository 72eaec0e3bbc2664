// The floor: a hand-written SQL server (node:http + pg) answering the benchmark's headline queries
// with one or two statements each, in the same JSON shape as the GraphQL answers.
//   tsx bench/api-floor.ts <database url> <port>
import { createServer } from 'node:http';
import pg from 'pg';
import { nameKey } from '../src/names.js';

const ABOUT = `(SELECT coalesce(json_agg(json_build_object('canonicalName', e."canonicalName") ORDER BY e."canonicalName"), '[]')
                FROM "_QuoteAbout" l JOIN "Entity" e ON e.id = l."A" WHERE l."B" = q.id)`;

export const FLOOR_QUERIES = {
  async speakerAbout(db: pg.Pool, p: { speaker: string; about: string }) {
    const ids = await entityIds(db, [p.speaker, p.about]);
    const { rows } = await db.query(
      `SELECT q.text, q.kind, json_build_object('canonicalName', s."canonicalName") AS speaker, ${ABOUT} AS about
       FROM "Quote" q JOIN "Entity" s ON s.id = q."speakerId"
       WHERE q."speakerId" = $1 AND EXISTS (SELECT 1 FROM "_QuoteAbout" WHERE "A" = $2 AND "B" = q.id)
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
               FROM "Quote" q LEFT JOIN "Entity" s ON s.id = q."speakerId" WHERE q."articleId" = a.id ORDER BY q.position LIMIT 10) x)) AS quotes
       FROM "Article" a ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC LIMIT 20`,
    );
    return { articles: { nodes: rows } };
  },
  async entityCount(db: pg.Pool, p: { entity: string }) {
    const [id] = await entityIds(db, [p.entity]);
    const { rows } = await db.query(
      `SELECT e."canonicalName", (SELECT count(*) FROM "_QuoteAbout" WHERE "A" = e.id)::int AS "quotedAboutCount" FROM "Entity" e WHERE e.id = $1`,
      [id ?? -1],
    );
    return { entity: rows[0] ?? null };
  },
};

/** Exact names only: the floor skips the fuzzy step (the benchmark's names are exact). */
async function entityIds(db: pg.Pool, names: string[]): Promise<Array<number | undefined>> {
  const keys = names.map(nameKey);
  const { rows } = await db.query<{ key: string; entityId: number }>('SELECT DISTINCT key, "entityId" FROM "EntityAlias" WHERE key = ANY($1)', [keys]);
  return keys.map((k) => rows.find((r) => r.key === k)?.entityId);
}

if (process.argv[1]?.endsWith('api-floor.ts')) {
  const [url, port] = process.argv.slice(2);
  const db = new pg.Pool({ connectionString: url, max: 10 });
  createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    try {
      const { query, params } = JSON.parse(Buffer.concat(chunks).toString()) as { query: keyof typeof FLOOR_QUERIES; params: any };
      const data = await FLOOR_QUERIES[query](db, params);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  }).listen(Number(port), '127.0.0.1', () => console.log('ready'));
}

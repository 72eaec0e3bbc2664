// The counts each entity keeps on its row (Entity.mentionCount, Entity.speechCount): its mention rows
// and the quotes it gave as speech, beliefs held not counted, as `entities(orderBy: MENTIONS |
// QUOTES_GIVEN)` rank them. The article write adds an article's counts in its entity upsert
// (article-sql.ts); the paths that remove facts take them off here, locking the entities first in the
// importers' order (type, key), so that an import and a removal never wait on each other in a cycle.
import type { Prisma } from '../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

/** (id, mentions, speech) of every entity the facts of the articles `articles` (SQL over "articleId") count for. */
export function factCounts(articles: string): string {
  return `SELECT id, sum(mentions)::int AS mentions, sum(speech)::int AS speech FROM (
    SELECT "entityId" AS id, 1 AS mentions, 0 AS speech FROM "Mention" WHERE ${articles}
    UNION ALL
    SELECT "speakerId", 0, 1 FROM "Quote" WHERE "speakerId" IS NOT NULL AND act = 'SPEECH' AND ${articles}
  ) r GROUP BY id`;
}

/** Every entity's counts recomputed from its rows (after rows were written around the article write, as bench/grow.ts does). */
export const RECOUNT_ENTITIES_SQL = `UPDATE "Entity" e SET "mentionCount" = coalesce(c.mentions, 0), "speechCount" = coalesce(c.speech, 0)
  FROM "Entity" x LEFT JOIN (${factCounts('true')}) c ON c.id = x.id
  WHERE e.id = x.id AND (e."mentionCount", e."speechCount") IS DISTINCT FROM (coalesce(c.mentions, 0), coalesce(c.speech, 0))`;

/** Locks the entities `ids` for update in the importers' order, before counts or rows change. */
export async function lockEntities(tx: Tx, ids: number[]): Promise<void> {
  if (ids.length) await tx.$queryRawUnsafe(`SELECT id FROM "Entity" WHERE id = ANY($1::int[]) ORDER BY type, key FOR UPDATE`, ids);
}

/** Takes the counts of an article's stored facts off its entities (locked by `lockEntities`). */
export async function uncountArticle(tx: Tx, articleId: number): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE "Entity" e SET "mentionCount" = e."mentionCount" - c.mentions, "speechCount" = e."speechCount" - c.speech
     FROM (${factCounts('"articleId" = $1')}) c WHERE c.id = e.id`,
    articleId,
  );
}

// Counts an analyst would otherwise compute by hand: who talks about an entity, and which
// entities appear with it (in the same articles, or in the same statements).
import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';

export interface EntityCount {
  entityId: number;
  count: number;
}

/** Speakers ranked by the number of their quotes about `entityId`. */
export async function speakersAbout(db: Db, entityId: number, limit: number): Promise<EntityCount[]> {
  const rows = await db.quote.groupBy({
    by: ['speakerId'],
    where: { about: { some: { id: entityId } }, speakerId: { not: null } },
    _count: { _all: true },
    orderBy: [{ _count: { speakerId: 'desc' } }, { speakerId: 'asc' }],
    take: limit,
  });
  return rows.map((r) => ({ entityId: r.speakerId!, count: r._count._all }));
}

export type CoMentionScope = 'ARTICLES' | 'STATEMENTS';

/** Entities ranked by how many articles (or statements) they share with `entityId`. */
export async function appearsWith(db: Db, entityId: number, scope: CoMentionScope, limit: number): Promise<EntityCount[]> {
  // Implicit many-to-many tables: in "_StatementAbout", A is the entity and B the statement.
  // An entity has many mentions in an article: its articles and the entities of each are made
  // distinct before joining, or every pair of mentions is joined and then sorted to be counted once
  // (151,539 rows for 248 articles, where 5,491 distinct pairs suffice).
  const query =
    scope === 'ARTICLES'
      ? Prisma.sql`SELECT o."entityId" AS "entityId", count(*)::int AS count
          FROM (SELECT DISTINCT "articleId" FROM "Mention" WHERE "entityId" = ${entityId}) a
          CROSS JOIN LATERAL (SELECT DISTINCT "entityId" FROM "Mention" x WHERE x."articleId" = a."articleId" AND x."entityId" <> ${entityId}) o
          GROUP BY o."entityId"`
      : Prisma.sql`SELECT o."A" AS "entityId", count(DISTINCT o."B")::int AS count
          FROM "_StatementAbout" s JOIN "_StatementAbout" o ON o."B" = s."B" AND o."A" <> s."A"
          WHERE s."A" = ${entityId} GROUP BY o."A"`;
  return db.$queryRaw<EntityCount[]>`${query} ORDER BY count DESC, "entityId" ASC LIMIT ${limit}`;
}

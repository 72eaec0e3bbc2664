// The first page of statements about some entities, walked through the articles that mention the first.
import { Prisma } from '../generated/prisma/client.js';
import { type Db, queryRows } from '../db/client.js';
import type { EntityNames } from './entity-names.js';
import type { StatementFilter } from './filters.js';
import type { PrismaPage } from './text-pages.js';

const { sql, join } = Prisma;

/**
 * The entities of a `statements(about:)` page that nothing else filters, a first page forwards:
 * walked by `statementsAboutIds`. Null for any other page.
 */
export function aboutWalk(f: StatementFilter & { text?: string | null }, page: PrismaPage, names: EntityNames): Array<number | null> | null {
  const plain = !f.text && !f.speaker && f.article == null && !f.publication && !f.from && !f.to;
  if (!plain || !f.about?.length || page.cursor !== undefined || (page.take ?? 0) <= 0) return null;
  return f.about.map((name) => names.idOf(name, 'about'));
}

/**
 * The ids of a first page of statements about all of `entityIds`, in document order, walked through
 * the articles that mention the first entity (its mentions by article id), taking in each the
 * statements linked to every entity. A statement is about the entities mentioned inside it, and the
 * article's mentions and links are written by one statement, so no statement about an entity lies
 * in an article without a mention of it. The walk stops once the page is full, wherever the
 * entity's rows lie in the archive: 0.4-0.5 ms for a frequent entity's first page at 1k, 10k and
 * 100k articles, whose rows come first or last, and for a rare one; Prisma's plan read and sorted
 * every statement about the entity (2,065 of them: 0.7 ms at 1k, 9 to 13 ms at 100k), and a walk
 * of all statements in document order passed 2.4M rows before a late entity's (5.1 s).
 */
export async function statementsAboutIds(db: Db, entityIds: Array<number | null>, page: PrismaPage): Promise<number[]> {
  const [first] = entityIds;
  if (first == null || entityIds.includes(null)) return [];
  const linked = entityIds.map((id) => sql`(SELECT true FROM "_StatementAbout" l WHERE l."A" = ${id} AND l."B" = x."id")`);
  const take = page.take ?? 0;
  const skip = page.skip ?? 0;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`
    SELECT s."id" FROM (SELECT DISTINCT m."articleId" FROM "Mention" m WHERE m."entityId" = ${first}) a
    CROSS JOIN LATERAL (
      SELECT x."id", x."position" FROM "Statement" x WHERE x."articleId" = a."articleId" AND ${join(linked, ' AND ')}
      ORDER BY x."position" LIMIT ${take + skip}
    ) s
    ORDER BY a."articleId", s."position" LIMIT ${take} OFFSET ${skip}`,
  );
  return rows.map((r) => r.id);
}

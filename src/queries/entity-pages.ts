// Pages of `entities(orderBy: QUOTES_GIVEN | MENTIONS)`, selected in SQL: most first, then by
// canonical name and id. The counts are kept on the entity's row (speechCount: speech given, beliefs
// held not counted, as `quotesGivenCount` reports it; mentionCount), and each order has an index on
// the negated count, the name and the id (migration entity_counts): one direction, so a first page
// and a page after a cursor (a row comparison) both walk the index and read about a page of entities.
// The entity filters are those of `entitiesWhere`.
import { Prisma } from '../generated/prisma/client.js';
import { nameKey } from '../names.js';
import type { EntityNames } from './entity-names.js';
import type { TextListing } from './text-pages.js';

const { sql } = Prisma;

export interface EntityFilter {
  name?: string | null;
  prefix?: string | null;
  type?: string | null;
  appearsWith?: string | null;
}

/** The count each order ranks by, as its index (Entity_speech_order_idx, Entity_mention_order_idx) holds it. */
const RANKED_BY = {
  QUOTES_GIVEN: sql`(-x."speechCount")`,
  MENTIONS: sql`(-x."mentionCount")`,
};

export type CountedEntityOrder = keyof typeof RANKED_BY;

/**
 * The entities of `f`, the highest count first, then by canonical name and id: 50 index entries for a
 * page of 50 (first or after a cursor) where counting read every entity the filters leave (22,528 at
 * 3,000 articles; test/integration/api-scale.test.ts).
 */
export function entitiesByCount(f: EntityFilter, names: EntityNames, order: CountedEntityOrder): TextListing {
  const conditions: Prisma.Sql[] = [];
  const alias = (match: Prisma.Sql) => sql`EXISTS (SELECT 1 FROM "EntityAlias" al WHERE al."entityId" = x."id" AND ${match})`;
  if (f.name) conditions.push(alias(sql`al."key" = ${nameKey(f.name)}`));
  if (f.prefix) conditions.push(alias(sql`starts_with(al."key", ${nameKey(f.prefix)})`));
  if (f.type) conditions.push(sql`x."type" = ${f.type}::"EntityType"`);
  if (f.appearsWith) {
    const other = names.idOf(f.appearsWith, 'appearsWith');
    conditions.push(
      other === null
        ? sql`false`
        : sql`x."id" <> ${other} AND EXISTS (SELECT 1 FROM "Mention" m JOIN "Mention" o ON o."articleId" = m."articleId"
            WHERE m."entityId" = x."id" AND o."entityId" = ${other})`,
    );
  }
  return {
    from: sql`"Entity" x`,
    conditions,
    order: [
      { column: RANKED_BY[order], desc: false },
      { column: sql`x."canonicalName"`, desc: false },
      { column: sql`x."id"`, desc: false },
    ],
  };
}

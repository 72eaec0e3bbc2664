// Pages of `entities(orderBy: QUOTES_GIVEN | MENTIONS)`, selected in SQL: most first, then by
// canonical name and id. The counts are kept on the entity's row (speechCount: speech given, beliefs
// held not counted, as `quotesGivenCount` reports it; mentionCount), and each order has an index per
// type on the type, the negated count, the name and the id (migration entity_counts): one direction,
// so a first page and a page after a cursor (a row comparison) both walk the index and read about a
// page of entities. A page of every type walks the three, each to the page's end, and merges them:
// an index of the order across types (migration entity_count_orders_by_type) cost every import an
// entry more per order for each entity it counts, as a count's change is never a HOT update.
// The entity filters are those of `entitiesWhere`.
import { $Enums, Prisma } from '../generated/prisma/client.js';
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

/** The count each order ranks by, as its indexes (Entity_type_speech_order_idx, Entity_type_mention_order_idx) hold it. */
const RANKED_BY = {
  QUOTES_GIVEN: sql`(-x."speechCount")`,
  MENTIONS: sql`(-x."mentionCount")`,
};

export type CountedEntityOrder = keyof typeof RANKED_BY;

/** Keys starting with `prefix`, as a LIKE pattern (its wildcards and escape character escaped): the
 *  trigram index of alias keys finds a rare prefix's few, where `starts_with` read every alias, and
 *  once in each walk of a page of every type. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;

/** One walk per type, for a page of every type. */
const TYPE_WALKS = Object.values($Enums.EntityType).map((type) => sql`x."type" = ${Prisma.raw(`'${type}'`)}::"EntityType"`);

/**
 * The entities of `f`, the highest count first, then by canonical name and id: 50 index entries for a
 * page of 50 of one type (first or after a cursor), at most 150 for one of every type, where counting
 * read every entity the filters leave (22,528 at 3,000 articles; test/integration/api-scale.test.ts).
 */
export function entitiesByCount(f: EntityFilter, names: EntityNames, order: CountedEntityOrder): TextListing {
  const conditions: Prisma.Sql[] = [];
  const alias = (match: Prisma.Sql) => sql`EXISTS (SELECT 1 FROM "EntityAlias" al WHERE al."entityId" = x."id" AND ${match})`;
  if (f.name) conditions.push(alias(sql`al."key" = ${nameKey(f.name)}`));
  if (f.prefix) conditions.push(alias(sql`al."key" LIKE ${likePrefix(nameKey(f.prefix))}`));
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
    // An exact name selects its few entities by the alias index first; a prefix or a neighbour may
    // leave most entities, which a walk in the order meets soon, and is tested in each walk.
    walks: f.type || f.name ? undefined : TYPE_WALKS,
    order: [
      { column: RANKED_BY[order], desc: false },
      { column: sql`x."canonicalName"`, desc: false },
      { column: sql`x."id"`, desc: false },
    ],
  };
}

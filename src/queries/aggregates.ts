// Counts an analyst would otherwise compute by hand: who talks about an entity, and which
// entities appear with it (in the same articles, or in the same statements). Every count a request
// asks for in one round (`speakersAbout` and `appearsWith` side by side) is read in one statement.
import DataLoader from 'dataloader';
import { type Db, queryRows } from '../db/client.js';
import { Prisma, type QuoteAct } from '../generated/prisma/client.js';
import { actCondition } from './text-pages.js';

export interface EntityCount {
  entityId: number;
  count: number;
}

export type CoMentionScope = 'ARTICLES' | 'STATEMENTS';

export type Relation = 'SPEAKERS_ABOUT' | `APPEARS_WITH_${CoMentionScope}`;

export interface AggregateKey {
  relation: Relation;
  entityId: number;
  limit: number;
  /** SPEAKERS_ABOUT: the acts of the quotes counted (null: every act) */
  acts?: readonly QuoteAct[] | null;
}

/** `entityId` and `count` of every related entity, unordered. */
function counts({ relation, entityId, acts }: AggregateKey): Prisma.Sql {
  switch (relation) {
    // Implicit many-to-many tables: in "_QuoteAbout" and "_StatementAbout", A is the entity.
    case 'SPEAKERS_ABOUT':
      return Prisma.sql`SELECT q."speakerId" AS "entityId", count(*)::int AS count
        FROM "_QuoteAbout" l JOIN "Quote" q ON q.id = l."B"
        WHERE l."A" = ${entityId} AND q."speakerId" IS NOT NULL ${actsAnd(acts)} GROUP BY q."speakerId"`;
    // An entity has many mentions in an article: its articles and the entities of each are made
    // distinct before joining, or every pair of mentions is joined and then sorted to be counted once
    // (151,539 rows for 248 articles, where 5,491 distinct pairs suffice).
    case 'APPEARS_WITH_ARTICLES':
      return Prisma.sql`SELECT o."entityId" AS "entityId", count(*)::int AS count
        FROM (SELECT DISTINCT "articleId" FROM "Mention" WHERE "entityId" = ${entityId}) a
        CROSS JOIN LATERAL (SELECT DISTINCT "entityId" FROM "Mention" x WHERE x."articleId" = a."articleId" AND x."entityId" <> ${entityId}) o
        GROUP BY o."entityId"`;
    case 'APPEARS_WITH_STATEMENTS':
      return Prisma.sql`SELECT o."A" AS "entityId", count(DISTINCT o."B")::int AS count
        FROM "_StatementAbout" s JOIN "_StatementAbout" o ON o."B" = s."B" AND o."A" <> s."A"
        WHERE s."A" = ${entityId} GROUP BY o."A"`;
  }
}

/** `AND` the condition on the act of quote `q` (speech unless asked; nothing for every act). */
function actsAnd(acts: AggregateKey['acts']): Prisma.Sql {
  if (acts === null) return Prisma.empty;
  return Prisma.sql`AND ${Prisma.join(actCondition(acts ?? ['SPEECH'], Prisma.raw('q')), ' AND ')}`;
}

/** The top `limit` of each key (most first, then by id), all in one statement. */
async function loadAll(db: Db, keys: readonly AggregateKey[]): Promise<EntityCount[][]> {
  const parts = keys.map(
    (key, i) => Prisma.sql`(SELECT ${i}::int AS k, c."entityId", c.count FROM (${counts(key)}) c ORDER BY c.count DESC, c."entityId" ASC LIMIT ${key.limit})`,
  );
  const rows = await queryRows<EntityCount & { k: number }>(db, Prisma.join(parts, ' UNION ALL ', ''));
  const results = keys.map((): EntityCount[] => []);
  for (const { k, entityId, count } of rows) results[k]!.push({ entityId, count });
  for (const list of results) list.sort((a, b) => b.count - a.count || a.entityId - b.entityId);
  return results;
}

const loaders = new WeakMap<object, DataLoader<AggregateKey, EntityCount[], string>>();

/**
 * The counts of `key`, batched with the other counts the same request asks for in the same tick.
 * `request` is the object that lives as long as the request (its GraphQL context).
 */
export function relatedCounts(db: Db, request: object, key: AggregateKey): Promise<EntityCount[]> {
  let loader = loaders.get(request);
  if (!loader) {
    loader = new DataLoader((keys) => loadAll(db, keys), {
      cacheKeyFn: (k) => `${k.relation}:${k.entityId}:${k.limit}:${k.acts === null ? 'ALL' : (k.acts ?? []).join('+')}`,
    });
    loaders.set(request, loader);
  }
  return loader.load(key);
}

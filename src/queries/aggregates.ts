// Counts an analyst would otherwise compute by hand: who talks about an entity, and which
// entities appear with it (in the same articles, or in the same statements). Every count a request
// asks for in one round (`speakersAbout` and `appearsWith` side by side) is read in one statement.
import DataLoader from 'dataloader';
import { type Db, queryRows } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { type Acts, actSql, actsKey } from './acts.js';

export interface EntityCount {
  entityId: number;
  count: number;
}

export type CoMentionScope = 'ARTICLES' | 'STATEMENTS';

export type Relation = 'SPEAKERS_ABOUT' | `APPEARS_WITH_${CoMentionScope}`;

/** The entity whose related entities are counted, and how many of them are answered. */
interface KeyOf<R extends Relation> {
  relation: R;
  entityId: number;
  limit: number;
}

/** SPEAKERS_ABOUT counts the quotes of the acts asked; the co-mentions count no quotes. */
export type AggregateKey = (KeyOf<'SPEAKERS_ABOUT'> & { acts: Acts }) | KeyOf<`APPEARS_WITH_${CoMentionScope}`>;

/** `entityId` and `count` of every related entity, unordered. */
function counts(key: AggregateKey): Prisma.Sql {
  const { entityId } = key;
  switch (key.relation) {
    // Implicit many-to-many tables: in "_QuoteAbout" and "_StatementAbout", A is the entity.
    case 'SPEAKERS_ABOUT': {
      const conditions = [Prisma.sql`l."A" = ${entityId}`, Prisma.sql`q."speakerId" IS NOT NULL`, ...actSql(key.acts, Prisma.raw('q'))];
      return Prisma.sql`SELECT q."speakerId" AS "entityId", count(*)::int AS count
        FROM "_QuoteAbout" l JOIN "Quote" q ON q.id = l."B"
        WHERE ${Prisma.join(conditions, ' AND ')} GROUP BY q."speakerId"`;
    }
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
      cacheKeyFn: (k) => `${k.relation}:${k.entityId}:${k.limit}${'acts' in k ? `:${actsKey(k.acts)}` : ''}`,
    });
    loaders.set(request, loader);
  }
  return loader.load(key);
}

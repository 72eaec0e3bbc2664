// Pages of `entities(orderBy: QUOTES_GIVEN)`, selected in SQL: Prisma orders by a relation's count
// only over all its rows, which would count beliefs held ("Police believe …") as quotes given. Here
// the count is of speech, as `quotesGivenCount` reports it, read from the speaker index alone
// (speakerId, articleId, position, act); the entity filters are those of `entitiesWhere`.
import { Prisma } from '../generated/prisma/client.js';
import { nameKey } from '../names.js';
import { actSql, SPEECH } from './acts.js';
import type { EntityNames } from './entity-names.js';
import type { TextListing } from './text-pages.js';

const { sql } = Prisma;

export interface EntityFilter {
  name?: string | null;
  prefix?: string | null;
  type?: string | null;
  appearsWith?: string | null;
}

const SPEECH_GIVEN = sql`(SELECT count(*) FROM "Quote" q WHERE q."speakerId" = x."id" AND ${Prisma.join(actSql(SPEECH, Prisma.raw('q')), ' AND ')})`;

/**
 * The entities of `f`, most speech given first, then by canonical name and id. No index holds this
 * order: a page reads every entity the filters leave, counting each from the speaker index (94 ms for
 * the 22,528 entities of 3,000 articles, growing with the archive; test/integration/api-scale.test.ts).
 * An index walk would need the count kept on the entity's row, which every import would then write.
 */
export function entitiesBySpeechGiven(f: EntityFilter, names: EntityNames): TextListing {
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
      { column: SPEECH_GIVEN, desc: true },
      { column: sql`x."canonicalName"`, desc: false },
      { column: sql`x."id"`, desc: false },
    ],
  };
}

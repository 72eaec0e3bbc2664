// Full-text search over quotes, statements and article bodies: the tsvector columns kept by the
// search_vectors migration, GIN-indexed, ranked with ts_rank, with ts_headline snippets.
import { Prisma } from '../generated/prisma/client.js';
import { type Db, queryRows } from '../db/client.js';
import { type Acts, actSql, SPEECH } from './acts.js';

export type SearchKind = 'QUOTE' | 'STATEMENT' | 'ARTICLE';
const TABLE: Record<SearchKind, Prisma.Sql> = { QUOTE: Prisma.raw('"Quote"'), STATEMENT: Prisma.raw('"Statement"'), ARTICLE: Prisma.raw('"Article"') };
// Articles are searched in their body; the snippet shows the matching passage.
const SEARCHED_TEXT: Record<SearchKind, Prisma.Sql> = {
  QUOTE: Prisma.raw('"text"'),
  STATEMENT: Prisma.raw('"text"'),
  ARTICLE: Prisma.raw('substr("text", "bodyStart" + 1, "bodyEnd" - "bodyStart")'),
};

/** `AND` the conditions a kind's rows must meet besides the match: quotes of the acts asked. */
function alsoOf(kind: SearchKind, acts: Acts): Prisma.Sql {
  const conditions = kind === 'QUOTE' ? actSql(acts, TABLE.QUOTE) : [];
  return conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  rank: number;
}

const HEADLINE = 'StartSel=«, StopSel=», MaxWords=30, MinWords=10, MaxFragments=2';

/** How deep search pages may reach: ranking every match of a common word costs the whole index. */
export const SEARCH_MAX_RESULTS = 1000;

/**
 * How many matches of each kind are ranked: the most recently imported ones. A word in a fifth of
 * an archive's statements has hundreds of thousands of matches, and ranking them all reads every
 * one's tsvector (2.9 s at 100k articles); the newest 2,000 are found walking the primary key back,
 * a cost that does not grow with the archive. A rarer word is ranked over all its matches.
 */
const SEARCH_RANKED_MATCHES = 2000;

const tsquery = (query: string) => Prisma.sql`websearch_to_tsquery('english', ${query})`;

/** The matches ranked `offset` to `offset + limit` across the kinds asked for, ranked together, in one statement. */
export async function search(
  db: Db,
  query: string,
  kinds: SearchKind[],
  limit: number,
  offset = 0,
  rankedMatches = SEARCH_RANKED_MATCHES,
  acts: Acts = SPEECH,
): Promise<SearchHit[]> {
  if (kinds.length === 0) return [];
  // Each kind contributes its own best `offset + limit`: the merged page can hold no row ranked below those.
  // The planner picks per word: the primary key backwards for a common one, the GIN index for a rare one.
  // The newest matches carry their rank, not their vector: the GIN path sorts all matches by id, and
  // article vectors (kept in the row) made that sort spill to disk (1,800 matches at 100k: 42 ms, now 4).
  const perKind = kinds.map(
    (kind) => Prisma.sql`(SELECT ${kind}::text AS kind, "id", rank
      FROM (SELECT "id", ts_rank("searchVector", (SELECT ${tsquery(query)}))::float8 AS rank
            FROM ${TABLE[kind]} WHERE "searchVector" @@ ${tsquery(query)}${alsoOf(kind, acts)}
            ORDER BY "id" DESC LIMIT ${rankedMatches}) newest
      ORDER BY rank DESC, "id" ASC LIMIT ${offset + limit})`,
  );
  return queryRows<SearchHit>(
    db,
    Prisma.sql`
    SELECT kind, "id", rank FROM (${Prisma.join(perKind, ' UNION ALL ')}) hits
    ORDER BY rank DESC, kind ASC, "id" ASC LIMIT ${limit} OFFSET ${offset}`,
  );
}

/** The matching passage of each hit, matched words between « and », keyed `KIND:id`, in one statement. */
export async function snippets(db: Db, query: string, hits: SearchHit[]): Promise<Map<string, string>> {
  const kinds = [...new Set(hits.map((h) => h.kind))];
  if (kinds.length === 0) return new Map();
  const perKind = kinds.map((kind) => {
    const ids = hits.filter((h) => h.kind === kind).map((h) => h.id);
    return Prisma.sql`(SELECT ${kind}::text AS kind, "id", ts_headline('english', ${SEARCHED_TEXT[kind]}, ${tsquery(query)}, ${HEADLINE}) AS snippet
      FROM ${TABLE[kind]} WHERE "id" = ANY(${ids}::int[]))`;
  });
  const rows = await queryRows<{ kind: SearchKind; id: number; snippet: string }>(db, Prisma.join(perKind, ' UNION ALL ', ''));
  return new Map(rows.map((r) => [`${r.kind}:${r.id}`, r.snippet]));
}

/** How many rows of the kinds asked for match, in one statement. */
export async function countMatches(db: Db, query: string, kinds: SearchKind[], acts: Acts): Promise<number> {
  if (kinds.length === 0) return 0;
  const perKind = kinds.map((kind) => Prisma.sql`(SELECT count(*) FROM ${TABLE[kind]} WHERE "searchVector" @@ ${tsquery(query)}${alsoOf(kind, acts)})`);
  const [row] = await queryRows<{ n: number }>(db, Prisma.sql`SELECT (${Prisma.join(perKind, ' + ')})::int AS n`);
  return row?.n ?? 0;
}

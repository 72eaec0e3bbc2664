// Full-text search over quotes, statements and article bodies: the tsvector columns kept by the
// search_vectors migration, GIN-indexed, ranked with ts_rank, with ts_headline snippets.
import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';

export type SearchKind = 'QUOTE' | 'STATEMENT' | 'ARTICLE';
const TABLE: Record<SearchKind, 'Quote' | 'Statement' | 'Article'> = { QUOTE: 'Quote', STATEMENT: 'Statement', ARTICLE: 'Article' };

export interface SearchHit {
  kind: SearchKind;
  id: number;
  rank: number;
  snippet: string;
}

const HEADLINE = 'StartSel=«, StopSel=», MaxWords=30, MinWords=10, MaxFragments=2';

/** How deep search pages may reach: ranking every match of a common word costs the whole index. */
export const SEARCH_MAX_RESULTS = 1000;

/** The matches ranked `offset` to `offset + limit` across the kinds asked for, ranked together. */
export async function search(db: Db, query: string, kinds: SearchKind[], limit: number, offset = 0): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  for (const kind of kinds) {
    const table = Prisma.raw(`"${TABLE[kind]}"`);
    // Articles are searched in their body; the snippet shows the matching passage.
    const text = kind === 'ARTICLE' ? Prisma.raw(`substr("text", "bodyStart" + 1, "bodyEnd" - "bodyStart")`) : Prisma.raw(`"text"`);
    const rows = await db.$queryRaw<Array<{ id: number; rank: number; snippet: string }>>`
      SELECT "id", ts_rank("searchVector", q)::float8 AS rank,
             ts_headline('english', ${text}, q, ${HEADLINE}) AS snippet
      FROM ${table}, websearch_to_tsquery('english', ${query}) q
      WHERE "searchVector" @@ q
      ORDER BY rank DESC, "id" ASC
      LIMIT ${offset + limit}`;
    hits.push(...rows.map((r) => ({ kind, ...r })));
  }
  return hits.sort((a, b) => b.rank - a.rank || a.kind.localeCompare(b.kind) || a.id - b.id).slice(offset, offset + limit);
}

/** How many rows of the kinds asked for match. */
export async function countMatches(db: Db, query: string, kinds: SearchKind[]): Promise<number> {
  let total = 0;
  for (const kind of kinds) {
    const [row] = await db.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM ${Prisma.raw(`"${TABLE[kind]}"`)} WHERE "searchVector" @@ websearch_to_tsquery('english', ${query})`;
    total += row?.n ?? 0;
  }
  return total;
}

// Pages selected in SQL: full-text filters (`text:` of quotes, statements and articles) as a condition
// of the page query itself, and pages of quotes and statements from a cursor. Prisma cannot express
// `"searchVector" @@ tsquery`, and its cursor condition is an OR that no index serves; so for these the
// page of ids is selected here, with the other filters, the documented order and the cursor as a row
// comparison, and Prisma then loads the columns asked for those ids. (Fetching every matching id first
// was unbounded: a common word matched a million quotes at 100k articles, past PostgreSQL's limit of
// bind parameters.)
import { Prisma } from '../generated/prisma/client.js';
import { type Db, queryRows } from '../db/client.js';

type Sql = Prisma.Sql;
const { sql, join } = Prisma;
export interface OrderKey {
  column: Sql;
  desc: boolean;
  /** A nullable column, sorted last in either direction (never ±infinity itself) */
  nullable?: boolean;
  /** A column of the rows' article (`a`) */
  ofArticle?: boolean;
}

/** One filtered, ordered listing: the table as `x` (its article joined as `a` where needed). */
export interface TextListing {
  from: Sql;
  conditions: Sql[];
  order: OrderKey[];
  /**
   * The listing as separate walks, each the rows of one more condition (which together cover the
   * listing once), when an index per walk holds the order and none holds it for all: each walk reads
   * up to the end of the page in its index, and the page is taken from their rows merged. For a
   * listing of one table, ordered by its own columns.
   */
  walks?: Sql[];
}

/** The page Pothos's prisma plugin asks for: rows from the cursor row (inclusive) on, `skip` skipped, `take` taken (backwards when negative). */
export interface PrismaPage {
  cursor?: { id?: number };
  take?: number;
  skip?: number;
}
export const all = (conditions: Sql[]): Sql => (conditions.length ? join(conditions, ' AND ') : sql`true`);

/**
 * Whether a page is selected here rather than by Prisma: with a text filter; otherwise, unless an
 * entity filter narrows the rows, from a cursor, or in an order Prisma can only sort whole
 * (`prismaOrders` false: quotes by their article's publication date, which Prisma joins with a LEFT
 * JOIN that no index order crosses: the first page sorted all 717,800 quotes of 100k articles, 364 ms;
 * here an index walk of the articles in that order, 0.1 ms).
 * Prisma's cursor condition (`articleId` = the cursor's AND `position` >= it, OR `articleId` > it) is
 * no index condition: a page read every row before its cursor (halfway through the quotes of 100k
 * articles, 536,658 rows in 3.3 s), where the row comparison here starts the index walk at the
 * cursor (0.3 ms). Pages filtered by an entity stay with Prisma, whose plan reads that entity's rows
 * whatever the cursor: a walk in the listing's order could pass millions of other rows before the
 * entity's. (The first page of statements about a frequent entity took 0.35 ms walked against
 * Prisma's 3.0 ms at 100k articles, but 7.2 s, over the statement timeout, when that entity's rows
 * came last.)
 */
export function pagedInSql(
  f: { text?: string | null; about?: readonly string[] | null; speaker?: string | null; mentions?: string | null },
  page: PrismaPage,
  prismaOrders = true,
): boolean {
  if (f.text) return true;
  if (f.about?.length || f.speaker || f.mentions) return false;
  return page.cursor !== undefined || !prismaOrders;
}

/**
 * The sort key of an order column: never null (nulls last in its order), so that it compares with
 * the cursor's; the publication keys are indexed as written here (migration publication_sort_keys).
 */
export function sortKey({ column, desc, nullable }: OrderKey): Sql {
  return nullable ? sql`coalesce(${column}, ${Prisma.raw(desc ? `'-infinity'` : `'infinity'`)})` : column;
}

interface Key {
  key: Sql;
  desc: boolean;
  ofArticle?: boolean;
}

/**
 * Rows at or after the cursor in the order of `keys`. The leading keys of one table sorted one way
 * compare as a row, an index condition where an index holds them (the publication order's date and
 * article id); the keys after them only decide among rows equal on those (the quotes of the cursor's
 * article). One row across both tables would be no index condition: 931 ms against 0.4 ms for a page
 * of quotes halfway through 100k articles.
 */
function atOrAfter(keys: Key[], cursor: Sql[]): Sql {
  const split = keys.findIndex((k) => k.desc !== keys[0]!.desc || k.ofArticle !== keys[0]!.ofArticle);
  const head = split === -1 ? keys : keys.slice(0, split);
  const row = (ks: Key[]) => sql`(${join(ks.map((k) => k.key))})`;
  const headCursor = sql`(${join(cursor.slice(0, head.length))})`;
  const reached = sql`${row(head)} ${Prisma.raw(head[0]!.desc ? '<=' : '>=')} ${headCursor}`;
  if (split === -1) return reached;
  return sql`${reached} AND (${row(head)} <> ${headCursor} OR ${atOrAfter(keys.slice(split), cursor.slice(split))})`;
}

function fromCursor(listing: TextListing, keys: Key[], cursorId: number): Sql {
  return atOrAfter(
    keys,
    keys.map(({ key }) => sql`(SELECT ${key} FROM ${listing.from} WHERE x."id" = ${cursorId})`),
  );
}

/** The ids of one page of a listing, in its order. */
async function textPageIds(db: Db, listing: TextListing, page: PrismaPage): Promise<number[]> {
  const take = page.take ?? 0;
  const backward = take < 0;
  // A backward page walks the order reversed from the cursor, then turns its rows round.
  const keys = listing.order.map((o) => ({ key: sortKey(o), desc: o.desc !== backward, ofArticle: o.ofArticle }));
  const cursorId = page.cursor?.id;
  const conditions = cursorId === undefined ? listing.conditions : [...listing.conditions, fromCursor(listing, keys, cursorId)];
  const orderBy = join(keys.map((k) => sql`${k.key} ${Prisma.raw(k.desc ? 'DESC' : 'ASC')}`));
  const skip = page.skip ?? 0;
  // PostgreSQL merges ordered walks of a UNION ALL only when it can pull its branches up, which it
  // cannot for branches with conditions: each walk is limited to the page's end on its own instead.
  const walk = (only: Sql) => sql`(SELECT x.* FROM ${listing.from} WHERE ${all([...conditions, only])} ORDER BY ${orderBy} LIMIT ${Math.abs(take) + skip})`;
  const from = listing.walks ? sql`(${join(listing.walks.map(walk), ' UNION ALL ')}) x` : listing.from;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`
    SELECT x."id" FROM ${from} WHERE ${listing.walks ? sql`true` : all(conditions)}
    ORDER BY ${orderBy} LIMIT ${Math.abs(take)} OFFSET ${skip}`,
  );
  const ids = rows.map((r) => r.id);
  return backward ? ids.reverse() : ids;
}

export async function textCount(db: Db, listing: TextListing): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${listing.from} WHERE ${all(listing.conditions)}`);
  return row?.n ?? 0;
}

/** Loaded rows in the order of `ids` (a row deleted in between drops out). */
function inIdOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of a listing, loaded as Pothos's prisma plugin asked: `query` holds the page (cursor, take,
 * skip) and the selection; the page's ids come from SQL, then `findMany` loads the selection for them.
 */
export function loadTextPage<Q extends PrismaPage, T extends { id: number }>(
  db: Db,
  listing: TextListing,
  query: Q,
  findMany: (args: Omit<Q, keyof PrismaPage> & { where: { id: { in: number[] } } }) => Promise<T[]>,
): Promise<T[]> {
  return loadPageOfIds(query, (page) => textPageIds(db, listing, page), findMany);
}

/** One page whose ids `pageIds` selects, then `findMany` loads the selection Pothos asked for them. */
export async function loadPageOfIds<Q extends PrismaPage, T extends { id: number }>(
  query: Q,
  pageIds: (page: PrismaPage) => Promise<number[]>,
  findMany: (args: Omit<Q, keyof PrismaPage> & { where: { id: { in: number[] } } }) => Promise<T[]>,
): Promise<T[]> {
  const { cursor, take, skip, ...selection } = query;
  const ids = await pageIds({ cursor, take, skip });
  // An empty page loads nothing: Prisma would still send a statement (`WHERE 1=0`), a round trip for no row.
  if (ids.length === 0) return [];
  return inIdOrder(ids, await findMany({ ...selection, where: { id: { in: ids } } }));
}

// Pages selected in SQL: full-text filters (`text:` of quotes, statements and articles) as a condition
// of the page query itself, and pages of quotes and statements from a cursor. Prisma cannot express
// `"searchVector" @@ tsquery`, and its cursor condition is an OR that no index serves; so for these the
// page of ids is selected here, with the other filters, the documented order and the cursor as a row
// comparison, and Prisma then loads the columns asked for those ids. (Fetching every matching id first
// was unbounded: a common word matched a million quotes at 100k articles, past PostgreSQL's limit of
// bind parameters.)
import { Prisma } from '../generated/prisma/client.js';
import { type Db, queryRows } from '../db/client.js';
import { actSql, actsOf, SPEECH } from './acts.js';
import type { EntityNames } from './entity-names.js';
import { type ArticleScope, type QuoteFilter, requireId, type StatementFilter } from './filters.js';

type Sql = Prisma.Sql;
const { sql, join } = Prisma;

interface OrderKey {
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
}

/** The page Pothos's prisma plugin asks for: rows from the cursor row (inclusive) on, `skip` skipped, `take` taken (backwards when negative). */
export interface PrismaPage {
  cursor?: { id?: number };
  take?: number;
  skip?: number;
}

const matches = (text: string) => sql`x."searchVector" @@ websearch_to_tsquery('english', ${text})`;
const textMatch = (text: string | null | undefined): Sql[] => (text ? [matches(text)] : []);
const all = (conditions: Sql[]): Sql => (conditions.length ? join(conditions, ' AND ') : sql`true`);

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
function sortKey({ column, desc, nullable }: OrderKey): Sql {
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
  const rows = await queryRows<{ id: number }>(
    db,
    sql`
    SELECT x."id" FROM ${listing.from} WHERE ${all(conditions)}
    ORDER BY ${orderBy} LIMIT ${Math.abs(take)} OFFSET ${page.skip ?? 0}`,
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
  return inIdOrder(ids, await findMany({ ...selection, where: { id: { in: ids } } }));
}

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

/** Conditions on the article (`a`) of the rows (whose article id is `articleId`). */
function articleScope(scope: ArticleScope, a: Sql, articleId: Sql): Sql[] {
  const conditions: Sql[] = [];
  if (scope.article != null) conditions.push(sql`${articleId} = ${requireId(String(scope.article), 'Article', 'article')}`);
  if (scope.publication) conditions.push(sql`lower(${a}."publication") = lower(${scope.publication})`);
  if (scope.from) conditions.push(sql`${a}."publishedAt" >= ${scope.from}`);
  if (scope.to) conditions.push(sql`${a}."publishedAt" <= ${scope.to}`);
  return conditions;
}

/**
 * The date bounds again on the publication sort key (the same on dated rows; undated rows fail the
 * plain bounds), so that a walk in that order starts and stops at them.
 */
function datesOnSortKey(scope: ArticleScope, order: OrderKey[]): Sql[] {
  const first = order[0]!;
  if (!first.nullable) return [];
  const key = sortKey(first);
  return [...(scope.from ? [sql`${key} >= ${scope.from}`] : []), ...(scope.to ? [sql`${key} <= ${scope.to}`] : [])];
}

/** `EXISTS` on a join table for the entity a name argument stands for; false when none. */
function linked(names: EntityNames, name: string, argument: string, exists: (entityId: number) => Sql): Sql {
  const id = names.idOf(name, argument);
  return id === null ? sql`false` : exists(id);
}

const A = Prisma.raw('a');
const X = Prisma.raw('x');
const Q = Prisma.raw('q');
const ARTICLE = sql`"Article" x`;

/** The table as `x`, its article joined as `a` only when a condition or the order needs it (the join costs the planner milliseconds). */
function withArticle(table: string, scope: ArticleScope, order: OrderKey[]): Sql {
  const joined = Boolean(scope.publication || scope.from || scope.to) || order.some((o) => o.ofArticle);
  return Prisma.raw(`"${table}" x${joined ? ` JOIN "Article" a ON a."id" = x."articleId"` : ''}`);
}

/** The documented orders (see QUOTE_ORDERS and ARTICLE_ORDERS in the schema), in SQL. */
const DOCUMENT_ORDER: OrderKey[] = [
  { column: sql`x."articleId"`, desc: false },
  { column: sql`x."position"`, desc: false },
];
export const QUOTE_SQL_ORDERS = {
  DOCUMENT: DOCUMENT_ORDER,
  PUBLISHED_DESC: [
    { column: sql`a."publishedAt"`, desc: true, nullable: true, ofArticle: true },
    { column: sql`a."id"`, desc: true, ofArticle: true },
    { column: sql`x."position"`, desc: false },
  ],
  PUBLISHED_ASC: [
    { column: sql`a."publishedAt"`, desc: false, nullable: true, ofArticle: true },
    { column: sql`a."id"`, desc: false, ofArticle: true },
    { column: sql`x."position"`, desc: false },
  ],
} satisfies Record<string, OrderKey[]>;
export const ARTICLE_SQL_ORDERS = {
  PUBLISHED_DESC: [
    { column: sql`x."publishedAt"`, desc: true, nullable: true },
    { column: sql`x."id"`, desc: true },
  ],
  PUBLISHED_ASC: [
    { column: sql`x."publishedAt"`, desc: false, nullable: true },
    { column: sql`x."id"`, desc: false },
  ],
  IMPORTED_DESC: [{ column: sql`x."id"`, desc: true }],
} satisfies Record<string, OrderKey[]>;

export interface QuoteTextFilter extends QuoteFilter {
  text?: string | null;
}

export function quoteListing(f: QuoteTextFilter, names: EntityNames, order: keyof typeof QUOTE_SQL_ORDERS): TextListing {
  const conditions = [...textMatch(f.text), ...articleScope(f, A, sql`x."articleId"`), ...datesOnSortKey(f, QUOTE_SQL_ORDERS[order])];
  for (const name of f.about ?? [])
    conditions.push(linked(names, name, 'about', (id) => sql`EXISTS (SELECT 1 FROM "_QuoteAbout" l WHERE l."A" = ${id} AND l."B" = x."id")`));
  if (f.speaker) conditions.push(linked(names, f.speaker, 'speaker', (id) => sql`x."speakerId" = ${id}`));
  if (f.kind) conditions.push(sql`x."kind" = ${f.kind}::"QuoteKind"`);
  if (f.minConfidence != null) conditions.push(sql`x."confidence" >= ${f.minConfidence}`);
  conditions.push(...actSql(actsOf(f.acts), X));
  return { from: withArticle('Quote', f, QUOTE_SQL_ORDERS[order]), conditions, order: QUOTE_SQL_ORDERS[order] };
}

export function statementListing(f: StatementFilter & { text?: string | null }, names: EntityNames): TextListing {
  const conditions = [...textMatch(f.text), ...articleScope(f, A, sql`x."articleId"`)];
  for (const name of f.about ?? []) {
    conditions.push(linked(names, name, 'about', (id) => sql`EXISTS (SELECT 1 FROM "_StatementAbout" l WHERE l."A" = ${id} AND l."B" = x."id")`));
  }
  if (f.speaker) {
    conditions.push(
      linked(
        names,
        f.speaker,
        'speaker',
        (id) =>
          sql`EXISTS (SELECT 1 FROM "_QuoteStatements" l JOIN "Quote" q ON q."id" = l."A" WHERE l."B" = x."id" AND q."speakerId" = ${id} AND ${all(actSql(SPEECH, Q))})`,
      ),
    );
  }
  return { from: withArticle('Statement', f, DOCUMENT_ORDER), conditions, order: DOCUMENT_ORDER };
}

export function articleListing(
  f: ArticleScope & { text?: string | null; mentions?: string | null },
  names: EntityNames,
  order: keyof typeof ARTICLE_SQL_ORDERS,
): TextListing {
  const conditions = [...textMatch(f.text), ...articleScope(f, X, sql`x."id"`), ...datesOnSortKey(f, ARTICLE_SQL_ORDERS[order])];
  if (f.mentions)
    conditions.push(
      linked(names, f.mentions, 'mentions', (id) => sql`EXISTS (SELECT 1 FROM "Mention" m WHERE m."articleId" = x."id" AND m."entityId" = ${id})`),
    );
  return { from: ARTICLE, conditions, order: ARTICLE_SQL_ORDERS[order] };
}

// The listings of quotes, statements and articles selected in SQL: their filters as conditions (the
// full-text match among them) and their documented orders.
import { Prisma } from '../generated/prisma/client.js';
import { actSql, actsOf, SPEECH } from './acts.js';
import type { EntityNames } from './entity-names.js';
import { type ArticleScope, type QuoteFilter, requireId, type StatementFilter } from './filters.js';
import { all, type OrderKey, sortKey, type TextListing } from './text-pages.js';

type Sql = Prisma.Sql;
const { sql } = Prisma;

const matches = (text: string) => sql`x."searchVector" @@ websearch_to_tsquery('english', ${text})`;
const textMatch = (text: string | null | undefined): Sql[] => (text ? [matches(text)] : []);

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
const QUOTE_SQL_ORDERS = {
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
const ARTICLE_SQL_ORDERS = {
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

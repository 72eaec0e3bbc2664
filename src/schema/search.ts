import { queryFromInfo } from '@pothos/plugin-prisma';
import { cursorToOffset, type DefaultConnectionArguments, resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { actsOf } from '../queries/acts.js';
import { countMatches, SEARCH_MAX_RESULTS, type SearchHit, type SearchKind, search, snippets } from '../queries/search.js';
import type { Db } from '../db/client.js';
import { badInput } from '../errors.js';
import type { QuoteAct } from '../generated/prisma/client.js';
import { Article } from './article.js';
import { builder, type Context } from './builder.js';
import { checkPageSize } from './pagination.js';
import { actsArgs, Quote } from './quote.js';
import { Statement } from './statement.js';

const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'What full-text search looks in.',
  values: {
    QUOTE: { description: 'Quote contents' },
    STATEMENT: { description: 'Statements' },
    ARTICLE: { description: 'Article titles and bodies' },
  } as const,
});

/** Which GraphQL type each loaded row is, for the union (the rows themselves do not say). */
const typeOfRow = new WeakMap<object, 'Quote' | 'Statement' | 'Article'>();
const TYPE_NAME = { QUOTE: 'Quote', STATEMENT: 'Statement', ARTICLE: 'Article' } as const;

const SearchResult = builder.unionType('SearchResult', {
  description: 'What full-text search finds: a quote, a statement or an article.',
  types: [Quote, Statement, Article],
  resolveType: (row) => typeOfRow.get(row)!,
});

type Row =
  | Awaited<ReturnType<Db['quote']['findMany']>>[number]
  | Awaited<ReturnType<Db['statement']['findMany']>>[number]
  | Awaited<ReturnType<Db['article']['findMany']>>[number];

/**
 * Loads the rows of a page of hits, in hit order, each tagged with its GraphQL type; a row deleted
 * meanwhile drops out. Each kind is loaded with what the query selects on its type (relations
 * included), and a kind with no hit on the page costs no statement.
 */
async function loadRows(db: Db, hits: SearchHit[], selection: (typeName: string) => object): Promise<Array<{ hit: SearchHit; row: Row }>> {
  const ids = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const load = async <T>(kind: SearchKind, find: (query: { where: { id: { in: number[] } } }) => Promise<T[]>) =>
    ids(kind).length ? find({ ...selection(TYPE_NAME[kind]), where: { id: { in: ids(kind) } } }) : [];
  const loaded = {
    QUOTE: await load('QUOTE', (query) => db.quote.findMany(query)),
    STATEMENT: await load('STATEMENT', (query) => db.statement.findMany(query)),
    ARTICLE: await load('ARTICLE', (query) => db.article.findMany(query)),
  };
  return hits.flatMap((hit) => {
    const row = (loaded[hit.kind] as Row[]).find((r) => r.id === hit.id);
    if (!row) return [];
    typeOfRow.set(row, TYPE_NAME[hit.kind]);
    return [{ hit, row }];
  });
}

interface SearchEdgeShape {
  cursor: string;
  node: Row;
  rank: number;
  snippet: () => Promise<string>;
}

interface SearchArgs extends DefaultConnectionArguments {
  query: string;
  kinds?: readonly SearchKind[] | null;
  acts?: readonly QuoteAct[] | null;
}

/** The relay plugin reads an offset cursor's number as it stands ("OffsetConnection:-5" is -5, and
 *  no number is NaN), which PostgreSQL then refuses; a cursor this API wrote is a whole number from 0. */
function checkOffsetCursors(args: SearchArgs): void {
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor == null) continue;
    const offset = cursorToOffset(cursor);
    if (!Number.isSafeInteger(offset) || offset < 0) throw badInput(name, `Invalid cursor: ${cursor}`);
  }
}

/** A page of matches with their rank and snippet, and the count of all matches for the connection to call. */
async function searchPage(args: SearchArgs, ctx: Context, info: GraphQLResolveInfo) {
  checkPageSize(args, ctx);
  checkOffsetCursors(args);
  const kinds = [...new Set(args.kinds ?? (['QUOTE', 'STATEMENT', 'ARTICLE'] as const))];
  const acts = actsOf(args.acts);
  // Counting every match of a common word costs more than the page: counted only when asked,
  // or when `last` without `before` needs the end of the list.
  let counting: Promise<number> | undefined;
  const count = () => (counting ??= countMatches(ctx.db, args.query, kinds, acts));
  const totalCount = args.last != null && args.before == null ? await count() : undefined;
  const connection = await resolveOffsetConnection(
    { args, defaultSize: ctx.config.DEFAULT_PAGE_SIZE, maxSize: ctx.config.MAX_PAGE_SIZE, totalCount },
    async ({ offset, limit }) => {
      if (offset + limit > SEARCH_MAX_RESULTS + 1) {
        throw new GraphQLError(`search pages reach the first ${SEARCH_MAX_RESULTS} matches; narrow the query`, {
          extensions: { code: 'BAD_USER_INPUT', argument: 'after', limit: SEARCH_MAX_RESULTS },
        });
      }
      const selection = (typeName: string) => queryFromInfo({ context: ctx, info, typeName, paths: [['edges', 'node'], ['nodes']] });
      return loadRows(ctx.db, await search(ctx.db, args.query, kinds, limit, offset, undefined, acts), selection);
    },
  );
  return { ...connection, edges: withSnippets(ctx.db, args.query, connection.edges), totalCount: count };
}

/**
 * The page's edges with their hit's rank and a snippet. Snippets re-read each hit's text: made once
 * for the whole page, and only when an edge asks.
 */
function withSnippets(db: Db, query: string, edges: ReadonlyArray<{ cursor: string; node: { hit: SearchHit; row: Row } }>): SearchEdgeShape[] {
  let snipping: Promise<Map<string, string>> | undefined;
  const snippet = (hit: SearchHit) => async () => {
    snipping ??= snippets(
      db,
      query,
      edges.map((e) => e.node.hit),
    );
    return (await snipping).get(`${hit.kind}:${hit.id}`) ?? '';
  };
  return edges.map(({ cursor, node: { hit, row } }) => ({ cursor, node: row, rank: hit.rank, snippet: snippet(hit) }));
}

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchResult,
      description:
        'Full-text search over quotes, statements and article bodies, best matches first (ranks compared across kinds), among the 2,000 most recently imported matches of each kind.',
      args: {
        query: t.arg.string({ required: true, description: 'Web-search syntax: words, "exact phrase", -excluded, or' }),
        kinds: t.arg({ type: [SearchKindEnum], required: false, description: 'Where to look (default: everywhere)' }),
        ...actsArgs,
      },
      complexity: (args, ctx) => ({ field: 5, multiplier: args.first ?? args.last ?? ctx.config.DEFAULT_PAGE_SIZE }),
      resolve: (_root, args, ctx, info) => searchPage(args, ctx, info),
    },
    {
      name: 'SearchConnection',
      description: 'A page of search matches, best first, with cursors.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many quotes, statements and articles match, on all pages',
          resolve: (conn) => (conn as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    {
      name: 'SearchEdge',
      description: 'A match: what matched, how well, and the matching passage.',
      fields: (e) => ({
        rank: e.float({ description: 'ts_rank of the match; higher is better', resolve: (edge) => (edge as unknown as SearchEdgeShape).rank }),
        snippet: e.string({
          description: 'The matching passage, matched words between « and »',
          resolve: (edge) => (edge as unknown as SearchEdgeShape).snippet(),
        }),
      }),
    },
  ),
);

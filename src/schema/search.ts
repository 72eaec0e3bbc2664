import { GraphQLError } from 'graphql';
import { search, type SearchHit } from '../queries/search.js';
import { builder } from './builder.js';

const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'What full-text search looks in.',
  values: { QUOTE: { description: 'Quote contents' }, STATEMENT: { description: 'Statements' }, ARTICLE: { description: 'Article titles and bodies' } } as const,
});

const SearchResult = builder.objectRef<SearchHit>('SearchResult').implement({
  description: 'A full-text match: what matched, how well, and the matching passage.',
  fields: (t) => ({
    kind: t.field({ type: SearchKindEnum, description: 'What matched: a quote, a statement or an article', resolve: (h) => h.kind }),
    rank: t.exposeFloat('rank', { description: 'ts_rank of the match; higher is better' }),
    snippet: t.exposeString('snippet', { description: 'The matching passage, matched words between « and »' }),
    quote: t.prismaField({
      type: 'Quote',
      nullable: true,
      description: 'The quote, when a quote matched',
      resolve: (query, h, _args, ctx) => (h.kind === 'QUOTE' ? ctx.db.quote.findUnique({ ...query, where: { id: h.id } }) : null),
    }),
    statement: t.prismaField({
      type: 'Statement',
      nullable: true,
      description: 'The statement, when a statement matched',
      resolve: (query, h, _args, ctx) => (h.kind === 'STATEMENT' ? ctx.db.statement.findUnique({ ...query, where: { id: h.id } }) : null),
    }),
    article: t.prismaField({
      type: 'Article',
      nullable: true,
      description: 'The article, when an article matched',
      resolve: (query, h, _args, ctx) => (h.kind === 'ARTICLE' ? ctx.db.article.findUnique({ ...query, where: { id: h.id } }) : null),
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchResult],
    description: 'Full-text search over quotes, statements and article bodies, best matches first.',
    args: {
      query: t.arg.string({ required: true, description: 'Web-search syntax: words, "exact phrase", -excluded, or' }),
      kinds: t.arg({ type: [SearchKindEnum], required: false, description: 'Where to look (default: everywhere)' }),
      first: t.arg.int({ defaultValue: 10, description: 'How many results' }),
    },
    complexity: (args) => ({ field: 5, multiplier: args.first ?? 10 }),
    resolve: (_root, args, ctx) => {
      const first = args.first ?? 10;
      if (first > ctx.config.MAX_PAGE_SIZE) {
        throw new GraphQLError(`first is ${first}, more than the maximum page size of ${ctx.config.MAX_PAGE_SIZE} (MAX_PAGE_SIZE)`);
      }
      return search(ctx.db, args.query, args.kinds ?? ['QUOTE', 'STATEMENT', 'ARTICLE'], first);
    },
  }),
);

import type { Prisma } from '../generated/prisma/client.js';
import { articleWhere, entityIdMatch, quoteWhere, requireId, statementWhere } from '../queries/filters.js';
import { articleListing } from '../queries/text-listings.js';
import { textCount, loadTextPage, pagedInSql } from '../queries/text-pages.js';
import { builder, type Context } from './builder.js';
import { MentionConnection } from './mention.js';
import { connectionOf, pageOptions, relationPageOptions } from './pagination.js';
import { actsArgs, kindAndConfidenceArgs, QuoteConnection } from './quote.js';
import { StatementConnection } from './statement.js';

const ARTICLE_ORDERS = {
  PUBLISHED_DESC: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
  PUBLISHED_ASC: [{ publishedAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  IMPORTED_DESC: [{ id: 'desc' }],
} satisfies Record<string, Prisma.ArticleOrderByWithRelationInput[]>;

const ArticleOrderEnum = builder.enumType('ArticleOrder', {
  description: 'How `articles` are sorted.',
  values: {
    PUBLISHED_DESC: { description: 'Newest publication first, then newest import; undated articles last' },
    PUBLISHED_ASC: { description: 'Oldest publication first, then oldest import; undated articles last' },
    IMPORTED_DESC: { description: 'Newest import first' },
  } as const,
});

export const Article = builder.prismaNode('Article', {
  nullable: true, // a deleted or never-existing row is null in node(id:), not an error
  id: { field: 'id' },
  select: { id: true }, // only the columns a query asks for (never the article text unasked)
  description: 'An imported news article. Offsets of everything extracted from it index `text`.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The headline' }),
    publication: t.exposeString('publication', { nullable: true, description: 'The newspaper or outlet (the masthead)' }),
    credit: t.exposeString('credit', { nullable: true, description: 'Photo or agency credit lines, not part of the body' }),
    text: t.exposeString('text', { description: 'The whole document as imported' }),
    body: t.string({
      description: 'The article body: `text` from `bodyStart` to `bodyEnd`',
      select: { text: true, bodyStart: true, bodyEnd: true },
      resolve: (a) => a.text.slice(a.bodyStart, a.bodyEnd),
    }),
    bodyStart: t.exposeInt('bodyStart', { description: 'Where the body starts in `text`' }),
    bodyEnd: t.exposeInt('bodyEnd', { description: 'Where the body ends in `text` (exclusive)' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the article was published online' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was published, if known' }),
    language: t.exposeString('language', { nullable: true, description: 'Language code, if known' }),
    sourceName: t.exposeString('sourceName', { nullable: true, description: 'The file or source it was imported from' }),
    importedAt: t.expose('importedAt', { type: 'DateTime', description: 'When it was imported' }),
    contentHash: t.exposeString('contentHash', { description: 'SHA-256 of the text: the same content is imported once' }),
  }),
});

// What was extracted from it, each list in document order.
builder.prismaObjectFields(Article, (t) => ({
  statements: t.relatedConnection(
    'statements',
    {
      ...relationPageOptions,
      description: 'Its sentence-level statements, in document order',
      args: { about: t.arg.stringList({ required: false, description: 'Only statements about all of these entities' }) },
      query: (args, ctx) => ({ where: statementWhere(args, ctx.names), orderBy: { position: 'asc' } }),
    },
    StatementConnection,
  ),
  quotes: t.relatedConnection(
    'quotes',
    {
      ...relationPageOptions,
      description: 'Its quotes, in document order',
      args: {
        speaker: t.arg.string({ required: false, description: 'Only quotes by this entity (name, alias or ID)' }),
        about: t.arg.stringList({ required: false, description: 'Only quotes about all of these entities' }),
        ...kindAndConfidenceArgs,
        ...actsArgs,
      },
      query: (args, ctx) => ({ where: quoteWhere(args, ctx.names), orderBy: { position: 'asc' } }),
    },
    QuoteConnection,
  ),
  mentions: t.relatedConnection(
    'mentions',
    {
      ...relationPageOptions,
      description: 'Every reference to an entity in the article, in document order',
      query: () => ({ orderBy: [{ start: 'asc' }, { id: 'asc' }] }),
    },
    MentionConnection,
  ),
}));

export const ArticleConnection = connectionOf(Article, 'Article', 'articles');

builder.queryField('article', (t) =>
  t.prismaField({
    type: Article,
    nullable: true,
    description: 'One article by its global ID.',
    args: { id: t.arg.id({ required: true, description: 'The article’s global ID' }) },
    resolve: (query, _root, args, ctx) => ctx.db.article.findUnique({ ...query, where: { id: requireId(String(args.id), 'Article', 'id') } }),
  }),
);

builder.queryField('articles', (t) =>
  t.prismaConnection(
    {
      ...pageOptions,
      type: Article,
      cursor: 'id',
      description: 'Articles, newest publication first (then newest import; undated last) unless `orderBy` says otherwise.',
      args: {
        orderBy: t.arg({ type: ArticleOrderEnum, defaultValue: 'PUBLISHED_DESC', description: 'Sort order' }),
        publication: t.arg.string({ required: false, description: 'Only from this publication (case-insensitive)' }),
        from: t.arg({ type: 'DateTime', required: false, description: 'Published at or after' }),
        to: t.arg({ type: 'DateTime', required: false, description: 'Published at or before' }),
        text: t.arg.string({ required: false, description: 'Full-text search in title and body (web-search syntax)' }),
        mentions: t.arg.string({ required: false, description: 'Only articles that mention this entity (name, alias or ID)' }),
      },
      resolve: async (query, _root, args, ctx) => {
        const order = args.orderBy ?? 'PUBLISHED_DESC';
        if (!pagedInSql(args, query)) return ctx.db.article.findMany({ ...query, where: articlesWhere(ctx, args), orderBy: ARTICLE_ORDERS[order] });
        return loadTextPage(ctx.db, articleListing(args, ctx.names, order), query, (page) => ctx.db.article.findMany(page));
      },
      totalCount: (_parent, args, ctx) =>
        args.text
          ? textCount(ctx.db, articleListing({ ...args, text: args.text }, ctx.names, 'PUBLISHED_DESC'))
          : ctx.db.article.count({ where: articlesWhere(ctx, args) }),
    },
    ArticleConnection,
  ),
);

function articlesWhere(ctx: Context, args: { publication?: string | null; from?: Date | null; to?: Date | null; mentions?: string | null }) {
  const mentions = args.mentions ? { mentions: { some: { entityId: entityIdMatch(ctx.names, args.mentions, 'mentions') } } } : {};
  return { AND: [articleWhere(args), mentions] };
}

import { quoteWhere } from '../queries/filters.js';
import { quoteListing } from '../queries/text-listings.js';
import { textCount, loadTextPage, pagedInSql } from '../queries/text-pages.js';
import type { Prisma } from '../generated/prisma/client.js';
import { builder } from './builder.js';
import { connectionOf, pageOptions } from './pagination.js';
import { QuoteActEnum, QuoteKindEnum } from './scalars.js';

export const QUOTE_ORDERS = {
  DOCUMENT: [{ articleId: 'asc' }, { position: 'asc' }],
  PUBLISHED_DESC: [{ article: { publishedAt: { sort: 'desc', nulls: 'last' } } }, { articleId: 'desc' }, { position: 'asc' }],
  PUBLISHED_ASC: [{ article: { publishedAt: { sort: 'asc', nulls: 'last' } } }, { articleId: 'asc' }, { position: 'asc' }],
} satisfies Record<string, Prisma.QuoteOrderByWithRelationInput[]>;

const QuoteOrderEnum = builder.enumType('QuoteOrder', {
  description: 'How `quotes` are sorted.',
  values: {
    DOCUMENT: { description: 'Article import order, then order in the article' },
    PUBLISHED_DESC: { description: 'Newest article publication first (undated last), then order in the article' },
    PUBLISHED_ASC: { description: 'Oldest article publication first (undated last), then order in the article' },
  } as const,
});

interface Span {
  start: number;
  end: number;
  text: string;
}

const TextSpan = builder.objectRef<Span>('TextSpan').implement({
  description: 'A piece of an article: its text and offsets into `Article.text` (end exclusive).',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words' }),
    start: t.exposeInt('start', { description: 'Where they start' }),
    end: t.exposeInt('end', { description: 'Where they end (exclusive)' }),
  }),
});

export const Quote = builder.prismaNode('Quote', {
  nullable: true, // a deleted or never-existing row is null in node(id:), not an error
  id: { field: 'id' },
  select: { id: true }, // only the columns a query asks for
  description: 'Speech attributed to a speaker, or (act BELIEF) a belief held. Offsets index `Article.text`.',
  fields: (t) => ({
    kind: t.expose('kind', { type: QuoteKindEnum, description: 'DIRECT, INDIRECT or MIXED' }),
    act: t.expose('act', { type: QuoteActEnum, description: 'SPEECH, or a BELIEF held (listed only when `acts` asks for beliefs)' }),
    text: t.exposeString('text', { description: 'The content: the words said (for DIRECT, inside the quote marks), its `parts` joined' }),
    start: t.exposeInt('start', { description: 'Where the content starts in the article text (its first part)' }),
    end: t.exposeInt('end', { description: 'Where the content ends (exclusive, its last part)' }),
    confidence: t.exposeFloat('confidence', {
      description:
        'How sure the extractor is that this is speech by this speaker (0..1, from the cue, the speaker evidence and quote marks); filter with minConfidence',
    }),
    position: t.exposeInt('position', { description: 'Order of the quote in its article' }),
    cue: t.exposeString('cue', { nullable: true, description: 'The cue ("said", "according to"), when there is one' }),
  }),
});

// Where its cue and its words stand in the article text.
builder.prismaObjectFields(Quote, (t) => ({
  cueSpan: t.field({
    type: TextSpan,
    nullable: true,
    description: 'Where the cue stands',
    select: { cue: true, cueStart: true, cueEnd: true },
    resolve: (q) => (q.cue !== null && q.cueStart !== null && q.cueEnd !== null ? { text: q.cue, start: q.cueStart, end: q.cueEnd } : null),
  }),
  quoted: t.field({
    type: [TextSpan],
    description: 'The verbatim words inside quote marks (all of a DIRECT quote; the quoted fragments of a MIXED one)',
    select: { quoted: true },
    resolve: (q) => q.quoted as unknown as Span[],
  }),
  parts: t.field({
    type: [TextSpan],
    description: 'The pieces of the content without an interrupting attribution (“A,” she said, “B.” → A and B); one piece when uninterrupted',
    select: { parts: true, start: true, end: true, text: true },
    resolve: (q) => {
      const parts = q.parts as unknown as Span[];
      return parts.length ? parts : [{ start: q.start, end: q.end, text: q.text }];
    },
  }),
}));

// Who said it, what it is about and where it comes from.
builder.prismaObjectFields(Quote, (t) => ({
  speaker: t.relation('speaker', { nullable: true, description: 'Who said it, resolved ("he" → Ali Shamkhani)' }),
  speakerMention: t.relation('speakerMention', {
    nullable: true,
    description: 'The words naming the speaker in this passage ("he", "Shamkhani", "The two")',
  }),
  about: t.relation('about', { description: 'The entities it is about', query: { orderBy: { canonicalName: 'asc' } } }),
  article: t.relation('article', { description: 'The article it comes from' }),
  statements: t.relation('statements', { description: 'The statements it sits in', query: { orderBy: { position: 'asc' } } }),
}));

export const QuoteConnection = connectionOf(Quote, 'Quote', 'quotes');

/** The `acts` argument of every field that lists or counts quotes: speech unless beliefs are asked for. */
export const actsArgs = builder.args((t) => ({
  acts: t.field({
    type: [QuoteActEnum],
    required: false,
    defaultValue: ['SPEECH'],
    description: 'Which acts: speech (the default), beliefs held ([BELIEF]) or both ([SPEECH, BELIEF])',
  }),
}));

/** The `kind` and `minConfidence` arguments of every field that lists quotes. */
export const kindAndConfidenceArgs = builder.args((t) => ({
  kind: t.field({ type: QuoteKindEnum, required: false, description: 'Only quotes of this kind' }),
  minConfidence: t.float({ required: false, description: 'Only quotes at least this sure (0..1, see Quote.confidence)' }),
}));

const filterArgs = builder.args((t) => ({
  speaker: t.string({ required: false, description: 'Only quotes by this entity (name, alias or ID)' }),
  about: t.stringList({ required: false, description: 'Only quotes about all of these entities (names, aliases or IDs)' }),
  ...kindAndConfidenceArgs,
  article: t.id({ required: false, description: 'Only from this article' }),
  publication: t.string({ required: false, description: 'Only from this publication (case-insensitive)' }),
  from: t.field({ type: 'DateTime', required: false, description: 'Only from articles published at or after' }),
  to: t.field({ type: 'DateTime', required: false, description: 'Only from articles published at or before' }),
  text: t.string({ required: false, description: 'Full-text search in the quote (web-search syntax: "exact phrase", -not, or)' }),
  ...actsArgs,
}));

builder.queryField('quotes', (t) =>
  t.prismaConnection(
    {
      ...pageOptions,
      type: Quote,
      cursor: 'id',
      description: 'Quotes, in article import order then document order. "Quotes by Shamkhani about Astana": quotes(speaker: "Shamkhani", about: ["Astana"]).',
      args: { ...filterArgs, orderBy: t.arg({ type: QuoteOrderEnum, defaultValue: 'DOCUMENT', description: 'Sort order' }) },
      resolve: async (query, _root, args, ctx) => {
        const order = args.orderBy ?? 'DOCUMENT';
        if (!pagedInSql(args, query, order === 'DOCUMENT')) {
          return ctx.db.quote.findMany({ ...query, where: quoteWhere(args, ctx.names), orderBy: QUOTE_ORDERS[order] });
        }
        return loadTextPage(ctx.db, quoteListing(args, ctx.names, order), query, (page) => ctx.db.quote.findMany(page));
      },
      totalCount: (_parent, args, ctx) =>
        args.text
          ? textCount(ctx.db, quoteListing({ ...args, text: args.text }, ctx.names, 'DOCUMENT'))
          : ctx.db.quote.count({ where: quoteWhere(args, ctx.names) }),
    },
    QuoteConnection,
  ),
);

import { relatedCounts } from '../queries/aggregates.js';
import { type Acts, actsKey, actsOf, actWhere, SPEECH } from '../queries/acts.js';
import { entityIdMatch, quoteWhere, type QuoteFilter } from '../queries/filters.js';
import { nameKey } from '../names.js';
import { entitiesByCount } from '../queries/entity-pages.js';
import { loadTextPage } from '../queries/text-pages.js';
import { builder, type Context } from './builder.js';
import { ArticleConnection } from './article.js';
import { MentionConnection } from './mention.js';
import { connectionOf, pageOptions, relationPageOptions } from './pagination.js';
import { actsArgs, kindAndConfidenceArgs, QuoteConnection, QUOTE_ORDERS } from './quote.js';
import type { Prisma } from '../generated/prisma/client.js';
import { StatementConnection } from './statement.js';
import { EntityTypeEnum } from './scalars.js';
import { CoMentionScopeEnum, countedEntities, countLimit, EntityCount } from './entity-count.js';

// QUOTES_GIVEN and MENTIONS rank by counts kept on the row, walked in indexes on the negated count
// that Prisma cannot order by: their pages come from SQL (entity-pages.ts).
const ENTITY_ORDERS = {
  NAME: [{ canonicalName: 'asc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.EntityOrderByWithRelationInput[]>;
const QUOTE_ORDER = QUOTE_ORDERS.DOCUMENT;
const isSpeechAlone = (acts: Acts) => actsKey(acts) === actsKey(SPEECH);

const EntityOrderEnum = builder.enumType('EntityOrder', {
  description: 'How `entities` are sorted.',
  values: {
    NAME: { description: 'By canonical name, A to Z' },
    QUOTES_GIVEN: { description: 'Most quotes given (speech) first, then by name' },
    MENTIONS: { description: 'Most mentioned first, then by name' },
  } as const,
});

export const Entity = builder.prismaNode('Entity', {
  nullable: true, // a deleted or never-existing row is null in node(id:), not an error
  id: { field: 'id' },
  select: { id: true }, // only the columns a query asks for
  description: 'A person, organization or location, shared by every article that refers to it.',
  fields: (t) => ({
    type: t.expose('type', { type: EntityTypeEnum, description: 'Person, organization or location' }),
    canonicalName: t.exposeString('canonicalName', { description: 'The full name, without titles ("Ali Khamenei")' }),
    aliases: t.stringList({
      description: 'Every other name it goes by in the articles ("Shamkhani", "SNSC")',
      select: { canonicalName: true, aliases: { select: { name: true }, orderBy: { id: 'asc' } } },
      resolve: (e) => e.aliases.map((a) => a.name).filter((n) => n !== e.canonicalName),
    }),
    // Speech alone is the count kept on the row; other acts are counted from the quotes.
    quotesGivenCount: t.int({
      description: 'How many quotes it gave (speech unless `acts` asks for beliefs)',
      args: actsArgs,
      select: (args) => {
        const acts = actsOf(args.acts);
        if (isSpeechAlone(acts)) return { speechCount: true };
        return { _count: { select: { quotesSpoken: { where: actWhere(acts) } } } };
      },
      // Read by the argument, not by which keys are present: another alias may have selected either.
      resolve: (e, args) => (isSpeechAlone(actsOf(args.acts)) ? e.speechCount : (e as { _count: { quotesSpoken: number } })._count.quotesSpoken),
    }),
    quotedAboutCount: t.relationCount('quotesAbout', {
      description: 'How many quotes are about it (speech unless `acts` asks for beliefs)',
      args: actsArgs,
      where: (args) => actWhere(actsOf(args.acts)),
    }),
    mentionCount: t.exposeInt('mentionCount', { description: 'How many times the articles refer to it' }),
  }),
});

// The filters of the lists of its quotes: the other entities they are all about, their kind, confidence and acts.
const aboutOthersArgs = builder.args((t) => ({
  about: t.stringList({ required: false, description: 'Only quotes about all of these entities' }),
  ...kindAndConfidenceArgs,
  ...actsArgs,
}));

const inDocumentOrder = (args: QuoteFilter, ctx: Context) => ({ where: quoteWhere(args, ctx.names), orderBy: QUOTE_ORDER });

// The quotes it gave and those about it, each list by article then document order.
builder.prismaObjectFields(Entity, (t) => ({
  quotesBy: t.relatedConnection(
    'quotesSpoken',
    {
      ...relationPageOptions,
      description: 'Quotes it gave, by article then document order',
      args: aboutOthersArgs,
      query: inDocumentOrder,
    },
    QuoteConnection,
  ),
  quotesAbout: t.relatedConnection(
    'quotesAbout',
    {
      ...relationPageOptions,
      description: 'Quotes about it, by article then document order',
      args: {
        speaker: t.arg.string({ required: false, description: 'Only quotes by this entity' }),
        ...kindAndConfidenceArgs,
        ...actsArgs,
      },
      query: inDocumentOrder,
    },
    QuoteConnection,
  ),
  quotes: t.prismaConnection(
    {
      ...pageOptions,
      type: 'Quote',
      cursor: 'id',
      description: 'Quotes by it or about it, by article then document order',
      args: aboutOthersArgs,
      resolve: (query, entity, args, ctx) => ctx.db.quote.findMany({ ...query, where: byOrAbout(entity.id, args, ctx), orderBy: QUOTE_ORDER }),
      totalCount: (entity, args, ctx) => ctx.db.quote.count({ where: byOrAbout(entity.id, args, ctx) }),
    },
    QuoteConnection,
  ),
}));

// Where the articles refer to it: statements about it, its mentions, the articles themselves.
builder.prismaObjectFields(Entity, (t) => ({
  statementsAbout: t.relatedConnection(
    'statementsAbout',
    {
      ...relationPageOptions,
      description: 'Statements about it, by article then document order',
      query: () => ({ orderBy: [{ articleId: 'asc' }, { position: 'asc' }] }),
    },
    StatementConnection,
  ),
  mentions: t.relatedConnection(
    'mentions',
    {
      ...relationPageOptions,
      description: 'Every reference to it, by article then position',
      query: () => ({ orderBy: [{ articleId: 'asc' }, { start: 'asc' }] }),
    },
    MentionConnection,
  ),
  articles: t.prismaConnection(
    {
      ...pageOptions,
      type: 'Article',
      cursor: 'id',
      description: 'Articles that refer to it, newest import first',
      resolve: (query, entity, _args, ctx) =>
        ctx.db.article.findMany({ ...query, where: { mentions: { some: { entityId: entity.id } } }, orderBy: { id: 'desc' } }),
      totalCount: (entity, _args, ctx) => ctx.db.article.count({ where: { mentions: { some: { entityId: entity.id } } } }),
    },
    ArticleConnection,
  ),
}));

// Other entities ranked by what they share with it.
builder.prismaObjectFields(Entity, (t) => ({
  speakersAbout: t.field({
    type: [EntityCount],
    description: 'Who talks about it: speakers ranked by how many of their quotes (speech unless `acts` asks for beliefs) are about it',
    args: { first: t.arg.int({ defaultValue: 10, description: 'How many speakers' }), ...actsArgs },
    complexity: (args) => ({ field: 2, multiplier: args.first ?? 10 }),
    resolve: async (entity, args, ctx) => {
      const acts = actsOf(args.acts);
      const key = { relation: 'SPEAKERS_ABOUT', entityId: entity.id, limit: countLimit(args.first, ctx), acts } as const;
      // Speech keeps the scope it always had, so clients' cached ids of speech counts stay valid.
      const which = actsKey(acts);
      const scope = which === 'SPEECH' ? 'speakersAbout' : `speakersAbout:${which}`;
      return countedEntities(`${scope}:${entity.id}`, await relatedCounts(ctx.db, ctx, key));
    },
  }),
  appearsWith: t.field({
    type: [EntityCount],
    description: 'Entities that appear with it, ranked by shared articles (or statements)',
    args: {
      by: t.arg({ type: CoMentionScopeEnum, defaultValue: 'ARTICLES', description: 'Count shared articles or shared statements' }),
      first: t.arg.int({ defaultValue: 10, description: 'How many entities' }),
    },
    complexity: (args) => ({ field: 2, multiplier: args.first ?? 10 }),
    resolve: async (entity, args, ctx) => {
      const by = args.by ?? 'ARTICLES';
      const key = { relation: `APPEARS_WITH_${by}`, entityId: entity.id, limit: countLimit(args.first, ctx) } as const;
      return countedEntities(`appearsWith:${by}:${entity.id}`, await relatedCounts(ctx.db, ctx, key));
    },
  }),
}));

function byOrAbout(entityId: number, args: QuoteFilter, ctx: Context) {
  return { AND: [{ OR: [{ speakerId: entityId }, { about: { some: { id: entityId } } }] }, quoteWhere(args, ctx.names)] };
}

const EntityConnection = connectionOf(Entity, 'Entity', 'entities');

builder.queryField('entities', (t) =>
  t.prismaConnection(
    {
      ...pageOptions,
      type: Entity,
      cursor: 'id',
      description: 'Entities by canonical name (A to Z) unless `orderBy` says otherwise.',
      args: {
        orderBy: t.arg({ type: EntityOrderEnum, defaultValue: 'NAME', description: 'Sort order' }),
        name: t.arg.string({ required: false, description: 'Exactly this name or alias (any case)' }),
        prefix: t.arg.string({ required: false, description: 'A name or alias starting with this (any case)' }),
        type: t.arg({ type: EntityTypeEnum, required: false, description: 'Only entities of this type' }),
        appearsWith: t.arg.string({ required: false, description: 'Only entities mentioned in an article with this one' }),
      },
      resolve: (query, _root, args, ctx) => {
        const order = args.orderBy ?? 'NAME';
        if (order !== 'NAME') return loadTextPage(ctx.db, entitiesByCount(args, ctx.names, order), query, (page) => ctx.db.entity.findMany(page));
        return ctx.db.entity.findMany({ ...query, where: entitiesWhere(args, ctx), orderBy: ENTITY_ORDERS[order] });
      },
      totalCount: (_parent, args, ctx) => ctx.db.entity.count({ where: entitiesWhere(args, ctx) }),
    },
    EntityConnection,
  ),
);

function entitiesWhere(args: { name?: string | null; prefix?: string | null; type?: string | null; appearsWith?: string | null }, ctx: Context) {
  const and: object[] = [];
  // A list filter: exactly this name or alias, never a near miss.
  if (args.name) and.push({ aliases: { some: { key: nameKey(args.name) } } });
  if (args.prefix) and.push({ aliases: { some: { key: { startsWith: nameKey(args.prefix) } } } });
  if (args.type) and.push({ type: args.type });
  if (args.appearsWith) {
    const other = entityIdMatch(ctx.names, args.appearsWith, 'appearsWith');
    and.push({ mentions: { some: { article: { mentions: { some: { entityId: other } } } } } }, { NOT: { id: other } });
  }
  return { AND: and };
}

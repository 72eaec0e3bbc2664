import { actsOf, actWhere } from '../queries/acts.js';
import { statementWhere } from '../queries/filters.js';
import { aboutWalk, statementsAboutIds } from '../queries/statements-about.js';
import { loadPageOfIds, loadTextPage, pagedInSql, textCount } from '../queries/text-pages.js';
import { statementListing } from '../queries/text-listings.js';
import { builder } from './builder.js';
import { connectionOf, pageOptions } from './pagination.js';
import { actsArgs } from './quote.js';

const STATEMENT_ORDER = [{ articleId: 'asc' }, { position: 'asc' }] as const;

export const Statement = builder.prismaNode('Statement', {
  nullable: true, // a deleted or never-existing row is null in node(id:), not an error
  id: { field: 'id' },
  select: { id: true }, // only the columns a query asks for
  description: 'A sentence-level claim of an article, with the entities it is about.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The sentence' }),
    start: t.exposeInt('start', { description: 'Where it starts in the article text' }),
    end: t.exposeInt('end', { description: 'Where it ends (exclusive)' }),
    position: t.exposeInt('position', { description: 'Order of the statement in its article' }),
    about: t.relation('about', { description: 'The entities it is about', query: { orderBy: { canonicalName: 'asc' } } }),
    quotes: t.relation('quotes', {
      description: 'The quotes that sit in it (speech unless `acts` asks for beliefs)',
      args: actsArgs,
      query: (args) => ({ where: actWhere(actsOf(args.acts)), orderBy: { position: 'asc' } }),
    }),
    article: t.relation('article', { description: 'The article it comes from' }),
  }),
});

export const StatementConnection = connectionOf(Statement, 'Statement', 'statements');

builder.queryField('statements', (t) =>
  t.prismaConnection(
    {
      ...pageOptions,
      type: Statement,
      cursor: 'id',
      description: 'Statements, in article import order then document order.',
      args: {
        speaker: t.arg.string({ required: false, description: 'Only statements holding a quote (speech) by this entity' }),
        about: t.arg.stringList({ required: false, description: 'Only statements about all of these entities (names, aliases or IDs)' }),
        article: t.arg.id({ required: false, description: 'Only from this article' }),
        publication: t.arg.string({ required: false, description: 'Only from this publication (case-insensitive)' }),
        from: t.arg({ type: 'DateTime', required: false, description: 'Only from articles published at or after' }),
        to: t.arg({ type: 'DateTime', required: false, description: 'Only from articles published at or before' }),
        text: t.arg.string({ required: false, description: 'Full-text search in the statement (web-search syntax)' }),
      },
      resolve: async (query, _root, args, ctx) => {
        const about = aboutWalk(args, query, ctx.names);
        if (about)
          return loadPageOfIds(
            query,
            (page) => statementsAboutIds(ctx.db, about, page),
            (page) => ctx.db.statement.findMany(page),
          );
        if (!pagedInSql(args, query)) return ctx.db.statement.findMany({ ...query, where: statementWhere(args, ctx.names), orderBy: [...STATEMENT_ORDER] });
        return loadTextPage(ctx.db, statementListing(args, ctx.names), query, (page) => ctx.db.statement.findMany(page));
      },
      totalCount: (_parent, args, ctx) =>
        args.text
          ? textCount(ctx.db, statementListing({ ...args, text: args.text }, ctx.names))
          : ctx.db.statement.count({ where: statementWhere(args, ctx.names) }),
    },
    StatementConnection,
  ),
);

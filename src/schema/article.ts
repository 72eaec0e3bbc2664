import { builder } from './builder.js';

export const Article = builder.prismaObject('Article', {
  description: 'An imported news article.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    title: t.exposeString('title'),
  }),
});

builder.queryField('articles', (t) =>
  t.prismaField({
    type: [Article],
    description: 'All articles, newest import first.',
    resolve: (query, _root, _args, ctx) => ctx.db.article.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
);

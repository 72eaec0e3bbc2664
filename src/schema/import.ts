// Mutations: import and delete articles. They need the API token; without one configured they
// are disabled, and say so.
import { GraphQLError } from 'graphql';
import { deleteArticle } from '../import/delete.js';
import { ImportError } from '../import/article-input.js';
import { storeUnlessStored } from '../import/store.js';
import { requireId } from '../queries/filters.js';
import { Article } from './article.js';
import { builder, type Context } from './builder.js';

function requireMutationAccess(ctx: Context): void {
  if (ctx.mutationAccess === 'DISABLED') {
    throw new GraphQLError('Mutations are disabled: the server has no API_TOKEN configured', { extensions: { code: 'MUTATIONS_DISABLED' } });
  }
  if (ctx.mutationAccess === 'DENIED') {
    throw new GraphQLError('Mutations need the header "Authorization: Bearer <API_TOKEN>" with the right token', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
}

const ImportArticleInput = builder.inputType('ImportArticleInput', {
  description: 'An article to import: its text, and what the text does not say itself.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article: a PressReader export, or plain text (first line the title)' }),
    title: t.string({ required: false, description: 'The headline, when `text` is only the body' }),
    publication: t.string({ required: false, description: 'The newspaper or outlet' }),
    url: t.string({ required: false, description: 'Where it was published (http or https)' }),
    publishedAt: t.field({ type: 'DateTime', required: false, description: 'When it was published' }),
    language: t.string({ required: false, description: 'Language code, e.g. "en"' }),
  }),
});

const ImportStatusEnum = builder.enumType('ImportStatus', {
  description: 'What an import did.',
  values: { CREATED: { description: 'A new article' }, UNCHANGED: { description: 'The same content was already there' } } as const,
});

const ImportArticleSuccess = builder.objectRef<{ status: 'CREATED' | 'UNCHANGED'; articleId: number }>('ImportArticleSuccess').implement({
  description: 'The imported article, new or already present.',
  fields: (t) => ({
    status: t.field({ type: ImportStatusEnum, description: 'Created, or already present', resolve: (r) => r.status }),
    created: t.boolean({ description: 'True when the article is new', resolve: (r) => r.status === 'CREATED' }),
    article: t.prismaField({
      type: Article,
      description: 'The article',
      resolve: (query, r, _args, ctx) => ctx.db.article.findUniqueOrThrow({ ...query, where: { id: r.articleId } }),
    }),
  }),
});

const ValidationError = builder.objectRef<{ field: string; message: string }>('ValidationError').implement({
  description: 'Input that cannot be imported: which field, and why.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field at fault ("text", "url", ...)' }),
    message: t.exposeString('message', { description: 'What is wrong with it' }),
  }),
});

const ImportArticleResult = builder.unionType('ImportArticleResult', {
  description: 'The imported article, or why it could not be imported.',
  types: [ImportArticleSuccess, ValidationError],
  resolveType: (r) => ('field' in r ? ValidationError : ImportArticleSuccess),
});

const DeleteArticleSuccess = builder.objectRef<{ deletedId: string; removedEntities: number }>('DeleteArticleSuccess').implement({
  description: 'The article was deleted with everything extracted from it.',
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { description: 'The global ID of the deleted article' }),
    removedEntities: t.exposeInt('removedEntities', { description: 'Entities no other article referred to, removed with it' }),
  }),
});

const NotFoundError = builder.objectRef<{ id: string; message: string }>('NotFoundError').implement({
  description: 'Nothing has this ID.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The ID asked for' }),
    message: t.exposeString('message', { description: 'What was not found' }),
  }),
});

const DeleteArticleResult = builder.unionType('DeleteArticleResult', {
  description: 'The deletion, or why nothing was deleted.',
  types: [DeleteArticleSuccess, NotFoundError],
  resolveType: (r) => ('message' in r ? NotFoundError : DeleteArticleSuccess),
});

builder.mutationType({ description: 'Changes to the knowledge base. They need `Authorization: Bearer <API_TOKEN>`.' });

builder.mutationField('importArticle', (t) =>
  t.field({
    type: ImportArticleResult,
    description: 'Imports an article exactly as the seed command does: same parsing, extraction and transaction; the same content twice changes nothing.',
    args: { input: t.arg({ type: ImportArticleInput, required: true, description: 'The article' }) },
    resolve: async (_root, { input }, ctx) => {
      requireMutationAccess(ctx);
      try {
        // Extraction runs in the worker pool, so a long article does not stall other requests.
        const article = { ...input, sourceName: input.url ?? 'graphql' };
        return await storeUnlessStored(ctx.db, article, () => ctx.extractPool.prepare(article));
      } catch (e) {
        if (e instanceof ImportError) return { field: e.field, message: e.reason };
        throw e;
      }
    },
  }),
);

builder.mutationField('deleteArticle', (t) =>
  t.field({
    type: DeleteArticleResult,
    description: 'Deletes an article and what was extracted from it; entities other articles still use stay.',
    args: { id: t.arg.id({ required: true, description: 'The article’s global ID' }) },
    resolve: async (_root, args, ctx) => {
      requireMutationAccess(ctx);
      const id = String(args.id);
      const result = await deleteArticle(ctx.db, requireId(id, 'Article', 'id'));
      return result.deleted ? { deletedId: id, removedEntities: result.removedEntities } : { id, message: `No article has the ID ${id}` };
    },
  }),
);

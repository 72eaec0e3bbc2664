// Turns the API's filter arguments into Prisma `where` clauses. An entity is named by its
// canonical name, any alias (in any case) or its global ID; several `about` entities must all be
// present. Everything but free text is a plain relation filter, so nested connections can use it.
import { GraphQLError } from 'graphql';
import type { Prisma, QuoteKind } from '../generated/prisma/client.js';
import { nameKey } from '../names.js';
import { decodeRowGlobalId } from '../schema/global-id.js';

export interface ArticleScope {
  /** a global ID (GraphQL ID arguments arrive as strings or numbers) */
  article?: string | number | null;
  publication?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface StatementFilter extends ArticleScope {
  speaker?: string | null;
  about?: readonly string[] | null;
}

export interface QuoteFilter extends StatementFilter {
  kind?: QuoteKind | null;
}

/** The database id inside a global ID of the given type, or null when `value` is not one. */
export function idOf(value: string, typename: string): number | null {
  try {
    const { typename: t, id } = decodeRowGlobalId(value);
    const n = Number(id);
    return t === typename && Number.isInteger(n) ? n : null;
  } catch {
    return null;
  }
}

export function requireId(value: string, typename: string, argument: string): number {
  const id = idOf(value, typename);
  if (id === null) throw new GraphQLError(`${argument}: "${value}" is not the ID of a${/^[AEIOU]/u.test(typename) ? 'n' : ''} ${typename}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  return id;
}

/** The entity a name, an alias or a global ID stands for. */
export function entityMatch(value: string): Prisma.EntityWhereInput {
  const id = idOf(value, 'Entity');
  return id === null ? { aliases: { some: { key: nameKey(value) } } } : { id };
}

export function articleWhere(scope: ArticleScope): Prisma.ArticleWhereInput {
  const where: Prisma.ArticleWhereInput = {};
  if (scope.article != null) where.id = requireId(String(scope.article), 'Article', 'article');
  if (scope.publication) where.publication = { equals: scope.publication, mode: 'insensitive' };
  if (scope.from || scope.to) where.publishedAt = { ...(scope.from ? { gte: scope.from } : {}), ...(scope.to ? { lte: scope.to } : {}) };
  return where;
}

export function statementWhere(f: StatementFilter): Prisma.StatementWhereInput {
  const and: Prisma.StatementWhereInput[] = [{ article: articleWhere(f) }];
  for (const name of f.about ?? []) and.push({ about: { some: entityMatch(name) } });
  if (f.speaker) and.push({ quotes: { some: { speaker: entityMatch(f.speaker) } } });
  return { AND: and };
}

export function quoteWhere(f: QuoteFilter): Prisma.QuoteWhereInput {
  const and: Prisma.QuoteWhereInput[] = [{ article: articleWhere(f) }];
  for (const name of f.about ?? []) and.push({ about: { some: entityMatch(name) } });
  if (f.speaker) and.push({ speaker: entityMatch(f.speaker) });
  if (f.kind) and.push({ kind: f.kind });
  return { AND: and };
}

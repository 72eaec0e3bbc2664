// Turns the API's filter arguments into Prisma `where` clauses. An entity is named by its
// canonical name, any alias (in any case), a near miss, or its global ID, resolved to an id before
// execution (EntityNames); several `about` entities must all be present. Everything but free text is
// a plain column or relation filter on ids, so nested connections can use it.
import { GraphQLError } from 'graphql';
import type { Prisma, QuoteAct, QuoteKind } from '../generated/prisma/client.js';
import { parseRowGlobalId } from '../schema/global-id.js';
import { actsOf, actWhere, SPEECH } from './acts.js';
import type { EntityNames } from './entity-names.js';

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
  minConfidence?: number | null;
  /** The `acts` argument, as given (resolved by `actsOf`) */
  acts?: readonly QuoteAct[] | null;
}

/** The database id inside a global ID of the given type, or null when `value` is not one. */
export function idOf(value: string, typename: string): number | null {
  const decoded = parseRowGlobalId(value);
  return decoded?.typename === typename ? Number(decoded.id) : null;
}

export function requireId(value: string, typename: string, argument: string): number {
  const id = idOf(value, typename);
  if (id === null)
    throw new GraphQLError(`${argument}: "${value}" is not the ID of a${/^[AEIOU]/u.test(typename) ? 'n' : ''} ${typename}`, {
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  return id;
}

const NOTHING = { in: [] as number[] };

/** The id filter for the entity a name argument stands for (matches nothing when none does). */
export function entityIdMatch(names: EntityNames, value: string, argument: string) {
  return names.idOf(value, argument) ?? NOTHING;
}

export function articleWhere(scope: ArticleScope): Prisma.ArticleWhereInput {
  const where: Prisma.ArticleWhereInput = {};
  if (scope.article != null) where.id = requireId(String(scope.article), 'Article', 'article');
  // Prisma compares `equals` with `mode: 'insensitive'` by ILIKE: percent signs, underscores and
  // backslashes in the name are escaped so they match themselves (a trailing backslash was a server
  // error, "%" matched every publication).
  if (scope.publication) where.publication = { equals: scope.publication.replace(/[\\%_]/gu, '\\$&'), mode: 'insensitive' };
  if (scope.from || scope.to) where.publishedAt = { ...(scope.from ? { gte: scope.from } : {}), ...(scope.to ? { lte: scope.to } : {}) };
  return where;
}

export function statementWhere(f: StatementFilter, names: EntityNames): Prisma.StatementWhereInput {
  const and: Prisma.StatementWhereInput[] = [];
  const article = articleWhere(f);
  if (Object.keys(article).length) and.push({ article });
  for (const name of f.about ?? []) and.push({ about: { some: { id: entityIdMatch(names, name, 'about') } } });
  // A statement holding a belief held by the speaker is not one holding a quote by them.
  if (f.speaker) and.push({ quotes: { some: { speakerId: entityIdMatch(names, f.speaker, 'speaker'), ...actWhere(SPEECH) } } });
  return { AND: and };
}

export function quoteWhere(f: QuoteFilter, names: EntityNames): Prisma.QuoteWhereInput {
  const and: Prisma.QuoteWhereInput[] = [];
  const article = articleWhere(f);
  if (Object.keys(article).length) and.push({ article });
  for (const name of f.about ?? []) and.push({ about: { some: { id: entityIdMatch(names, name, 'about') } } });
  if (f.speaker) and.push({ speakerId: entityIdMatch(names, f.speaker, 'speaker') });
  if (f.kind) and.push({ kind: f.kind });
  if (f.minConfidence != null) and.push({ confidence: { gte: f.minConfidence } });
  const act = actWhere(actsOf(f.acts));
  if (act.act) and.push(act);
  return { AND: and };
}

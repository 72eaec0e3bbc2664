// An entity with a count, as the ranked lists of an entity give it (`speakersAbout`, `appearsWith`),
// and what two entities must share to appear together.
import { GraphQLError } from 'graphql';
import { builder } from './builder.js';

export const CoMentionScopeEnum = builder.enumType('CoMentionScope', {
  description: 'What two entities must share to count as appearing together.',
  values: { ARTICLES: { description: 'An article' }, STATEMENTS: { description: 'A statement' } } as const,
});

interface Counted {
  /** What was counted, for whom: `speakersAbout:<entity id>`, `appearsWith:ARTICLES:<entity id>`. */
  scope: string;
  entity: { id: number };
  count: number;
}

export const EntityCount = builder.objectRef<Counted>('EntityCount').implement({
  description: 'An entity with a count (quotes, shared articles or statements).',
  fields: (t) => ({
    id: t.id({
      description: 'Stable key for normalised client caches: the relation, the entity it belongs to, and the entity counted (not a Node ID)',
      resolve: (c) => Buffer.from(`EntityCount:${c.scope}:${c.entity.id}`).toString('base64url'),
    }),
    entity: t.prismaField({
      type: 'Entity',
      description: 'The entity counted',
      resolve: (query, parent, _args, ctx) => ctx.db.entity.findUniqueOrThrow({ ...query, where: { id: parent.entity.id } }),
    }),
    count: t.exposeInt('count', { description: 'The count' }),
  }),
});

/** How many entities a ranked list asks for (`first`, 10 if not given), within MAX_PAGE_SIZE. */
export function countLimit(first: number | null | undefined, ctx: { config: { MAX_PAGE_SIZE: number } }): number {
  const n = first ?? 10;
  if (n < 0 || n > ctx.config.MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${ctx.config.MAX_PAGE_SIZE} (MAX_PAGE_SIZE)`, { extensions: { code: 'PAGE_SIZE_EXCEEDED' } });
  }
  return n;
}

/** The rows of a count query as the entities counted in `scope`. */
export function countedEntities(scope: string, rows: Array<{ entityId: number; count: number }>): Counted[] {
  return rows.map((r) => ({ scope, entity: { id: r.entityId }, count: r.count }));
}

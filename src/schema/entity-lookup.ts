// Looking an entity up by what people type: exact names and aliases, else trigram similarity;
// an ambiguous name answers with its candidates.
import type { Entity, EntityType } from '../generated/prisma/client.js';
import type { Candidate } from '../queries/entity-lookup.js';
import { ambiguous } from '../queries/entity-names.js';
import { idOf } from '../queries/filters.js';
import { builder } from './builder.js';
import { Entity as EntityNode } from './entity.js';
import { EntityTypeEnum } from './scalars.js';

const EntityCandidate = builder.objectRef<Candidate>('EntityCandidate').implement({
  description: 'An entity a name may mean, with how closely one of its names matches.',
  fields: (t) => ({
    entity: t.prismaField({
      type: 'Entity',
      description: 'The entity',
      resolve: (query, c, _args, ctx) => ctx.db.entity.findUniqueOrThrow({ ...query, where: { id: c.entityId } }),
    }),
    matchedName: t.exposeString('alias', { description: 'The name or alias that matched' }),
    similarity: t.exposeFloat('similarity', { description: '1 for an exact match; trigram similarity otherwise' }),
  }),
});

interface LookupResult {
  entityId: number | null;
  candidates: Candidate[];
}

const EntityLookup = builder.objectRef<LookupResult>('EntityLookup').implement({
  description: 'The entity a name means, or the candidates when the name does not decide.',
  fields: (t) => ({
    entity: t.prismaField({
      type: 'Entity',
      nullable: true,
      description: 'The entity, when exactly one matches (exactly, or clearly best by similarity)',
      resolve: (query, r, _args, ctx) => (r.entityId === null ? null : ctx.db.entity.findUnique({ ...query, where: { id: r.entityId } })),
    }),
    candidates: t.field({ type: [EntityCandidate], description: 'The entities it may mean, best first, when ambiguous', resolve: (r) => r.candidates }),
  }),
});

/** Whether a Pothos prisma query selects the id alone (no other column, relation or count). */
function selectsOnlyId(query: { select?: Record<string, unknown>; include?: unknown }): boolean {
  return !query.include && query.select !== undefined && Object.keys(query.select).every((key) => key === 'id');
}

const entityArgs = builder.args((t) => ({
  name: t.string({ required: true, description: 'A canonical name or alias, any case; near misses are matched by similarity' }),
  type: t.field({ type: EntityTypeEnum, required: false, description: 'Only an entity of this type' }),
}));

builder.queryField('entity', (t) =>
  t.prismaField({
    type: EntityNode,
    nullable: true,
    description:
      'The entity a name means: exact name or alias first (any case), else the clearly closest name ("Shamkani" finds Ali Shamkhani). ' +
      'An ambiguous name is an error listing the candidates (see `entityLookup`).',
    args: entityArgs,
    resolve: async (query, _root, args, ctx) => {
      const type = args.type as EntityType | null;
      await ctx.names.load([args.name], type);
      const found = ctx.names.lookup(args.name, type);
      if (found.kind === 'FOUND') {
        // A name (not an ID) was found in the database by this request: a selection of nothing but the id
        // (speakersAbout, appearsWith, connections keyed by it) needs no second read of the row.
        if (idOf(args.name, 'Entity') === null && selectsOnlyId(query)) return { id: found.entityId } as Entity;
        return ctx.db.entity.findUnique({ ...query, where: { id: found.entityId } });
      }
      if (found.kind === 'NONE') return null;
      throw ambiguous(args.name, found);
    },
  }),
);

builder.queryField('entityLookup', (t) =>
  t.field({
    type: EntityLookup,
    description: 'Like `entity`, but answers an ambiguous name with its candidates instead of an error.',
    args: entityArgs,
    resolve: async (_root, args, ctx) => {
      const type = args.type as EntityType | null;
      await ctx.names.load([args.name], type);
      const found = ctx.names.lookup(args.name, type);
      return found.kind === 'FOUND' ? { entityId: found.entityId, candidates: [] } : { entityId: null, candidates: found.candidates };
    },
  }),
);

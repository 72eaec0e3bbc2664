// The Pothos builder: plugins, context and scalar types only. GraphQL types live one per file
// next to this one, each with its root fields.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { ExtractPool } from '../import/extract-pool.js';
import type { EntityNames } from '../queries/entity-names.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import { decodeRowGlobalId } from './global-id.js';

/** Whether this request may run mutations: no token configured, a wrong one, or the right one. */
export type MutationAccess = 'DISABLED' | 'DENIED' | 'GRANTED';

export interface Context {
  db: Db;
  config: Config;
  mutationAccess: MutationAccess;
  extractPool: ExtractPool;
  /** Entity names of this request, resolved once (see name-prefetch.ts) */
  names: EntityNames;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date } };
}>({
  plugins: [ComplexityPlugin, RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    decodeGlobalID: decodeRowGlobalId,
    nodesOnConnection: { description: 'The items of this page' },
    cursorType: 'String',
    idFieldOptions: { description: 'Global ID, for `node(id:)` and client caches' },
    nodeTypeOptions: { description: 'An object with a global ID.' },
    nodeQueryOptions: { description: 'Any object by its global ID.', args: { id: { description: 'A global ID' } } },
    nodesQueryOptions: { description: 'Objects by their global IDs, in the order asked (null where none).', args: { ids: { description: 'Global IDs' } } },
    pageInfoTypeOptions: { description: 'Where a page stands in its connection.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, in its documented order, with cursors.' },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
    cursorFieldOptions: { description: 'Opaque cursor of this item, for `after` / `before`' },
    nodeFieldOptions: { description: 'The item' },
    edgesFieldOptions: { description: 'The items of this page, with cursors' },
    pageInfoFieldOptions: { description: 'Where this page stands' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page' },
    beforeArgOptions: { description: 'Items before this cursor (with `last`)' },
    afterArgOptions: { description: 'Items after this cursor (with `first`)' },
    firstArgOptions: { description: 'How many items from the start (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE)' },
    lastArgOptions: { description: 'How many items from the end (at most MAX_PAGE_SIZE)' },
  },
  complexity: {
    // Connections multiply their selections by the page size asked for (see pagination.ts); other
    // lists (an entity's aliases, a quote's `about`) are short, and the nodes of a page are counted once.
    defaultComplexity: 1,
    defaultListMultiplier: 1,
    limit: (ctx) => ({ complexity: ctx.config.MAX_COMPLEXITY, depth: ctx.config.MAX_DEPTH, breadth: ctx.config.MAX_COMPLEXITY }),
    complexityError: (kind, result) => {
      const [value, limit, setting] = {
        Depth: [result.depth, result.maxDepth, 'MAX_DEPTH'],
        Breadth: [result.breadth, result.maxBreadth, 'MAX_COMPLEXITY'],
        Complexity: [result.complexity, result.maxComplexity, 'MAX_COMPLEXITY'],
      }[kind];
      return new GraphQLError(`Query ${kind.toLowerCase()} ${value} exceeds the limit of ${limit} (${setting})`, {
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: kind.toLowerCase() },
      });
    },
  },
});

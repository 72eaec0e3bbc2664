// Page sizes shared by every connection: a default, and a maximum that is an error to exceed
// (a silent cut would hide rows from a client that asked for them).
import { GraphQLError } from 'graphql';
import { builder, type Context } from './builder.js';

type NodeRef = Parameters<typeof builder.connectionObject>[0]['type'];

interface PageArgs {
  first?: number | null;
  last?: number | null;
}

export function checkPageSize(args: PageArgs, ctx: Context): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value == null) continue;
    if (value < 0) throw new GraphQLError(`${name} must not be negative`, { extensions: { code: 'BAD_USER_INPUT', argument: name } });
    if (value > ctx.config.MAX_PAGE_SIZE) {
      throw new GraphQLError(`${name} is ${value}, more than the maximum page size of ${ctx.config.MAX_PAGE_SIZE} (MAX_PAGE_SIZE)`, {
        extensions: { code: 'PAGE_SIZE_EXCEEDED', argument: name, maxPageSize: ctx.config.MAX_PAGE_SIZE },
      });
    }
  }
}

/** Options every connection field takes: sizes from the configuration, cost by page size. */
export const pageOptions = {
  defaultSize: (_args: PageArgs, ctx: Context) => ctx.config.DEFAULT_PAGE_SIZE,
  // Called for every connection before it queries: the one place page sizes are checked.
  maxSize: (args: PageArgs, ctx: Context) => {
    checkPageSize(args, ctx);
    return ctx.config.MAX_PAGE_SIZE;
  },
  complexity: (args: PageArgs, ctx: Context) => ({ field: 1, multiplier: args.first ?? args.last ?? ctx.config.DEFAULT_PAGE_SIZE }),
};

/** Options of every connection along a relation: the page sizes above, rows paged by id, the count read with the page. */
export const relationPageOptions = { ...pageOptions, cursor: 'id', totalCount: true } as const;

/**
 * One connection type per node type (`QuoteConnection`, `QuoteEdge`), shared by every field that
 * pages through that type, so a client's fragment on it fits them all.
 */
export function connectionOf(type: NodeRef, typeName: string, what: string) {
  return builder.connectionObject(
    {
      type,
      name: `${typeName}Connection`,
      description: `A page of ${what}, in the order its field documents, with cursors.`,
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many items match the filters, on all pages',
          // The Prisma plugin puts the count on the connection, or a function that loads it.
          resolve: async (connection) => {
            const { totalCount } = connection as { totalCount?: number | (() => number | Promise<number>) };
            return (typeof totalCount === 'function' ? await totalCount() : totalCount) ?? 0;
          },
        }),
      }),
    },
    { name: `${typeName}Edge`, description: `One of ${what}, with its cursor.` },
  );
}

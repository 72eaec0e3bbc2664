// Page sizes shared by every connection: a default, and a maximum that is an error to exceed
// (a silent cut would hide rows from a client that asked for them).
import { GraphQLError } from 'graphql';
import type { Context } from './builder.js';

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

// Executes each operation with its request's abort signal in scope, so that the database queries
// of a client that disconnects are cancelled (see db/request-cancel.ts).
import type { Plugin } from 'graphql-yoga';
import { withRequestSignal } from './db/request-cancel.js';

export function useQueryCancellation(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const signal = (args.contextValue as { request?: Request }).request?.signal;
      if (signal) setExecuteFn((executionArgs) => withRequestSignal(signal, () => executeFn(executionArgs)));
    },
  };
}

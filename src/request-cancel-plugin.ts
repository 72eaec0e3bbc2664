// Executes each operation with its request's abort signal in scope, so that the database queries
// of a client that disconnects are cancelled (see db/request-cancel.ts), and bounds a query's
// execution by REQUEST_TIMEOUT_MS. The statement timeout bounds each SQL statement, not the work in
// JavaScript around them: 20 aliased `articles(first: 100) { nodes { text } }`, within every
// limit, answered 9 MB after 3.7 to 7.5 s at 1,000 articles, and a larger archive or longer texts
// take longer still. At the deadline the executor stops where it stands (it checks the signal
// between fields and no longer waits on a pending resolver), the SQL statement in flight is
// cancelled, and the query answers REQUEST_TIMEOUT. Mutations are left to their own bounds (an
// import's EXTRACT_TIMEOUT_MS): an import cut off halfway would be stored while the client is told
// it failed.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { withRequestSignal } from './db/request-cancel.js';
import { ClientGone, ErrorCode, clientError } from './errors.js';

/** A signal that aborts with ClientGone when the request's does: the statements cut short say why. */
function clientGone(request: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort(new ClientGone(request.reason));
  if (request.aborted) abort();
  else request.addEventListener('abort', abort, { once: true });
  return controller.signal;
}

export function useQueryCancellation(timeoutMs: number): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request?.signal;
      const requestSignal = request && clientGone(request);
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') {
        if (requestSignal) setExecuteFn((executionArgs) => withRequestSignal(requestSignal, () => executeFn(executionArgs)));
        return;
      }
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(overDeadline(timeoutMs)), timeoutMs);
      // The executor stops at the deadline only: a client that goes away stops the SQL, as before.
      (args as { signal?: AbortSignal }).signal = deadline.signal;
      const queries = requestSignal ? AbortSignal.any([requestSignal, deadline.signal]) : deadline.signal;
      setExecuteFn((executionArgs) => withRequestSignal(queries, () => executeFn(executionArgs)));
      return { onExecuteDone: () => clearTimeout(timer) };
    },
  };
}

function overDeadline(timeoutMs: number) {
  return clientError(ErrorCode.REQUEST_TIMEOUT, `The request ran over the time limit of ${timeoutMs} ms (REQUEST_TIMEOUT_MS); ask for less`);
}

// One log line per request: method, path, operation name, status, duration and outcome (ok, the
// GraphQL error codes, or the HTTP refusal), so an operator can follow traffic without a tracer.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';

interface RequestState {
  started: number;
  operationName?: string;
  errorCodes: string[];
}

export function useRequestLog(log: Logger): Plugin {
  const states = new WeakMap<Request, RequestState>();
  return {
    onRequest({ request }) {
      states.set(request, { started: performance.now(), errorCodes: [] });
    },
    onParams({ request, params }) {
      const state = states.get(request);
      // An operation named in the request, else the name inside the document.
      if (state) state.operationName = params.operationName ?? /^\s*(?:query|mutation|subscription)\s+(\w+)/u.exec(params.query ?? '')?.[1];
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      const results = Array.isArray(result) ? result : [result];
      for (const r of results) {
        for (const e of ('errors' in r && r.errors) || []) state?.errorCodes.push(String(e.extensions?.code ?? 'ERROR'));
      }
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      const url = new URL(request.url);
      const outcome = state.errorCodes.length ? `errors: ${[...new Set(state.errorCodes)].join(', ')}` : response.status < 400 ? 'ok' : 'refused';
      const durationMs = Math.round((performance.now() - state.started) * 10) / 10;
      log.info(
        { method: request.method, path: url.pathname, operation: state.operationName ?? null, status: response.status, durationMs, outcome },
        `${request.method} ${url.pathname} ${state.operationName ?? '-'} ${response.status} ${durationMs}ms ${outcome}`,
      );
    },
  };
}

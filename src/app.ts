// The GraphQL HTTP application: graphql-yoga serving the Pothos schema with an offline GraphiQL, CSRF
// prevention, a request body limit, masked unexpected errors and token-guarded mutations.
import { timingSafeEqual } from 'node:crypto';
import { createYoga, useReadinessCheck, type CORSOptions, type Plugin, type YogaLogger } from 'graphql-yoga';
import type { Config } from './config.js';
import { useCsrfGuard } from './csrf.js';
import type { Db } from './db/client.js';
import { DocumentCache } from './document-cache.js';
import { useDocumentLimits } from './document-limits.js';
import { maskError } from './errors.js';
import { useInputBounds } from './input-bounds.js';
import { extractPoolFor, type ExtractPool } from './import/extract-pool.js';
import { GRAPHIQL_OPTIONS } from './graphiql.js';
import { useEntityNamePrefetch } from './name-prefetch.js';
import { EntityNames } from './queries/entity-names.js';
import { useOfflineGraphiQL } from './graphiql-page.js';
import type { Logger } from './logger.js';
import { useQueryCancellation } from './request-cancel-plugin.js';
import { useRequestLog } from './request-log.js';
import type { Context, MutationAccess } from './schema/builder.js';
import { schema } from './schema/index.js';

export interface AppDeps {
  db: Db;
  config: Config;
  log: Logger;
  /** Where `importArticle` extracts; by default a pool of EXTRACT_THREADS threads started on demand. */
  extractPool?: ExtractPool;
}

function mutationAccess(config: Config, authorization: string | null): MutationAccess {
  if (!config.API_TOKEN) return 'DISABLED';
  const given = Buffer.from(/^Bearer (.+)$/u.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(config.API_TOKEN);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'GRANTED' : 'DENIED';
}

/** A body's bytes, or null once they pass `maxBytes`: the rest is left unread, so a body sent without
 *  a content-length (chunked) is never held whole to learn that it is too large. */
async function bodyUpTo(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(chunk.value);
  }
  // The chunks copied once, into a body of the size read.
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** Refuses a request body over the limit before it is parsed, naming the limit. */
function bodyLimit(maxBytes: number): Plugin {
  /** `size` is the declared length, or the bytes read before giving up ("more than" the limit). */
  const tooLarge = (size: string) =>
    new Response(
      JSON.stringify({
        errors: [
          { message: `Request body of ${size} bytes exceeds the limit of ${maxBytes} bytes (MAX_BODY_BYTES)`, extensions: { code: 'PAYLOAD_TOO_LARGE' } },
        ],
      }),
      {
        status: 413,
        headers: { 'content-type': 'application/json' },
      },
    );
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared)) {
        if (declared > maxBytes) endResponse(tooLarge(String(declared)));
        return;
      }
      // Read here (the request's body can be read once): the request goes on with the bytes read.
      const body = await bodyUpTo(request, maxBytes);
      if (!body) endResponse(tooLarge(`more than ${maxBytes}`));
      else setRequest(new fetchAPI.Request(request.url, { method: 'POST', headers: request.headers, body, signal: request.signal }));
    },
  };
}

/** Readiness (`/ready`): 200 while the database answers, 503 while it does not. Liveness is `/health`. */
function databaseReadiness(db: Db): Plugin {
  return useReadinessCheck({
    endpoint: '/ready',
    check: async () => {
      const timeout = new Promise<false>((resolve) => setTimeout(resolve, 2_000, false).unref());
      return Promise.race([
        db.$queryRaw`SELECT 1`.then(
          () => true,
          () => false,
        ),
        timeout,
      ]);
    },
  });
}

/**
 * Which browser origins may call the API: CORS_ORIGINS when set ("*" for any), else any origin in
 * development and none but the API's own in production.
 */
function corsOptions(config: Config): CORSOptions {
  if (config.CORS_ORIGINS === undefined) return config.NODE_ENV === 'production' ? false : { origin: '*' };
  return config.CORS_ORIGINS.includes('*') ? { origin: '*' } : { origin: config.CORS_ORIGINS, credentials: true };
}

/**
 * graphql-yoga's log lines through ours. Yoga logs at error level every error the mask replaced: a refused
 * argument, a client gone, each a client's doing and told in its request line, and the bugs, which the
 * mask logs itself as "unexpected error". Those lines go to debug.
 */
function yogaLogger(log: Logger): YogaLogger {
  const line =
    (level: 'debug' | 'info' | 'warn') =>
    (first: unknown, ...rest: unknown[]) =>
      first instanceof Error ? log[level]({ err: first }, 'error replaced by the mask') : log[level](rest.length ? { rest } : {}, String(first));
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('debug') };
}

export function createApp({ db, config, log, extractPool = extractPoolFor(config) }: AppDeps) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => ({
      db,
      config,
      extractPool,
      names: new EntityNames(db),
      mutationAccess: mutationAccess(config, request.headers.get('authorization')),
    }),
    graphiql: false, // served offline by useOfflineGraphiQL
    parserAndValidationCache: { documentCache: new DocumentCache(), errorCache: new DocumentCache() },
    logging: yogaLogger(log),
    cors: corsOptions(config),
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const masked = maskError(error, message, isDev);
        // Only a bug is logged as an error; a client's mistake, or its going away, is its request line's outcome.
        if ((masked as { extensions?: { code?: string } }).extensions?.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error }, 'unexpected error');
        return masked;
      },
    },
    plugins: [
      useRequestLog(log),
      useOfflineGraphiQL('/graphql', GRAPHIQL_OPTIONS),
      bodyLimit(config.MAX_BODY_BYTES),
      useDocumentLimits(),
      useInputBounds(config),
      databaseReadiness(db),
      useCsrfGuard(),
      useEntityNamePrefetch(),
      useQueryCancellation(config.REQUEST_TIMEOUT_MS),
    ],
  });
}

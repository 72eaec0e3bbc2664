// The API's error model: every error a client can cause carries `extensions.code`; database
// failures a client cannot fix say so (DATABASE_UNAVAILABLE, QUERY_TIMEOUT); a client that went away
// is no failure (CLIENT_CLOSED_REQUEST); only bugs are masked.
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  AMBIGUOUS_NAME: 'AMBIGUOUS_NAME',
  PAGE_SIZE_EXCEEDED: 'PAGE_SIZE_EXCEEDED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  MUTATIONS_DISABLED: 'MUTATIONS_DISABLED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  CLIENT_CLOSED_REQUEST: 'CLIENT_CLOSED_REQUEST',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error the client caused or must know about: a message and a code, never masked. */
export function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** What the statements of a request fail with once its client has gone (disconnected or aborted the
 *  request): cancelled, or never sent. `cause` is the request signal's own reason. */
export class ClientGone extends Error {
  constructor(cause?: unknown) {
    super('The client closed the request before its answer', { cause });
    this.name = 'ClientGone';
  }
}

/** Whether `error`, or an error it wraps (Prisma's, graphql-js's), is a ClientGone. */
function isClientGone(error: unknown): boolean {
  // biome-ignore lint/suspicious/noExplicitAny: walks the error shapes of several libraries
  for (let e = error as Record<string, any> | undefined, depth = 0; e && depth < 6; depth++) {
    if (e instanceof ClientGone) return true;
    e = e.originalError ?? e.cause;
  }
  return false;
}

/** Bad input, naming the argument (or input field path) at fault. */
export function badInput(argument: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return clientError(ErrorCode.BAD_USER_INPUT, message, { argument, ...extensions });
}

/**
 * The SQLSTATE, Prisma or network code of a database failure: Prisma wraps the driver's error in
 * `meta.driverAdapterError.cause`; pg and node errors carry `code` themselves, or on a `cause`.
 */
function databaseCode(error: unknown): string | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: walks the error shapes of several libraries
  for (let e = error as Record<string, any> | undefined, depth = 0; e && depth < 6; depth++) {
    const driver = e.meta?.driverAdapterError?.cause;
    const code = driver?.originalCode ?? driver?.code ?? e.code;
    if (typeof code === 'string' && /^([0-9A-Z]{5}|E[A-Z]+)$/u.test(code)) return code;
    e = driver ?? e.cause;
  }
  return undefined;
}

// Connection exceptions (08), shutdown and crash (57P01-3), too many connections, Prisma's "cannot
// reach", "timed out", "server closed the connection" and pool time-out, and socket failures.
const UNAVAILABLE = /^(08...|57P0[1-3]|53300|P1001|P1002|P1017|P2024|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE)$/u;

/** What a failure of the database means to a client, or null when it is a bug. */
function databaseError(error: unknown): GraphQLError | null {
  const code = databaseCode(error);
  if (!code) return null;
  if (UNAVAILABLE.test(code)) {
    return clientError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly', { http: { status: 503 } });
  }
  if (code === '57014') return clientError(ErrorCode.QUERY_TIMEOUT, 'The query ran over the time limit (STATEMENT_TIMEOUT_MS); narrow it');
  // Out-of-range numbers and over-long full-text queries reach PostgreSQL only from client input.
  if (code === '22003') return clientError(ErrorCode.BAD_USER_INPUT, 'A number in the request is out of range');
  if (code === '54000') return clientError(ErrorCode.BAD_USER_INPUT, 'The search query is too long or too complex');
  return null;
}

function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/**
 * Yoga's mask: client errors pass with their code, Pothos' argument checks (cursors, page
 * sizes, global IDs) become BAD_USER_INPUT, database failures get their code, the rest is masked.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = originalOf(error);
  let replacement: GraphQLError | null = null;
  if (isClientGone(original)) replacement = clientError(ErrorCode.CLIENT_CLOSED_REQUEST, new ClientGone().message);
  else if (original instanceof PothosValidationError) replacement = clientError(ErrorCode.BAD_USER_INPUT, original.message);
  else if (original instanceof GraphQLError && original.extensions?.code) replacement = original;
  // An error without a path is about the request itself (a variable that does not coerce, ...).
  else if (error instanceof GraphQLError && !error.path) replacement = clientError(ErrorCode.BAD_USER_INPUT, error.message);
  else if (original instanceof GraphQLError && !original.originalError) replacement = clientError(ErrorCode.BAD_USER_INPUT, original.message);
  else replacement = databaseError(original);
  if (!replacement) return yogaMaskError(error, message, isDev);
  if (!(error instanceof GraphQLError)) return replacement;
  return createGraphQLError(replacement.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: replacement.extensions,
  });
}

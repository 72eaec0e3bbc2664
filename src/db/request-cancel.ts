// A client that goes away cancels its database queries: each operation executes with its request's
// abort signal in scope, and when that signal fires the pool sends PostgreSQL a cancel request for
// the query the connection is running (it ends as "canceling statement due to user request" and the
// connection returns to the pool), instead of running on to the statement timeout. A query cut short so
// fails with the signal's reason, not PostgreSQL's cancel: the request knows why it stopped.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

const requestSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` with the queries it sends cancelled when `signal` aborts. */
export function withRequestSignal<T>(signal: AbortSignal | undefined, work: () => T): T {
  return signal ? requestSignal.run(signal, work) : work();
}

interface Backend {
  host: string;
  port: number;
  processID: number;
  secretKey: number;
}

/** PostgreSQL's cancel request for what a backend runs, on a connection of its own (as pg does). */
function sendCancel({ host, port, processID, secretKey }: Backend, stillRunning: () => boolean): void {
  const connection = new pg.Connection() as pg.Connection & { connect(port: number | string, host?: string): void; cancel(pid: number, key: number): void };
  connection.on('error', () => {}); // a cancel that cannot be sent leaves the statement timeout to act
  connection.on('connect', () => {
    if (stillRunning()) connection.cancel(processID, secretKey);
    connection.end();
  });
  if (host.startsWith('/')) connection.connect(`${host}/.s.PGSQL.${port}`);
  else connection.connect(port, host);
}

/** A pool whose queries sent inside withRequestSignal are cancelled when that signal aborts. */
export function cancellablePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  pool.query = (async (...args: unknown[]) => {
    const signal = requestSignal.getStore();
    if (!signal || typeof args.at(-1) === 'function') return query(...args);
    signal.throwIfAborted();
    const client = await pool.connect();
    // Aborted while it waited for a connection (all of them busy): it is not sent.
    if (signal.aborted) {
      client.release();
      signal.throwIfAborted();
    }
    let running = true;
    let cancelled = false;
    const cancel = () => {
      if (!running) return;
      cancelled = true;
      sendCancel(client as unknown as Backend, () => running);
    };
    signal.addEventListener('abort', cancel, { once: true });
    // As pool.query does: a connection error during the query rejects it, and must not go unheard.
    const onError = () => {};
    client.once('error', onError);
    try {
      const result = await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
      running = false;
      client.release();
      return result;
    } catch (error) {
      running = false;
      // As pool.query does: a connection that failed a query is not handed out again.
      client.release(error as Error);
      throw cancelled ? signal.reason : error;
    } finally {
      client.removeListener('error', onError);
      signal.removeEventListener('abort', cancel);
    }
  }) as typeof pool.query;
  return pool;
}

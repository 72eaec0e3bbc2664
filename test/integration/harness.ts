// What an integration test needs: the test file's own database, the real app, and a way to send
// GraphQL requests through yoga.fetch exactly as an HTTP client would.
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { apiDbOptions, createDb, type Db } from '../../src/db/client.js';
import { importArticle } from '../../src/import/store.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';

export const seedPath = path.resolve(import.meta.dirname, '../../seeds/000_184d463ee6a156b7.txt');
export const seedText = readFileSync(seedPath, 'utf8');

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  db: Db;
  app: ReturnType<typeof createApp>;
  /** Every SQL statement the app sent since the last `sql.length = 0`. */
  sql: string[];
  /** The app's log lines at or above the LOG_LEVEL given to useTestApp (none by default). */
  logs: Array<{ level: number; msg: string; [key: string]: unknown }>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  importSeed(): Promise<void>;
}

/** Call at the top of a test file; the returned object is filled in beforeAll. */
export function useTestApp(env: Record<string, string> = {}): TestApp {
  const t = { sql: [] as string[], logs: [] as TestApp['logs'] } as TestApp;
  beforeAll(() => {
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', ...env });
    t.db = createDb(config.DATABASE_URL!, { ...apiDbOptions(config), onQuery: (q) => t.sql.push(q) });
    const lines = new Writable({
      write(chunk, _encoding, done) {
        t.logs.push(JSON.parse(String(chunk)));
        done();
      },
    });
    t.app = createApp({ db: t.db, config, log: pino({ level: config.LOG_LEVEL, base: undefined }, lines) });
    t.gql = async (query, variables, headers = {}) => {
      const res = await t.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse;
    };
    t.importSeed = async () => {
      await importArticle(t.db, { text: seedText, sourceName: 'seeds/000_184d463ee6a156b7.txt' });
    };
  });
  afterAll(async () => {
    await t.db?.$disconnect();
  });
  return t;
}

// Protection: depth and complexity limits, the body size limit, CSRF prevention, masked errors,
// and a bounded number of SQL statements for nested selections.
import { once } from 'node:events';
import { createServer, type IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../src/import/store.js';
import { ARTICLES } from './fixtures.js';
import { useTestApp } from './harness.js';

const t = useTestApp({ MAX_DEPTH: '7', MAX_COMPLEXITY: '2000', MAX_BODY_BYTES: '4000' });

beforeAll(async () => {
  await t.importSeed();
});

describe('query limits', () => {
  it('refuses a query deeper than MAX_DEPTH, naming the limit', async () => {
    const res = await t.gql(`{ quotes { nodes { speaker { quotesBy { nodes { article { statements { nodes { text } } } } } } } } }`);
    expect(res.errors?.[0]?.message).toMatch(/^Query depth \d+ exceeds the limit of 7 \(MAX_DEPTH\)$/);
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a query more complex than MAX_COMPLEXITY, counting connections by page size', async () => {
    const small = await t.gql(`{ quotes(first: 5) { nodes { text about { canonicalName } } } }`);
    expect(small.errors).toBeUndefined();
    const big = await t.gql(`{ quotes(first: 100) { nodes { text speaker { quotesBy(first: 100) { nodes { text } } } } } }`);
    expect(big.errors?.[0]?.message).toMatch(/^Query complexity \d+ exceeds the limit of 2000 \(MAX_COMPLEXITY\)$/);
  });

  it('refuses a request body over MAX_BODY_BYTES with 413, naming the limit', async () => {
    const res = await t.app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ articles { totalCount } }`, variables: { padding: 'x'.repeat(5000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toMatch(/exceeds the limit of 4000 bytes \(MAX_BODY_BYTES\)/);
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  // Over HTTP, as a client streaming a body (transfer-encoding: chunked) sends it.
  async function postChunked(chunks: () => string | null): Promise<{ status: number; body: any; sent: number }> {
    const server = createServer(t.app).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    let sent = 0;
    try {
      const req = request({ port, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' } });
      const answered = once(req, 'response');
      req.on('error', () => {}); // the server may close the upload once it has answered
      const write = () => {
        for (let chunk = chunks(); chunk !== null; chunk = chunks()) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        req.end();
      };
      write();
      const [res] = (await answered) as [IncomingMessage];
      let text = '';
      for await (const part of res) text += part;
      req.destroy();
      return { status: res.statusCode!, body: JSON.parse(text), sent };
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }

  it('refuses an endless body sent without a content-length after reading just past the limit', async () => {
    let answered = false;
    const res = await postChunked(() => (answered ? null : 'x'.repeat(1000)));
    answered = true;
    expect(res.status).toBe(413);
    expect(res.body.errors[0]).toMatchObject({
      message: 'Request body of more than 4000 bytes exceeds the limit of 4000 bytes (MAX_BODY_BYTES)',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('reads a body without a content-length under the limit as usual', async () => {
    const parts = ['{"query":', '"{ articles { totalCount } }"}'];
    const res = await postChunked(() => parts.shift() ?? null);
    expect(res).toMatchObject({ status: 200, body: { data: { articles: { totalCount: 1 } } } });
  });
});

describe('CSRF prevention', () => {
  const simplePost = (headers: Record<string, string> = {}) =>
    t.app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...headers },
      body: '{"query":"{ articles { totalCount } }"}',
    });

  it('refuses a POST a browser sends cross-site unasked, naming the header it needs', async () => {
    const res = await simplePost();
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.message).toContain('"x-graphql-yoga-csrf"');
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'CSRF_HEADER_REQUIRED', header: 'x-graphql-yoga-csrf' });
  });

  it('lets the same POST past the guard with the CSRF header (Yoga then answers that it reads no text/plain)', async () => {
    expect((await simplePost({ 'x-graphql-yoga-csrf': '1' })).status).toBe(415);
  });

  it('never runs a mutation over GET', async () => {
    const mutation = encodeURIComponent('mutation { deleteArticle(id: "QXJ0aWNsZTox") { __typename } }');
    const res = await t.app.fetch(`http://localhost/graphql?query=${mutation}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(405);
  });
});

describe('errors', () => {
  it('says what is wrong with a bad cursor', async () => {
    const res = await t.gql(`{ quotes(after: "bm90IGEgY3Vyc29y") { nodes { id } } }`);
    expect(res.errors?.[0]?.message).toBe('Invalid cursor: bm90IGEgY3Vyc29y');
  });

  it('masks unexpected errors: no stack traces or SQL for clients', async () => {
    await t.db.$executeRawUnsafe(`ALTER TABLE "Statement" RENAME TO "StatementAway"`);
    try {
      const res = await t.gql(`{ statements { nodes { text } } }`);
      expect(res.errors?.[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(res)).not.toMatch(/prisma|SELECT|StatementAway|at .*\.ts/i);
    } finally {
      await t.db.$executeRawUnsafe(`ALTER TABLE "StatementAway" RENAME TO "Statement"`);
    }
  });
});

describe('SQL statements for nested selections', () => {
  const NESTED = `{
    articles(first: 5) { nodes { title statements(first: 20) { nodes { text about { canonicalName } quotes { kind speaker { canonicalName } } } } } }
  }`;

  async function statementsFor(query: string): Promise<number> {
    t.sql.length = 0;
    const res = await t.gql(query);
    expect(res.errors).toBeUndefined();
    return t.sql.filter((q) => !/^(BEGIN|COMMIT|ROLLBACK)/iu.test(q.trim())).length;
  }

  it('a three-level nested query takes a small fixed number of statements, whatever the rows', async () => {
    const withOne = await statementsFor(NESTED);
    for (const a of ARTICLES) await importArticle(t.db, { ...a, publishedAt: new Date(a.publishedAt) });
    const withFive = await statementsFor(NESTED);
    expect(withOne).toBeLessThanOrEqual(8);
    expect(withFive).toBe(withOne);
  });

  it('quotes with speakers, their entities and articles: bounded too', async () => {
    const count = await statementsFor(
      `{ quotes(first: 50) { totalCount nodes { text speaker { canonicalName aliases quotesGivenCount } about { canonicalName } article { title } statements { text } } } }`,
    );
    expect(count).toBeLessThanOrEqual(10);
  });
});

// The error model through the real endpoint: missing rows are null, bad input is BAD_USER_INPUT
// naming the argument, every bound (of arguments and of the document) answers quickly with its
// limit, and nothing is masked.
import { getIntrospectionQuery } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './harness.js';

const TOKEN = 'test-token-0123456789abcdef';
const t = useTestApp({ API_TOKEN: TOKEN });
const auth = { authorization: `Bearer ${TOKEN}` };
const globalId = (type: string, id: string | number) => Buffer.from(`${type}:${id}`).toString('base64');
let articleId: string;

beforeAll(async () => {
  await t.importSeed();
  articleId = (await t.gql('{ articles(first: 1) { nodes { id } } }')).data.articles.nodes[0].id;
});

function expectCode(res: { errors?: Array<{ extensions?: Record<string, unknown> }> }, code: string, argument?: string) {
  expect(res.errors?.[0]?.extensions).toMatchObject({ code, ...(argument ? { argument } : {}) });
}

describe('node lookups', () => {
  it('answer null for a well-formed ID of a missing row, in node and per item in nodes', async () => {
    const missing = globalId('Article', 999_999);
    expect(await t.gql(`{ node(id: "${missing}") { id } }`)).toEqual({ data: { node: null } });
    expect(await t.gql(`{ nodes(ids: ["${articleId}", "${missing}"]) { id } }`)).toEqual({ data: { nodes: [{ id: articleId }, null] } });
  });

  it('refuse IDs that are no row id (≥ 2^31, negative, garbage) as BAD_USER_INPUT', async () => {
    for (const id of [globalId('Article', 2 ** 31), globalId('Quote', -1), globalId('Quote', '1.5'), 'zzz']) {
      expectCode(await t.gql(`{ node(id: "${id}") { id } }`), 'BAD_USER_INPUT');
    }
    expectCode(await t.gql(`{ quotes(article: "${globalId('Article', 2 ** 40)}") { totalCount } }`), 'BAD_USER_INPUT', 'article');
  });

  it('code invalid cursors and negative page sizes', async () => {
    expectCode(await t.gql('{ quotes(after: "not-a-cursor") { totalCount } }'), 'BAD_USER_INPUT');
    expectCode(await t.gql('{ quotes(first: -1) { totalCount } }'), 'BAD_USER_INPUT');
    expectCode(await t.gql('{ quotes(first: 1000) { totalCount } }'), 'PAGE_SIZE_EXCEEDED');
  });

  it('code search cursors that decode to no position (negative, not a number, another prefix)', async () => {
    for (const position of ['-5', 'abc', '']) {
      const cursor = Buffer.from(`OffsetConnection:${position}`).toString('base64');
      expectCode(await t.gql(`{ search(query: "minister", after: "${cursor}") { totalCount } }`), 'BAD_USER_INPUT', 'after');
      expectCode(await t.gql(`{ search(query: "minister", last: 1, before: "${cursor}") { totalCount } }`), 'BAD_USER_INPUT', 'before');
    }
    expectCode(await t.gql(`{ search(query: "minister", after: "${Buffer.from('Quote:7').toString('base64')}") { totalCount } }`), 'BAD_USER_INPUT');
    expectCode(await t.gql('{ search(query: "minister", after: "%%%") { totalCount } }'), 'BAD_USER_INPUT');
  });
});

describe('string and list arguments', () => {
  it('refuse control characters in any argument or input field, naming it', async () => {
    const nul = 'a\u0000b';
    const cases: Array<[string, string, Record<string, string> | undefined]> = [
      ['query($v: String!) { search(query: $v) { totalCount } }', 'query', undefined],
      ['query($v: String!) { entity(name: $v) { id } }', 'name', undefined],
      ['query($v: String!) { quotes(speaker: $v) { totalCount } }', 'speaker', undefined],
      ['query($v: String!) { articles(publication: $v) { totalCount } }', 'publication', undefined],
      ['mutation($v: String!) { importArticle(input: { text: "Title\\n\\nBody text.", publication: $v }) { __typename } }', 'input.publication', auth],
    ];
    for (const [query, argument, headers] of cases) expectCode(await t.gql(query, { v: nul }, headers), 'BAD_USER_INPUT', argument);
    expectCode(await t.gql('{ quotes(about: ["Syria", "x\\u0007"]) { totalCount } }'), 'BAD_USER_INPUT', 'about');
  });

  it('bound every string and list, naming the limit, and answer at once', async () => {
    const started = Date.now();
    const about = await t.gql('query($a: [String!]) { quotes(about: $a) { totalCount } }', { a: Array.from({ length: 10_000 }, (_, i) => `name ${i}`) });
    expectCode(about, 'BAD_USER_INPUT', 'about');
    expect(about.errors![0]!.extensions!.limit).toBe(20);
    const lookup = await t.gql('query($n: String!) { entityLookup(name: $n) { entity { id } } }', { n: 'x'.repeat(100_000) });
    expectCode(lookup, 'BAD_USER_INPUT', 'name');
    expect(lookup.errors![0]!.message).toContain('200');
    expectCode(await t.gql('query($q: String!) { search(query: $q) { totalCount } }', { q: 'word '.repeat(101) }), 'BAD_USER_INPUT', 'query');
    const ids = Array.from({ length: 101 }, (_, i) => globalId('Quote', i + 1));
    expectCode(await t.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }), 'BAD_USER_INPUT', 'ids');
    expect(Date.now() - started).toBeLessThan(10_000); // generous: the point is "not minutes"
  });

  it('refuse a variable nested without end (in JSON, not the query), naming the argument', async () => {
    // Written as text: JSON.stringify itself recurses.
    const post = async (query: string, variables: string, headers: Record<string, string> = {}) => {
      const body = `{"query":${JSON.stringify(query)},"variables":${variables}}`;
      const res = await t.app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return (await res.json()) as Parameters<typeof expectCode>[0] & { errors: Array<{ message: string }> };
    };
    const about = await post('query($a: [String!]) { quotes(about: $a) { totalCount } }', `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expectCode(about, 'BAD_USER_INPUT', 'about');
    expect(about.errors[0]!.message).toBe('about nests lists or objects more than 16 deep, the limit');
    const title = `${'{"a":'.repeat(100_000)}"Headline"${'}'.repeat(100_000)}`;
    const mutation = 'mutation($i: ImportArticleInput!) { importArticle(input: $i) { __typename } }';
    const nested = await post(mutation, `{"i":{"text":"Title\\n\\nBody.","title":${title}}}`, auth);
    expectCode(nested, 'BAD_USER_INPUT');
    expect(nested.errors[0]!.message).toMatch(/^input\.title(\.a)+ nests lists or objects more than 16 deep/);
  });

  it('let ordinary white space through', async () => {
    const res = await t.gql('query($q: String!) { search(query: $q) { totalCount } }', { q: 'terrorism\tborders\n' });
    expect(res.errors).toBeUndefined();
  });
});

describe('the query document', () => {
  const expectRefused = (res: Awaited<ReturnType<typeof t.gql>>, limit: string, message: RegExp) => {
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.data ?? null).toBeNull();
  };

  it('refuses selections, lists and input objects nested thousands deep, naming the limit (no stack overflow)', async () => {
    const fragments = `{ articles { nodes { ${'... on Article { '.repeat(3000)}id${' }'.repeat(3000)} } } }`;
    expectRefused(await t.gql(fragments), 'nesting', /^Query nests brackets more than 64 deep, the limit$/);
    expectRefused(await t.gql(`{ quotes(about: ${'['.repeat(3000)}${']'.repeat(3000)}) { totalCount } }`), 'nesting', /64/);
    const object = `mutation { importArticle(input: { text: "x", title: ${'{ a: '.repeat(3000)}1${' }'.repeat(3000)} }) { __typename } }`;
    expectRefused(await t.gql(object), 'nesting', /64/);
  });

  it('refuses a document of more than 5000 tokens, naming the limit', async () => {
    expectRefused(await t.gql(`{ articles(first: 1${', first: 1'.repeat(3000)}) { totalCount } }`), 'tokens', /^Query has more than 5000 tokens, the limit$/);
    expectRefused(await t.gql(`{ ${'__typename '.repeat(6000)}}`), 'tokens', /5000/);
  });

  it('answers up to 20 aliased fields, and refuses more, naming the limit', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(' ')} }`;
    const twenty = await t.gql(aliased(20));
    expect(twenty.errors).toBeUndefined();
    expect(Object.keys(twenty.data)).toHaveLength(20);
    t.sql.length = 0;
    expectRefused(await t.gql(aliased(100)), 'aliases', /^Query has 100 aliased fields, more than the limit of 20$/);
    expect(t.sql).toEqual([]); // refused before anything runs
  });

  it('answers a document the lexer cannot read as a syntax error, not a refusal nor a masked one', async () => {
    for (const unreadable of ['{ articles(search: "unterminated) { totalCount } }', '{ __typename ~ }']) {
      const res = await t.gql(unreadable);
      expect(res.errors?.[0]?.message).toMatch(/^Syntax Error/u);
      expect(res.errors?.[0]?.extensions?.code).not.toBe('QUERY_TOO_COMPLEX');
    }
  });

  it("answers GraphiQL's schema query", async () => {
    const res = await t.gql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.queryType.name).toBe('Query');
  });

  it('refuses batched requests with a code', async () => {
    const res = await t.app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ articles { totalCount } }' }, { query: '{ articles { totalCount } }' }]),
    });
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]).toMatchObject({ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('deleteArticle', () => {
  it('deletes once when two clients delete the same article at the same time; the other is told it is not found', async () => {
    const del = `mutation { deleteArticle(id: "${articleId}") { __typename } }`;
    const answers = await Promise.all([t.gql(del, {}, auth), t.gql(del, {}, auth)]);
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
    expect(answers.map((a) => a.data.deleteArticle.__typename).sort()).toEqual(['DeleteArticleSuccess', 'NotFoundError']);
  });
});

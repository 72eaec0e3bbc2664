// Writing through the API: importArticle and deleteArticle, with the API token.
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness.js';

const TOKEN = 'test-token-0123456789abcdef';
const t = useTestApp({ API_TOKEN: TOKEN });
const auth = { authorization: `Bearer ${TOKEN}` };

const IMPORT = `mutation($input: ImportArticleInput!) {
  importArticle(input: $input) {
    __typename
    ... on ImportArticleSuccess { status created article { id title publication url publishedAt quotes { totalCount } } }
    ... on ValidationError { field message }
  }
}`;

const ARTICLE = {
  text: 'Rail line reopens\n\nTransport Minister Ruth Evans said the northern rail line would reopen on Friday.',
  publication: 'Daily Ledger',
  url: 'https://example.org/rail',
  publishedAt: '2024-05-02T08:00:00Z',
};

describe('importArticle', () => {
  it('imports an article and says it was created', async () => {
    const res = await t.gql(IMPORT, { input: ARTICLE }, auth);
    expect(res.errors).toBeUndefined();
    expect(res.data.importArticle).toMatchObject({
      __typename: 'ImportArticleSuccess',
      status: 'CREATED',
      created: true,
      article: {
        title: 'Rail line reopens',
        publication: 'Daily Ledger',
        url: 'https://example.org/rail',
        publishedAt: '2024-05-02T08:00:00.000Z',
        quotes: { totalCount: 1 },
      },
    });
  });

  it('imports the same content once: the second time it is already present', async () => {
    const res = await t.gql(IMPORT, { input: ARTICLE }, auth);
    expect(res.data.importArticle).toMatchObject({ status: 'UNCHANGED', created: false });
    expect(await t.db.article.count()).toBe(1);
  });

  it('imports the same new content sent by four clients at once once: one is told CREATED, the others UNCHANGED', async () => {
    const before = await t.db.article.count();
    const input = { text: 'Ferry fares frozen\n\nHarbour master Ann Holt said the Velmora ferry fares would stay as they are until May.' };
    const answers = await Promise.all([1, 2, 3, 4].map(() => t.gql(IMPORT, { input }, auth)));
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(answers.map((a) => a.data.importArticle.status).sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(new Set(answers.map((a) => a.data.importArticle.article.id)).size).toBe(1);
    expect(await t.db.article.count()).toBe(before + 1);
    expect(await t.db.entity.count({ where: { type: 'PERSON', key: 'ann holt' } })).toBe(1);
  });

  it('takes a separate title and heads the text with it', async () => {
    const res = await t.gql(IMPORT, { input: { title: 'Budget passes', text: 'The council passed the budget on Tuesday after a long debate.' } }, auth);
    expect(res.data.importArticle.article.title).toBe('Budget passes');
  });

  it.each([
    [{ text: '   ' }, 'text', 'is empty'],
    [{ text: 'Only a headline' }, 'text', 'is not an article: it needs a title line and at least one body paragraph'],
    [{ ...ARTICLE, url: 'ftp://example.org/x' }, 'url', 'must be an http or https URL'],
    [{ ...ARTICLE, title: ' ' }, 'title', 'is empty'],
  ])('returns a validation error naming the field for %j', async (input, field, message) => {
    const res = await t.gql(IMPORT, { input }, auth);
    expect(res.errors).toBeUndefined();
    expect(res.data.importArticle).toEqual({ __typename: 'ValidationError', field, message });
  });

  it('rejects a malformed date before anything runs', async () => {
    const res = await t.gql(IMPORT, { input: { ...ARTICLE, publishedAt: 'next Tuesday' } }, auth);
    expect(res.errors?.[0]?.message).toMatch(/publishedAt/);
  });
});

describe('the API token', () => {
  it('is required for mutations', async () => {
    const res = await t.gql(IMPORT, { input: ARTICLE });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Mutations need the header "Authorization: Bearer <API_TOKEN>" with the right token',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('must be the right one', async () => {
    const res = await t.gql(IMPORT, { input: ARTICLE }, { authorization: 'Bearer wrong-token-0123456789' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is not needed for queries', async () => {
    const res = await t.gql('{ articles { totalCount } }');
    expect(res.errors).toBeUndefined();
  });
});

describe('deleteArticle', () => {
  const DELETE = `mutation($id: ID!) { deleteArticle(id: $id) {
    __typename ... on DeleteArticleSuccess { deletedId removedEntities } ... on NotFoundError { id message } } }`;

  it('removes the article and its extraction, keeping entities other articles use', async () => {
    const first = await t.gql(IMPORT, { input: { text: 'Storm warning\n\nForecaster Nina Park said Storm Aldo would reach Lisbon by night.' } }, auth);
    const second = await t.gql(IMPORT, { input: { text: 'Storm arrives\n\nNina Park said the storm had reached the coast of Lisbon at dawn.' } }, auth);
    const id = first.data.importArticle.article.id;
    const before = await t.db.entity.findMany({ select: { canonicalName: true } });

    const res = await t.gql(DELETE, { id }, auth);
    expect(res.data.deleteArticle).toMatchObject({ __typename: 'DeleteArticleSuccess', deletedId: id });
    const after = (await t.db.entity.findMany({ select: { canonicalName: true } })).map((e) => e.canonicalName);
    expect(after).toEqual(expect.arrayContaining(['Nina Park', 'Lisbon']));
    expect(after.length).toBe(before.length - res.data.deleteArticle.removedEntities);
    const gone = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(gone.data.node).toBeNull();
    expect(await t.db.quote.count({ where: { article: { id: Number(Buffer.from(id, 'base64').toString().split(':')[1]) } } })).toBe(0);
    expect(second.data.importArticle.article.quotes.totalCount).toBe(1);
  });

  it('says when there is no such article', async () => {
    const id = Buffer.from('Article:999999').toString('base64');
    const res = await t.gql(DELETE, { id }, auth);
    expect(res.data.deleteArticle).toEqual({ __typename: 'NotFoundError', id, message: `No article has the ID ${id}` });
  });
});

describe('without an API token configured', () => {
  const closed = useTestApp({ API_TOKEN: '' });
  it('mutations are disabled, and say so', async () => {
    const res = await closed.gql(IMPORT, { input: ARTICLE }, auth);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Mutations are disabled: the server has no API_TOKEN configured',
      extensions: { code: 'MUTATIONS_DISABLED' },
    });
  });
});

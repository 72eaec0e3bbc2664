// The counts entities keep on their rows (speech given, mentions), which entities(orderBy:
// QUOTES_GIVEN | MENTIONS) walk: after imports, a changed article re-imported in place of the old,
// and importers and deletions running at once, every page follows the rows counted afresh.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client.js';
import { deleteArticle } from '../../src/import/delete.js';
import { writeArticles } from '../../src/import/store.js';
import { ARTICLES } from './fixtures.js';
import { useTestApp } from './harness.js';
import { archive, miscounted } from './import-store.js';

const TOKEN = 'test-token-0123456789abcdef';
const t = useTestApp({ API_TOKEN: TOKEN });
const auth = { authorization: `Bearer ${TOKEN}` };
const IMPORT = `mutation($input: ImportArticleInput!) { importArticle(input: $input) { ... on ImportArticleSuccess { article { id } } } }`;
const DELETE = `mutation($id: ID!) { deleteArticle(id: $id) { __typename } }`;

const COUNTED = {
  QUOTES_GIVEN: `(SELECT count(*) FROM "Quote" q WHERE q."speakerId" = e.id AND q.act = 'SPEECH')`,
  MENTIONS: `(SELECT count(*) FROM "Mention" m WHERE m."entityId" = e.id)`,
};
type Order = keyof typeof COUNTED;

async function data(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const res = await t.gql(query, variables, headers);
  expect(res.errors, query).toBeUndefined();
  return res.data;
}

/** Every page of the order through the API, 7 at a time after each page's cursor: the global ids. */
async function paged(order: Order, filter = ''): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const query = `query($after: String) { entities(orderBy: ${order}, first: 7, after: $after${filter}) { pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const page: any = (await data(query, { after })).entities;
    ids.push(...page.nodes.map((n: { id: string }) => n.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

/** The order by counting the rows afresh, as global ids. */
async function counted(order: Order, where = 'true'): Promise<string[]> {
  const rows = await t.db.$queryRawUnsafe<Array<{ id: number }>>(
    `SELECT e.id FROM "Entity" e WHERE ${where} ORDER BY ${COUNTED[order]} DESC, e."canonicalName", e.id`,
  );
  return rows.map((r) => Buffer.from(`Entity:${r.id}`).toString('base64'));
}

/** Every entity's quotesGivenCount and mentionCount through the API, against the rows counted afresh. */
async function expectCountedFields() {
  const fields: Record<string, [number, number]> = {};
  let after: string | null = null;
  do {
    const query = `query($after: String) { entities(first: 50, after: $after) { pageInfo { hasNextPage endCursor } nodes { id quotesGivenCount mentionCount } } }`;
    const page: any = (await data(query, { after })).entities;
    for (const n of page.nodes) fields[n.id] = [n.quotesGivenCount, n.mentionCount];
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  const rows = await t.db.$queryRawUnsafe<Array<{ id: number; given: number; mentions: number }>>(
    `SELECT e.id, ${COUNTED.QUOTES_GIVEN}::int AS given, ${COUNTED.MENTIONS}::int AS mentions FROM "Entity" e`,
  );
  const counted = Object.fromEntries(rows.map((r) => [Buffer.from(`Entity:${r.id}`).toString('base64'), [r.given, r.mentions]]));
  expect(fields).toEqual(counted);
}

async function expectCountedOrders() {
  expect(await miscounted(t.db)).toEqual([]);
  await expectCountedFields();
  for (const order of ['QUOTES_GIVEN', 'MENTIONS'] as const) {
    expect(await paged(order)).toEqual(await counted(order));
    expect(await paged(order, ', type: PERSON')).toEqual(await counted(order, `e.type = 'PERSON'`));
  }
}

beforeAll(async () => {
  await t.importSeed();
  for (const input of ARTICLES) await data(IMPORT, { input }, auth);
});

describe('entities ranked by kept counts', () => {
  it('follow the counted rows after imports, page after page', async () => {
    expect((await counted('QUOTES_GIVEN')).length).toBeGreaterThan(14);
    await expectCountedOrders();
  });

  it('pages backwards in the same order', async () => {
    const all = await counted('MENTIONS');
    const last = (await data('{ entities(orderBy: MENTIONS, last: 5) { nodes { id } } }')).entities.nodes.map((n: { id: string }) => n.id);
    expect(last).toEqual(all.slice(-5));
  });

  it('follow them when a changed article is re-imported in place of the old one: its old facts no longer count', async () => {
    const text = 'Rail line reopens\n\nTransport Minister Ruth Evans said the line would reopen on Friday.\n\nRuth Evans said the trains would run hourly.';
    const old = (await data(IMPORT, { input: { text } }, auth)).importArticle.article.id;
    const ruth = async () =>
      (await data('{ entity(name: "Ruth Evans") { quotesGivenCount mentionCount } }')).entity as { quotesGivenCount: number; mentionCount: number } | null;
    const before = (await ruth())!;
    expect(before.quotesGivenCount).toBe(2);
    await expectCountedOrders();
    expect((await data(DELETE, { id: old }, auth)).deleteArticle.__typename).toBe('DeleteArticleSuccess');
    const changed = text.replace('\n\nRuth Evans said the trains would run hourly.', '\n\nThe operator Northline said the trains would run hourly.');
    await data(IMPORT, { input: { text: changed } }, auth);
    expect(await ruth()).toMatchObject({ quotesGivenCount: 1 });
    expect((await ruth())!.mentionCount).toBeLessThan(before.mentionCount);
    const [row] = await t.db.entity.findMany({ where: { canonicalName: 'Ruth Evans' }, select: { speechCount: true } });
    expect(row?.speechCount).toBe(1);
    await expectCountedOrders();
  });

  it('follow them after importers and deletions run at once, none waiting on another for ever', async () => {
    const articles = archive();
    const stored = await t.db.article.findMany({ select: { id: true } });
    const importers = Array.from({ length: 4 }, () => createDb(process.env.DATABASE_URL!));
    try {
      const [outcomes] = await Promise.all([
        Promise.all(importers.map((db, i) => writeArticles(db, i % 2 ? [...articles].reverse() : articles, { concurrency: 2 }))),
        (async () => {
          for (const a of stored) await deleteArticle(t.db, a.id);
        })(),
      ]);
      for (const run of outcomes) expect(run.filter((o) => !o.ok)).toEqual([]);
    } finally {
      await Promise.all(importers.map((db) => db.$disconnect()));
    }
    await expectCountedOrders();
  }, 180_000);
});

// The API at archive scale: names resolved once per request, few SQL statements per request, only
// the columns asked, and query plans that use indexes (EXPLAIN on a database grown by replication).
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { replicateArticles } from '../../bench/grow.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { apiDbOptions, createDb } from '../../src/db/client.js';
import { importArticle } from '../../src/import/store.js';
import { search } from '../../src/queries/search.js';
import { createLogger } from '../../src/logger.js';
import { entityKey, nameKey } from '../../src/names.js';
import { ARTICLES } from './fixtures.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

export const HEADLINE_QUERIES = {
  speakerAbout: `{ quotes(speaker: "Shamkhani", about: ["Syria"], first: 20) { nodes { id text kind speaker { canonicalName } about { canonicalName } } } }`,
  articlesQuotes: `{ articles(first: 20) { nodes { id title quotes(first: 10) { nodes { text speaker { canonicalName } about { canonicalName } } } } } }`,
  entityCount: `{ entity(name: "Syria") { canonicalName quotedAboutCount } }`,
};
/** Queries whose plans must use indexes too, beyond the headline ones */
const PLANNED_QUERIES = {
  ...HEADLINE_QUERIES,
  entityRelations: `{ entity(name: "Syria") { speakersAbout(first: 10) { count entity { canonicalName } } appearsWith(first: 10) { count entity { canonicalName } } } }`,
  statementsAbout: `{ statements(about: ["Syria"], first: 20) { nodes { text } } }`,
};

/** A table of more rows than this is large: no plan may read it whole. */
const LARGE_ROWS = 2000;

beforeAll(async () => {
  await t.importSeed();
  for (const a of ARTICLES) await importArticle(t.db, { ...a, publishedAt: new Date(a.publishedAt) });
});

async function data(query: string) {
  const res = await t.gql(query);
  expect(res.errors).toBeUndefined();
  return res.data;
}

describe('statements per request', () => {
  for (const [name, query] of Object.entries(HEADLINE_QUERIES)) {
    it(`answers ${name} in at most 2 SQL statements`, async () => {
      t.sql.length = 0;
      const answer = JSON.stringify(await data(query));
      expect(answer).toContain('Syria');
      expect(t.sql.length).toBeLessThanOrEqual(2);
      expect(t.sql.length).toBeGreaterThan(0);
    });
  }

  it('resolves the names of one query text afresh for each request’s variables', async () => {
    const query = 'query($who: String!, $what: [String!]) { quotes(speaker: $who, about: $what, first: 20) { nodes { speaker { canonicalName } } } }';
    for (const who of ['Shamkhani', 'Lavrentiev', 'Shamkhani']) {
      t.sql.length = 0;
      const res = await t.gql<any>(query, { who, what: ['Syria'] });
      expect(res.errors).toBeUndefined();
      const speakers = new Set(res.data.quotes.nodes.map((n: any) => n.speaker.canonicalName));
      expect([...speakers]).toEqual([who === 'Shamkhani' ? 'Ali Shamkhani' : 'Alexander Lavrentiev']);
      expect(t.sql.length).toBeLessThanOrEqual(2);
    }
  });

  it('reads speakersAbout and appearsWith side by side in one statement, with the same rows as one by one', async () => {
    const both =
      '{ entity(name: "Syria") { speakersAbout(first: 5) { count entity { canonicalName } } appearsWith(first: 5) { count entity { canonicalName } } } }';
    t.sql.length = 0;
    const together = (await data(both)).entity;
    expect(t.sql.filter((s) => /GROUP BY/u.test(s))).toHaveLength(1);
    // The name, both counts, the entities counted: the entity's own row is not read again for its id.
    expect(t.sql.length).toBeLessThanOrEqual(3);
    const speakers = (await data('{ entity(name: "Syria") { speakersAbout(first: 5) { count entity { canonicalName } } } }')).entity.speakersAbout;
    const appearing = (await data('{ entity(name: "Syria") { appearsWith(first: 5) { count entity { canonicalName } } } }')).entity.appearsWith;
    expect(together.speakersAbout.length).toBeGreaterThan(0);
    expect(together.appearsWith.length).toBeGreaterThan(0);
    expect(together).toEqual({ speakersAbout: speakers, appearsWith: appearing });
  });

  it('runs on connections without parallel workers, whose start-up costs more than a page under load', async () => {
    const [row] = await t.db.$queryRaw<Array<{ max_parallel_workers_per_gather: string }>>`SHOW max_parallel_workers_per_gather`;
    expect(row?.max_parallel_workers_per_gather).toBe('0');
  });

  it('answers entity(name:) { id } from the name lookup, and an ID of no entity with null', async () => {
    t.sql.length = 0;
    const { entity } = await data('{ entity(name: "Syria") { id } }');
    expect(t.sql).toHaveLength(1);
    const byId = await data(`{ entity(name: "${entity.id}") { id } missing: entity(name: "${Buffer.from('Entity:999999').toString('base64')}") { id } }`);
    expect(byId).toEqual({ entity: { id: entity.id }, missing: null });
  });

  it('reads only the columns asked: no article text for ids and titles', async () => {
    t.sql.length = 0;
    const { articles } = await data('{ articles(first: 5) { nodes { id title } } }');
    expect(articles.nodes[0].title).toBeTruthy();
    expect(t.sql.join('\n')).not.toMatch(/"text"/u);
  });

  it('counts only when totalCount is asked', async () => {
    t.sql.length = 0;
    await data('{ quotes(first: 3) { nodes { id } } }');
    expect(t.sql.join('\n')).not.toMatch(/COUNT\(/iu);
    t.sql.length = 0;
    await data('{ quotes(first: 3) { totalCount } }');
    expect(t.sql.join('\n')).toMatch(/COUNT\(/iu);
  });

  it('counts search matches only when totalCount is asked (or `last` needs the end)', async () => {
    t.sql.length = 0;
    const page = await data('{ search(query: "Syria", first: 2) { edges { rank } } }');
    expect(page.search.edges.length).toBeGreaterThan(0);
    expect(t.sql.join('\n')).not.toMatch(/COUNT\(/iu);
    t.sql.length = 0;
    const counted = await data('{ search(query: "Syria", first: 2) { totalCount } again: search(query: "Syria") { totalCount } }');
    expect(counted.search.totalCount).toBeGreaterThan(0);
    expect(counted.again.totalCount).toBe(counted.search.totalCount);
    const last = await data('{ search(query: "Syria", last: 1) { edges { rank } pageInfo { hasPreviousPage } } }');
    expect(last.search.edges).toHaveLength(1);
    expect(last.search.pageInfo.hasPreviousPage).toBe(counted.search.totalCount > 1);
  });
  it('ranks search matches of every kind in one statement, and makes snippets only when asked', async () => {
    const hit = 'edges { rank node { __typename ... on Quote { text } ... on Statement { text } ... on Article { title } } }';
    t.sql.length = 0;
    const plain = (await data(`{ search(query: "Syria", first: 20) { ${hit} } }`)).search.edges;
    const kindsFound = new Set(plain.map((e: any) => e.node.__typename)).size;
    expect(kindsFound).toBeGreaterThan(1);
    expect(t.sql.join('\n')).not.toMatch(/ts_headline/u);
    // One ranking statement, then one load per kind on the page.
    expect(t.sql.length).toBe(1 + kindsFound);
    t.sql.length = 0;
    const withSnippets = (await data(`{ search(query: "Syria", first: 20) { edges { snippet rank } } }`)).search.edges;
    expect(withSnippets.map((e: any) => e.rank)).toEqual(plain.map((e: any) => e.rank));
    expect(withSnippets.every((e: any) => e.snippet.includes('«'))).toBe(true);
    expect(t.sql.filter((q) => /ts_headline/u.test(q))).toHaveLength(1);
  });

  it('ranks the most recently imported matches of each kind, so a common word costs no more on a larger archive', async () => {
    const rows = await t.db.$queryRawUnsafe<Array<{ id: number }>>(
      `SELECT id FROM "Statement" WHERE "searchVector" @@ websearch_to_tsquery('english', 'Syria') ORDER BY id DESC`,
    );
    expect(rows.length).toBeGreaterThan(3);
    const ranked = await search(t.db, 'Syria', ['STATEMENT'], 20, 0, 3);
    expect(ranked.map((h) => h.id).sort((a, b) => b - a)).toEqual(rows.slice(0, 3).map((r) => r.id));
    const all = await search(t.db, 'Syria', ['STATEMENT'], 100);
    expect(all).toHaveLength(rows.length);
  });

  it('searches each kind once however often it is listed, and nothing for no kinds', async () => {
    const once = (await data('{ search(query: "Syria", kinds: [QUOTE], first: 50) { edges { node { ... on Node { id } } } } }')).search.edges;
    const twice = (await data('{ search(query: "Syria", kinds: [QUOTE, QUOTE], first: 50) { edges { node { ... on Node { id } } } } }')).search.edges;
    expect(twice).toEqual(once);
    const none = (await data('{ search(query: "Syria", kinds: []) { totalCount edges { rank } } }')).search;
    expect(none).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('full-text filters', () => {
  // Each listing with a text filter must hold the rows of the same listing without it that match,
  // in the same order, page by page forwards and backwards.
  const listings = [
    ['quotes', 'Quote', ['DOCUMENT', 'PUBLISHED_DESC', 'PUBLISHED_ASC']],
    ['statements', 'Statement', [null]],
    ['articles', 'Article', ['PUBLISHED_DESC', 'PUBLISHED_ASC', 'IMPORTED_DESC']],
  ] as const;
  /** A word some but not all rows of the table hold, the most frequent such. */
  async function commonWord(table: string): Promise<string> {
    const [row] = await t.db.$queryRawUnsafe<Array<{ word: string }>>(
      `SELECT word FROM ts_stat('SELECT "searchVector" FROM "${table}"')
       WHERE ndoc BETWEEN 3 AND (SELECT count(*) FROM "${table}") - 1 ORDER BY ndoc DESC, word LIMIT 1`,
    );
    return row!.word;
  }

  async function walk(field: string, args: string, direction: 'forward' | 'backward'): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const paging = direction === 'forward' ? `first: 2${cursor ? `, after: "${cursor}"` : ''}` : `last: 2${cursor ? `, before: "${cursor}"` : ''}`;
      const { [field]: conn } = await data(`{ ${field}(${args} ${paging}) { nodes { id } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`);
      const pageIds = conn.nodes.map((n: { id: string }) => n.id);
      if (direction === 'forward') ids.push(...pageIds);
      else ids.unshift(...pageIds);
      const more = direction === 'forward' ? conn.pageInfo.hasNextPage : conn.pageInfo.hasPreviousPage;
      if (!more) return ids;
      cursor = direction === 'forward' ? conn.pageInfo.endCursor : conn.pageInfo.startCursor;
    }
    throw new Error('more than 100 pages');
  }

  for (const [field, table, orders] of listings) {
    for (const order of orders) {
      it(`${field}(text:${order ? `, orderBy: ${order}` : ''}) pages through the matching rows in the listing's order`, async () => {
        const orderArg = order ? `orderBy: ${order}` : '';
        const all = (await data(`{ ${field}(${orderArg} first: 100) { nodes { id } } }`))[field].nodes.map((n: { id: string }) => n.id);
        expect(all.length).toBeLessThan(100);
        const word = await commonWord(table);
        const matching = new Set(
          (
            await t.db.$queryRawUnsafe<Array<{ id: number }>>(`SELECT id FROM "${table}" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)`, word)
          ).map((r) => Buffer.from(`${table}:${r.id}`).toString('base64')),
        );
        const expected = all.filter((id: string) => matching.has(id));
        expect(expected.length).toBeGreaterThan(2);
        const args = `text: "${word}" ${orderArg}`;
        expect(await walk(field, args, 'forward')).toEqual(expected);
        expect(await walk(field, args, 'backward')).toEqual(expected);
        const { [field]: counted } = await data(`{ ${field}(${args}) { totalCount } }`);
        expect(counted.totalCount).toBe(expected.length);
      });
    }
  }

  it('are a condition of the page statement, never a list of every matching id', async () => {
    t.sql.length = 0;
    const { quotes } = await data(`{ quotes(text: "${await commonWord('Quote')}", speaker: "Shamkhani", first: 2) { nodes { id } } }`);
    expect(quotes.nodes.length).toBeGreaterThan(0);
    const page = t.sql.filter((s) => s.includes('@@'));
    expect(page).toHaveLength(1);
    expect(page[0]).toMatch(/"speakerId" = \$\d.*LIMIT/su);
    expect(t.sql.every((s) => (s.match(/\$\d+/gu) ?? []).length < 10)).toBe(true);
  });
  it('send only the page statement when no row matches: no rows to load', async () => {
    for (const field of ['quotes', 'statements', 'articles']) {
      t.sql.length = 0;
      const { [field]: conn } = await data(`{ ${field}(text: "zephyrine", first: 5) { nodes { id } } }`);
      expect(conn.nodes).toEqual([]);
      expect(t.sql).toHaveLength(1);
    }
  });
});

describe('statements about entities', () => {
  it('lie in articles that mention those entities, which the first page walks', async () => {
    const [orphans] = await t.db.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM "_StatementAbout" l JOIN "Statement" s ON s.id = l."B"
       WHERE NOT EXISTS (SELECT 1 FROM "Mention" m WHERE m."entityId" = l."A" AND m."articleId" = s."articleId")`,
    );
    expect(orphans!.n).toBe(0);
  });

  it('come first in document order for every entity and pair of entities, as the unfiltered listing holds them', async () => {
    const links = await t.db.$queryRawUnsafe<Array<{ entity: number; statement: number }>>(
      `SELECT l."A" AS entity, s.id AS statement FROM "_StatementAbout" l JOIN "Statement" s ON s.id = l."B" ORDER BY s."articleId", s.position`,
    );
    const byEntity = new Map<number, number[]>();
    for (const { entity, statement } of links) byEntity.set(entity, [...(byEntity.get(entity) ?? []), statement]);
    const frequent = [...byEntity.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 6);
    expect(frequent[0]![1].length).toBeGreaterThan(3);
    const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
    for (const [entity, statements] of frequent) {
      const page = await data(`{ statements(about: ["${gid('Entity', entity)}"], first: 3) { nodes { id } pageInfo { hasNextPage } } }`);
      expect(page.statements.nodes.map((n: { id: string }) => n.id)).toEqual(statements.slice(0, 3).map((id) => gid('Statement', id)));
      expect(page.statements.pageInfo.hasNextPage).toBe(statements.length > 3);
    }
    const [[a, first], [b, second]] = frequent as [[number, number[]], [number, number[]]];
    const both = first.filter((id) => second.includes(id));
    const pair = await data(`{ statements(about: ["${gid('Entity', a)}", "${gid('Entity', b)}"], first: 50) { nodes { id } } }`);
    expect(pair.statements.nodes.map((n: { id: string }) => n.id)).toEqual(both.slice(0, 50).map((id) => gid('Statement', id)));
  });
});

describe('name arguments', () => {
  it('resolve near misses the same way everywhere: quotes(speaker: "Shamkani") are Shamkhani’s', async () => {
    const exact = await data('{ quotes(speaker: "Ali Shamkhani") { totalCount nodes { speaker { canonicalName } } } }');
    const typo = await data('{ quotes(speaker: "Shamkani") { totalCount nodes { speaker { canonicalName } } } }');
    expect(exact.quotes.totalCount).toBeGreaterThan(0);
    expect(typo.quotes).toEqual(exact.quotes);
    const nested = await data('{ articles(first: 10) { nodes { quotes(speaker: "Shamkani") { totalCount } } } }');
    expect(nested.articles.nodes.reduce((n: number, a: any) => n + a.quotes.totalCount, 0)).toBe(exact.quotes.totalCount);
    const statements = await data('{ statements(about: ["Astana"]) { totalCount } typo: statements(about: ["Astanna"]) { totalCount } }');
    expect(statements.typo.totalCount).toBe(statements.statements.totalCount);
  });

  it('resolve all names of a request in one statement, before the query that uses them', async () => {
    t.sql.length = 0;
    await data('{ a: quotes(speaker: "Shamkhani") { nodes { id } } b: quotes(about: ["Astana", "Syria"]) { nodes { id } } c: entity(name: "SNSC") { id } }');
    expect(t.sql.filter((s) => /"EntityAlias"/u.test(s))).toHaveLength(1);
  });

  it('bound the variables of each request when the same query text comes again', async () => {
    // The walk that collects a document's arguments is cached per query text; the values are each request's own.
    const query = 'query Q($speaker: String) { quotes(speaker: $speaker) { totalCount } }';
    const ok = await t.gql(query, { speaker: 'Shamkhani' });
    expect(ok.data.quotes.totalCount).toBeGreaterThan(0);
    const over = await t.gql(query, { speaker: 'x'.repeat(201) });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'speaker' });
    const control = await t.gql(query, { speaker: 'Sham\u0000khani' });
    expect(control.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'speaker' });
  });

  it('answer an ambiguous name with the candidates error, and an unknown one with nothing', async () => {
    const unknown = await data('{ quotes(speaker: "Zebedee Quimby") { totalCount } }');
    expect(unknown.quotes.totalCount).toBe(0);
    // Two people one letter apart: a name between them matches both equally, so neither is guessed.
    for (const name of ['Marta Quillon', 'Marto Quillon']) {
      await t.db.entity.create({
        data: { type: 'PERSON', key: entityKey('PERSON', name), canonicalName: name, aliases: { create: [{ name, key: nameKey(name) }] } },
      });
    }
    for (const query of [
      '{ quotes(speaker: "Mart Quillon") { totalCount } }',
      '{ statements(about: ["Mart Quillon"]) { totalCount } }',
      '{ entity(name: "Mart Quillon") { id } }',
    ]) {
      const res = await t.gql(query);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('AMBIGUOUS_NAME');
      expect(res.errors?.[0]?.extensions?.candidates).toEqual(expect.arrayContaining(['Marta Quillon', 'Marto Quillon']));
    }
  });
});

describe('query plans at scale', () => {
  it('use indexes, never a sequential scan nor a sort of a large table, for the headline queries, speakersAbout and appearsWith, statements about an entity, every documented order and pages after a cursor; search sorts ranks, not vectors', async () => {
    const archive = await grownArchive();
    const { client, planned } = archive;
    try {
      const large = new Set(
        (await client.query<{ relname: string }>(`SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples > ${LARGE_ROWS}`)).rows.map((r) => r.relname),
      );
      expect(large).toContain('Quote');
      /** Neither a sequential scan of a large table nor a sort of as many rows as one holds. */
      const expectIndexed = (name: string, plans: Array<{ sql: string; plan: any }>) => {
        for (const { sql, plan } of plans) {
          expect(
            seqScans(plan).filter((table) => large.has(table)),
            `${name}: ${sql}`,
          ).toEqual([]);
          expect(largeSorts(plan, LARGE_ROWS), `${name}: ${sql}`).toEqual([]);
        }
      };
      for (const [name, query] of Object.entries(PLANNED_QUERIES)) expectIndexed(name, (await planned(query)).plans);
      // Every documented order of quotes and articles, on the first page and deep after a cursor.
      const orders = { quotes: ['DOCUMENT', 'PUBLISHED_DESC', 'PUBLISHED_ASC'], articles: ['PUBLISHED_DESC', 'PUBLISHED_ASC', 'IMPORTED_DESC'] };
      for (const [field, values] of Object.entries(orders)) {
        for (const order of values) {
          const first = await planned(`{ ${field}(orderBy: ${order}, first: 100) { pageInfo { endCursor } } }`);
          expectIndexed(`${field} ${order}`, first.plans);
          const after = first.data[field].pageInfo.endCursor;
          for (const page of [`first: 20, after: "${after}"`, `last: 20, before: "${after}"`]) {
            const { data, plans } = await planned(`{ ${field}(orderBy: ${order}, ${page}) { nodes { id } } }`);
            expect(data[field].nodes, `${field} ${order} ${page}`).toHaveLength(20);
            expectIndexed(`${field} ${order} ${page}`, plans);
          }
        }
      }
      // Search sorts its matches (by id for the newest, then by rank) carrying ids and ranks, never their
      // vectors: an article's is 2.5 KB, kept in the row, and such a sort spilled to disk.
      for (const word of ['Syria', 'Shamkhani']) {
        const { data, plans } = await planned(`{ search(query: "${word}", first: 20) { edges { rank } } }`, 'FORMAT JSON, VERBOSE');
        expect(data.search.edges.length, word).toBeGreaterThan(0);
        const sorted = plans.filter(({ sql }) => /ts_rank/u.test(sql)).flatMap(({ plan }) => sortOutputs(plan));
        expect(sorted.length, word).toBeGreaterThan(0);
        expect(
          sorted.filter((column) => /^(?:\S+\.)?"searchVector"$/u.test(column)),
          word,
        ).toEqual([]);
      }
      // A page after a cursor starts its index walk at the cursor (a row comparison as index condition),
      // instead of reading every row before it.
      for (const field of ['quotes', 'statements']) {
        const { data } = await planned(`{ ${field}(first: 100) { pageInfo { endCursor } } }`);
        const after = data[field].pageInfo.endCursor;
        const { data: page, plans } = await planned(`{ ${field}(first: 20, after: "${after}") { nodes { id } } }`);
        expect(page[field].nodes).toHaveLength(20);
        const walks = plans.flatMap(({ plan }) => indexConditions(plan)).filter((c) => /ROW\("articleId", "?position"?\) >=/u.test(c));
        expect(walks, field).toHaveLength(1);
      }
    } finally {
      await archive.close();
    }
  });

  it("read a speaker's quotes above a confidence threshold, a page and their count, from the speaker's index alone, the threshold one of its conditions", async () => {
    // With the confidence outside that index, the planner ANDed it with the confidence index, whose
    // bitmap holds every quote at the threshold (49 ms for a frequent speaker at 100,000 articles).
    const archive = await grownArchive();
    try {
      const { data, plans } = await archive.planned(`{ quotes(speaker: "Shamkhani", minConfidence: 0.8, first: 20) { totalCount nodes { confidence } } }`);
      expect(data.quotes.totalCount).toBeGreaterThan(0);
      expect(data.quotes.nodes.every((q: { confidence: number }) => q.confidence >= 0.8)).toBe(true);
      const quoteReads = plans.map(({ plan }) => readsOf(plan, 'Quote')).filter((reads) => reads.length > 0);
      expect(quoteReads).toHaveLength(2);
      for (const reads of quoteReads)
        expect(reads).toEqual([expect.stringMatching(/^Index (?:Only )?Scan using Quote_speakerId_articleId_position_act_confidence_idx$/u)]);
      const conditions = plans.flatMap(({ plan }) => indexConditions(plan)).filter((c) => /"speakerId" =/u.test(c));
      expect(conditions).toHaveLength(2);
      for (const condition of conditions) expect(condition).toMatch(/confidence >=/u);
    } finally {
      await archive.close();
    }
  });

  it("rank entities by speech given and by mentions from the counts on their rows: a page, first or after a cursor, of one type walks its index and reads a page of entities, of all types each type's", async () => {
    // Before the counts were kept, a page counted every entity the filters leave: at 3,000 articles
    // QUOTES_GIVEN read all 22,528 entities and probed the speaker index for each (79-90 ms),
    // MENTIONS all 22,528 entities and 39,000 mentions (64-95 ms).
    const archive = await grownArchive();
    const counted = {
      QUOTES_GIVEN: { index: 'speech_order', count: `(SELECT count(*) FROM "Quote" q WHERE q."speakerId" = e.id AND q.act = 'SPEECH')` },
      MENTIONS: { index: 'mention_order', count: `(SELECT count(*) FROM "Mention" m WHERE m."entityId" = e.id)` },
    };
    try {
      const [{ n }] = (await archive.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Entity"`)).rows as [{ n: number }];
      expect(n).toBeGreaterThan(20_000);
      // Places and organizations seldom speak, and places are mentioned most: each type has its own walk.
      for (const type of [null, 'LOCATION', 'ORGANIZATION']) {
        for (const [order, { index, count }] of Object.entries(counted)) {
          const name = `${order} ${type ?? ''}`;
          const args = `orderBy: ${order}, first: 50${type ? `, type: ${type}` : ''}`;
          const first = await archive.planned(`{ entities(${args}) { pageInfo { endCursor } nodes { id } } }`, 'ANALYZE, FORMAT JSON');
          const after = first.data.entities.pageInfo.endCursor;
          const next = await archive.planned(`{ entities(${args}, after: "${after}") { nodes { id } } }`, 'ANALYZE, FORMAT JSON');
          const expected = await archive.client.query<{ id: number }>(
            `SELECT e.id FROM "Entity" e WHERE ${type ? `e.type = '${type}'` : 'true'} ORDER BY ${count} DESC, e."canonicalName", e.id LIMIT 100`,
          );
          const ids = [...first.data.entities.nodes, ...next.data.entities.nodes].map((n: { id: string }) => n.id);
          expect(ids, name).toEqual(expected.rows.map((r) => Buffer.from(`Entity:${r.id}`).toString('base64')));
          // One walk of the type's index; a page of every type walks each type's, merged.
          const walkCount = type ? 1 : 3;
          for (const { plans } of [first, next]) {
            // The page's ids, then the columns asked for them.
            expect(plans).toHaveLength(2);
            const page = plans[0]!.plan;
            // The walks, and after a cursor the cursor's own row by its id (once per key of the order and walk).
            const reads = readsOf(page, 'Entity');
            expect(
              reads.filter((r) => !/using Entity_pkey$/u.test(r)),
              name,
            ).toEqual(new Array(walkCount).fill(`Index Scan using Entity_type_${index}_idx`));
            expect(reads.length, name).toBeLessThanOrEqual(4 * walkCount);
            expect(readsOf(page, 'Quote').concat(readsOf(page, 'Mention')), name).toEqual([]);
            // The 50, one more for hasNextPage, the cursor's own row skipped, and its keys, in each walk.
            expect(rowsRead(page, 'Entity'), name).toBeLessThanOrEqual(walkCount * (50 + 2 + 3));
          }
          // The page after the cursor starts its walks there: the row comparison is the index condition.
          const walks = indexConditions(next.plans[0]!.plan).filter((c) => /ROW\(\(- "?\w+Count"?\), "canonicalName", "?id"?\) >=/u.test(c));
          expect(walks, name).toHaveLength(walkCount);
        }
      }
    } finally {
      await archive.close();
    }
  });
});

/**
 * The test database grown by replication to 3,000 articles, a client on it, and `planned`: the
 * answer to a query through the app, with the plan of each statement it sent.
 */
async function grownArchive() {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const url = config.DATABASE_URL!;
  // Plans as the API's connections make them: without parallel workers (apiDbOptions).
  const client = new pg.Client({ connectionString: url, options: '-c max_parallel_workers_per_gather=0' });
  await client.connect();
  await replicateArticles(client, 3000);
  const statements: Array<{ sql: string; params: string }> = [];
  const db = createDb(url, { ...apiDbOptions(config), onQuery: (sql, params) => statements.push({ sql, params }) });
  const app = createApp({ db, config, log: createLogger('silent') });
  const planned = async (query: string, explain = 'FORMAT JSON') => {
    statements.length = 0;
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const answer = (await res.json()) as any;
    expect(answer.errors, query).toBeUndefined();
    const plans: Array<{ sql: string; plan: any }> = [];
    for (const s of statements) {
      const plan = (await client.query({ text: `EXPLAIN (${explain}) ${s.sql}`, values: JSON.parse(s.params), rowMode: 'array' })).rows[0]![0];
      plans.push({ sql: s.sql, plan: plan[0].Plan });
    }
    return { data: answer.data, plans };
  };
  const close = async () => {
    await db.$disconnect();
    await client.end();
  };
  return { client, planned, close };
}

/** How a plan reads `table`: "Seq Scan", "Index Only Scan using <index>", … */
function readsOf(plan: any, table: string): string[] {
  const own = plan['Relation Name'] === table ? [`${plan['Node Type']}${plan['Index Name'] ? ` using ${plan['Index Name']}` : ''}`] : [];
  return [...own, ...(plan.Plans ?? []).flatMap((p: any) => readsOf(p, table))];
}

/** Rows the plan's nodes reading `table` read (EXPLAIN ANALYZE: returned or filtered out), over every loop. */
function rowsRead(plan: any, table: string): number {
  const own = plan['Relation Name'] === table ? (plan['Actual Rows'] + (plan['Rows Removed by Filter'] ?? 0)) * plan['Actual Loops'] : 0;
  return own + (plan.Plans ?? []).reduce((sum: number, p: any) => sum + rowsRead(p, table), 0);
}

function indexConditions(plan: any): string[] {
  const own = plan['Index Cond'] ? [plan['Index Cond'] as string] : [];
  return [...own, ...(plan.Plans ?? []).flatMap(indexConditions)];
}

/** Sorts (not incremental ones, which sort only the rows of one group) of more rows than a large table holds. */
function largeSorts(plan: any, rows: number): string[] {
  const own = plan['Node Type'] === 'Sort' && plan['Plan Rows'] > rows ? [`${plan['Sort Key']} (${plan['Plan Rows']} rows)`] : [];
  return [...own, ...(plan.Plans ?? []).flatMap((p: any) => largeSorts(p, rows))];
}

/** The columns every Sort node carries (EXPLAIN VERBOSE). */
function sortOutputs(plan: any): string[] {
  const own = plan['Node Type'] === 'Sort' ? (plan.Output as string[]) : [];
  return [...own, ...(plan.Plans ?? []).flatMap(sortOutputs)];
}

function seqScans(plan: any): string[] {
  const own = plan['Node Type'] === 'Seq Scan' ? [plan['Relation Name'] as string] : [];
  return [...own, ...(plan.Plans ?? []).flatMap(seqScans)];
}

// Reading the knowledge base as frontends and analysts do: pagination, filters, search, lookup,
// aggregates. Real database, requests through yoga.fetch.
import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../src/import/store.js';
import { ARTICLES } from './fixtures.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

beforeAll(async () => {
  await t.importSeed();
  for (const a of ARTICLES) await importArticle(t.db, { ...a, publishedAt: new Date(a.publishedAt) });
});

async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await t.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('pagination', () => {
  for (const field of ['quotes', 'statements', 'entities', 'articles']) {
    it(`walks every page of ${field} forwards and backwards: no duplicates, no gaps`, async () => {
      const all = (await data(`{ ${field}(first: 100) { totalCount nodes { id } } }`))[field];
      expect(all.nodes.length).toBe(all.totalCount);
      expect(all.totalCount).toBeGreaterThan(3);

      const forwards: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (
          await data(`query($after: String) { ${field}(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`, { after })
        )[field];
        expect(page.totalCount).toBe(all.totalCount);
        forwards.push(...page.nodes.map((n: any) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(forwards).toEqual(all.nodes.map((n: any) => n.id));

      const backwards: string[] = [];
      let before: string | null = null;
      for (;;) {
        const page: any = (
          await data(`query($before: String) { ${field}(last: 3, before: $before) { pageInfo { hasPreviousPage startCursor } nodes { id } } }`, { before })
        )[field];
        backwards.unshift(...page.nodes.map((n: any) => n.id));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backwards).toEqual(forwards);
    });
  }

  it('keeps a cursor valid when rows are added before it is used', async () => {
    const first = (await data(`{ articles(first: 2) { pageInfo { endCursor } nodes { id } } }`)).articles;
    await importArticle(t.db, { text: 'Late news\n\nA late article arrived after the first page was read by the client.' });
    const next = (await data(`query($after: String) { articles(first: 100, after: $after) { nodes { id } } }`, { after: first.pageInfo.endCursor })).articles;
    expect(next.nodes.map((n: any) => n.id)).not.toContain(first.nodes[0].id);
    expect(next.nodes.map((n: any) => n.id)).not.toContain(first.nodes[1].id);
  });

  it('refuses a page larger than the maximum, naming the limit', async () => {
    const res = await t.gql(`{ quotes(first: 1000) { nodes { id } } }`);
    expect(res.errors?.[0]?.message).toBe('first is 1000, more than the maximum page size of 100 (MAX_PAGE_SIZE)');
  });

  it('uses the default page size', async () => {
    const res = await data(`{ statements { nodes { id } } }`);
    expect(res.statements.nodes).toHaveLength(20);
  });
});

describe('filters', () => {
  it('quotes by speaker given as name, alias, any case, or global ID', async () => {
    const byName = (await data(`{ quotes(speaker: "omar haddad") { totalCount nodes { speaker { id canonicalName } } } }`)).quotes;
    expect(byName.totalCount).toBe(2);
    const id = byName.nodes[0].speaker.id;
    const byId = (await data(`query($id: String) { quotes(speaker: $id) { totalCount } }`, { id })).quotes;
    expect(byId.totalCount).toBe(2);
  });

  it('about several entities means all of them', async () => {
    const one = (await data(`{ quotes(about: ["Syria"]) { totalCount } }`)).quotes.totalCount;
    const both = (await data(`{ quotes(about: ["Syria", "Astana"]) { totalCount nodes { about { canonicalName } } } }`)).quotes;
    expect(both.totalCount).toBeLessThan(one);
    for (const q of both.nodes) expect(q.about.map((e: any) => e.canonicalName)).toEqual(expect.arrayContaining(['Syria', 'Astana']));
  });

  it('the first page about an entity holds the rows of that entity’s own connections, in document order', async () => {
    const res = await data(`{
      quotes(about: ["Syria"], first: 50) { nodes { id } }
      statements(about: ["Syria"], first: 50) { nodes { id } }
      entity(name: "Syria") { quotesAbout(first: 50) { nodes { id } } statementsAbout(first: 50) { nodes { id } } }
    }`);
    expect(res.quotes.nodes.length).toBeGreaterThan(1);
    expect(res.statements.nodes.length).toBeGreaterThan(1);
    expect(res.quotes.nodes).toEqual(res.entity.quotesAbout.nodes);
    expect(res.statements.nodes).toEqual(res.entity.statementsAbout.nodes);
    // The page after it continues where it ended.
    const first = (await data(`{ statements(about: ["Syria"], first: 2) { pageInfo { endCursor } nodes { id } } }`)).statements;
    const next = (await data(`query($a: String) { statements(about: ["Syria"], first: 2, after: $a) { nodes { id } } }`, { a: first.pageInfo.endCursor }))
      .statements;
    expect([...first.nodes, ...next.nodes]).toEqual(res.statements.nodes.slice(0, 4));
  });

  it('a text filter with date bounds compares the instants asked, whatever the server’s time zone', async () => {
    const floods = (from: string) => data(`query($f: DateTime) { articles(text: "flooded", from: $f) { nodes { publishedAt } } }`, { f: from });
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York'; // pg would send a Date as local time with an offset
    try {
      expect((await floods('2024-04-10T09:00:00.000Z')).articles.nodes).toEqual([{ publishedAt: '2024-04-10T09:00:00.000Z' }]);
      expect((await floods('2024-04-10T09:00:00.001Z')).articles.nodes).toEqual([]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('kind, publication, date range and article', async () => {
    const direct = (await data(`{ quotes(kind: DIRECT) { nodes { kind } } }`)).quotes.nodes;
    expect(direct.length).toBeGreaterThan(0);
    expect(new Set(direct.map((q: any) => q.kind))).toEqual(new Set(['DIRECT']));

    // A publication name is matched as written: LIKE wildcards and a trailing backslash match themselves.
    for (const odd of ['%', 'Harbor%', '_arbor Times', '%_\\'])
      expect((await data(`query($p: String) { quotes(publication: $p) { totalCount } }`, { p: odd })).quotes.totalCount).toBe(0);
    const harbor = (await data(`{ quotes(publication: "harbor times") { nodes { article { publication } } } }`)).quotes.nodes;
    expect(new Set(harbor.map((q: any) => q.article.publication))).toEqual(new Set(['Harbor Times']));

    const april = (await data(`{ quotes(from: "2024-04-01T00:00:00Z", to: "2024-04-30T00:00:00Z") { nodes { article { publishedAt } } } }`)).quotes.nodes;
    expect(april.length).toBeGreaterThan(0);
    for (const q of april) expect(q.article.publishedAt.startsWith('2024-04')).toBe(true);

    const article = (await data(`{ articles(publication: "Valley Courier", first: 1) { nodes { id } } }`)).articles.nodes[0].id;
    const inArticle = (await data(`query($a: ID) { quotes(article: $a) { nodes { article { id } } } }`, { a: article })).quotes.nodes;
    expect(new Set(inArticle.map((q: any) => q.article.id))).toEqual(new Set([article]));
  });

  it('free text over quotes and statements', async () => {
    const quotes = (await data(`{ quotes(text: "harbor ships") { nodes { text } } }`)).quotes.nodes;
    expect(quotes.map((q: any) => q.text)).toEqual(['The harbor is open again and the ships are moving,']);
    const statements = (await data(`{ statements(text: "\\"higher ground\\"") { nodes { text } } }`)).statements.nodes;
    expect(statements).toHaveLength(1);
  });

  it('statements by speaker and about', async () => {
    const s = (await data(`{ statements(speaker: "Peter Hall") { nodes { text quotes { speaker { canonicalName } } } } }`)).statements.nodes;
    expect(s.length).toBeGreaterThan(0);
    for (const st of s) expect(st.quotes.some((q: any) => q.speaker?.canonicalName === 'Peter Hall')).toBe(true);
  });

  it('entities by exact name, prefix, type and appearing with another', async () => {
    expect((await data(`{ entities(name: "snsc") { nodes { canonicalName } } }`)).entities.nodes).toEqual([
      { canonicalName: 'Supreme National Security Council' },
    ]);
    const prefix = (await data(`{ entities(prefix: "ali ") { nodes { canonicalName } } }`)).entities.nodes.map((e: any) => e.canonicalName);
    expect(prefix).toEqual(['Ali Khamenei', 'Ali Shamkhani']);
    // Ranked by mentions, every type's walk tests the prefix; its characters are taken as written.
    for (const [p, names] of [
      ['ali ', ['Ali Khamenei', 'Ali Shamkhani']],
      ['a_i ', []],
      ['%', []],
      ['ali%', []],
    ] as const) {
      const ranked = (await data(`{ entities(orderBy: MENTIONS, prefix: "${p}") { nodes { canonicalName } } }`)).entities.nodes;
      expect(ranked.map((e: any) => e.canonicalName).sort(), p).toEqual(names);
    }
    const people = (await data(`{ entities(type: PERSON, first: 100) { nodes { type } } }`)).entities.nodes;
    expect(new Set(people.map((e: any) => e.type))).toEqual(new Set(['PERSON']));
    const withGrant = (await data(`{ entities(appearsWith: "Lisa Grant") { nodes { canonicalName } } }`)).entities.nodes.map((e: any) => e.canonicalName);
    expect(withGrant).toContain('Omar Haddad');
    expect(withGrant).not.toContain('Lisa Grant');
    expect(withGrant).not.toContain('Ali Shamkhani');
  });

  it('articles by text and mentioned entity', async () => {
    const byText = (await data(`{ articles(text: "flood") { nodes { title } } }`)).articles.nodes;
    expect(byText).toEqual([{ title: 'Floods hit the valley' }]);
    const mentioning = (await data(`{ articles(mentions: "Haddad") { totalCount nodes { title } } }`)).articles;
    expect(mentioning.totalCount).toBe(2);
  });

  it('names an argument that is not an ID of the right type', async () => {
    const res = await t.gql(`{ quotes(article: "nonsense") { totalCount } }`);
    expect(res.errors?.[0]?.message).toBe('article: "nonsense" is not the ID of an Article');
  });
});

describe('nodes by global ID', () => {
  it('node and nodes return each type', async () => {
    const q = await data(`{ quotes(first: 1) { nodes { id text } } entities(first: 1) { nodes { id canonicalName } } }`);
    const ids = [q.quotes.nodes[0].id, q.entities.nodes[0].id];
    const res = await data(
      `query($ids: [ID!]!, $one: ID!) {
      nodes(ids: $ids) { id __typename }
      node(id: $one) { ... on Quote { text } }
    }`,
      { ids, one: ids[0] },
    );
    expect(res.nodes.map((n: any) => n.__typename)).toEqual(['Quote', 'Entity']);
    expect(res.node.text).toBe(q.quotes.nodes[0].text);
  });
});

describe('orderBy', () => {
  /** Every page of a connection, `first: 2` at a time, to check that cursors follow the order. */
  async function allPages(field: string, args: string, selection: string): Promise<any[]> {
    const nodes: any[] = [];
    let after: string | null = null;
    do {
      const page: any = (
        await data(`query($after: String) { ${field}(${args}, first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`, {
          after,
        })
      )[field];
      nodes.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  }
  const dated = (nodes: Array<{ publishedAt: string | null }>) => nodes.map((n) => n.publishedAt).filter((d): d is string => d !== null);

  it('sorts articles by publication date either way, undated last, and pages in that order', async () => {
    const oldest = await allPages('articles', 'orderBy: PUBLISHED_ASC', 'id publishedAt');
    const newest = await allPages('articles', 'orderBy: PUBLISHED_DESC', 'id publishedAt');
    expect(dated(oldest)).toEqual([...dated(oldest)].sort());
    expect(dated(newest)).toEqual([...dated(oldest)].reverse());
    expect(oldest.at(-1).publishedAt).toBeNull(); // the seed article has no date
    expect(new Set(oldest.map((a) => a.id)).size).toBe(oldest.length);
  });

  it('sorts entities by quotes given, most first, and pages in that order', async () => {
    const nodes = await allPages('entities', 'orderBy: QUOTES_GIVEN', 'id canonicalName quotesGivenCount');
    const counts = nodes.map((e) => e.quotesGivenCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(nodes.map((e) => e.id)).size).toBe(nodes.length);
    expect(nodes.length).toBe((await data(`{ entities { totalCount } }`)).entities.totalCount);
  });

  it('pages quotes by publication either way as their articles’ dates order them (undated last), then the article, then the position', async () => {
    const rows = await t.db.quote.findMany({ select: { id: true, articleId: true, position: true, article: { select: { publishedAt: true } } } });
    const dated = rows.filter((r) => r.article.publishedAt);
    expect(dated.length).toBeGreaterThan(1);
    expect(dated.length).toBeLessThan(rows.length);
    const time = (r: (typeof rows)[number], undated: number) => r.article.publishedAt?.getTime() ?? undated;
    for (const [order, sign] of [
      ['PUBLISHED_ASC', 1],
      ['PUBLISHED_DESC', -1],
    ] as const) {
      const expected = [...rows]
        .sort((a, b) => sign * (time(a, sign * Infinity) - time(b, sign * Infinity)) || sign * (a.articleId - b.articleId) || a.position - b.position)
        .map((r) => Buffer.from(`Quote:${r.id}`).toString('base64'));
      const forwards = (await allPages('quotes', `orderBy: ${order}`, 'id')).map((q) => q.id);
      expect(forwards, order).toEqual(expected);
      const { edges } = (await data(`{ quotes(orderBy: ${order}, first: 6) { edges { cursor } } }`)).quotes;
      const before = await data(`{ quotes(orderBy: ${order}, last: 3, before: "${edges[5].cursor}") { nodes { id } } }`);
      expect(
        before.quotes.nodes.map((n: { id: string }) => n.id),
        order,
      ).toEqual(expected.slice(2, 5));
    }
  });

  it('sorts quotes by their article’s publication date', async () => {
    const nodes = await allPages('quotes', 'orderBy: PUBLISHED_DESC', 'id article { publishedAt }');
    const dates = nodes.map((q) => q.article.publishedAt).filter(Boolean);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(nodes.map((q) => q.id)).size).toBe(nodes.length);
  });
});

describe('search', () => {
  const HIT = `rank snippet node { __typename ... on Article { title } ... on Statement { text } ... on Quote { text speaker { canonicalName } } }`;

  it('ranks matches across quotes, statements and articles, with snippets, as a connection of a union', async () => {
    const { search } = await data(`{ search(query: "port strike talks") { totalCount edges { cursor ${HIT} } nodes { __typename } } }`);
    const hits = search.edges;
    expect(hits.length).toBeGreaterThan(1);
    expect(search.totalCount).toBeGreaterThanOrEqual(hits.length);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].rank).toBeGreaterThanOrEqual(hits[i].rank);
    expect(hits[0].snippet).toContain('«');
    expect(hits.some((h: any) => h.node.__typename === 'Article' && h.node.title === 'Port strike ends after talks')).toBe(true);
    expect(search.nodes.map((n: any) => n.__typename)).toEqual(hits.map((h: any) => h.node.__typename));
    expect(new Set(hits.map((h: any) => h.node.__typename)).size).toBeGreaterThan(1);
  });

  it('pages through matches with cursors, each match once', async () => {
    const all = (await data(`{ search(query: "port strike talks", first: 50) { edges { node { __typename ... on Node { id } } } } }`)).search.edges;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (
        await data(
          `query($after: String) { search(query: "port strike talks", first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ... on Node { id } } } } }`,
          { after },
        )
      ).search;
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((e: any) => e.node.id));
  });

  it('searches only the kinds asked for', async () => {
    const hits = (await data(`{ search(query: "terrorism", kinds: [QUOTE]) { edges { ${HIT} } } }`)).search.edges;
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h: any) => h.node.__typename))).toEqual(new Set(['Quote']));
  });
});

describe('entity lookup', () => {
  it('finds a misspelt name by similarity', async () => {
    expect((await data(`{ entity(name: "Shamkani") { canonicalName } }`)).entity).toEqual({ canonicalName: 'Ali Shamkhani' });
  });

  it('answers an ambiguous name with the candidates, not a guess', async () => {
    const res = await t.gql(`{ entity(name: "Clinton") { canonicalName } }`);
    expect(res.errors?.[0]?.message).toBe('"Clinton" is ambiguous: Bill Clinton (PERSON), Hillary Clinton (PERSON)');
    expect(res.errors?.[0]?.extensions?.code).toBe('AMBIGUOUS_NAME');
    const lookup = (await data(`{ entityLookup(name: "clinton") { entity { canonicalName } candidates { entity { canonicalName } similarity } } }`))
      .entityLookup;
    expect(lookup.entity).toBeNull();
    expect(lookup.candidates.map((c: any) => c.entity.canonicalName).sort()).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });

  it('returns null for a name nothing resembles', async () => {
    expect((await data(`{ entity(name: "Zzyzx Qwerty") { canonicalName } }`)).entity).toBeNull();
  });
});

describe('aggregates', () => {
  it('counts quotes given and quotes about an entity', async () => {
    const e = await data(`{ shamkhani: entity(name: "Shamkhani") { quotesGivenCount } syria: entity(name: "Syria") { quotedAboutCount mentionCount } }`);
    const given = (await data(`{ quotes(speaker: "Shamkhani") { totalCount } }`)).quotes.totalCount;
    const about = (await data(`{ quotes(about: ["Syria"]) { totalCount } }`)).quotes.totalCount;
    expect(e.shamkhani.quotesGivenCount).toBe(given);
    expect(e.syria.quotedAboutCount).toBe(about);
    expect(e.syria.mentionCount).toBeGreaterThan(5);
  });

  it('who talks about an entity, ranked by quote count', async () => {
    const ranked = (await data(`{ entity(name: "Syria") { speakersAbout { entity { canonicalName } count } } }`)).entity.speakersAbout;
    expect(ranked[0]).toEqual({ entity: { canonicalName: 'Ali Shamkhani' }, count: 3 });
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].count).toBeGreaterThanOrEqual(ranked[i].count);
  });

  it('who appears with an entity, by shared articles or statements', async () => {
    const byArticle = (await data(`{ entity(name: "Omar Haddad") { appearsWith { entity { canonicalName } count } } }`)).entity.appearsWith;
    expect(byArticle[0]).toEqual({ entity: { canonicalName: 'Lisa Grant' }, count: 2 });
    const byStatement = (await data(`{ entity(name: "Astana") { appearsWith(by: STATEMENTS) { entity { canonicalName } count } } }`)).entity.appearsWith;
    expect(byStatement.map((r: any) => r.entity.canonicalName)).toContain('Syria');
  });

  it('counts each shared article once, however often either entity is mentioned in it', async () => {
    const articlesOf = async (name: string) =>
      new Set((await data(`{ articles(mentions: ${JSON.stringify(name)}, first: 100) { nodes { id } } }`)).articles.nodes.map((a: any) => a.id));
    const ranked = (await data(`{ entity(name: "Syria") { appearsWith(first: 5) { entity { canonicalName } count } } }`)).entity.appearsWith;
    expect(ranked.length).toBeGreaterThan(1);
    const withSyria = await articlesOf('Syria');
    for (const { entity, count } of ranked) {
      const shared = [...(await articlesOf(entity.canonicalName))].filter((id) => withSyria.has(id));
      expect(count, entity.canonicalName).toBe(shared.length);
    }
  });

  it('quotes by or about an entity, and nested filters', async () => {
    const e = (
      await data(`{ entity(name: "Shamkhani") {
      quotes { totalCount }
      quotesBy(about: ["Astana"]) { totalCount nodes { kind } }
      quotesAbout { totalCount }
    } }`)
    ).entity;
    expect(e.quotesBy.totalCount).toBe(1);
    expect(e.quotes.totalCount).toBe(e.quotesBy.totalCount + 0 + (e.quotes.totalCount - e.quotesBy.totalCount));
    expect(e.quotes.totalCount).toBeGreaterThanOrEqual(4);
  });
});

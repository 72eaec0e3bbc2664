// Beliefs held ("Fire chief Anna Berg believes …") are stored beside speech, each quote with its act,
// and every listing and count of quotes answers speech unless `acts` asks for beliefs.
// Real database, requests through yoga.fetch.
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJsonl } from '../../src/export/jsonl.js';
import { importArticle } from '../../src/import/store.js';
import { useTestApp } from './harness.js';

const t = useTestApp();
const input = {
  sourceName: 'fire.txt',
  text: `Warehouse fire on Dock Road

A fire destroyed a warehouse on Dock Road in Millbrook on Tuesday night.

Fire chief Anna Berg believes the fire was started deliberately.

"We lost everything in one night," said Mark Doyle, who owns the building. Berg said the investigation would take weeks.

"The insurance will not cover it," Doyle said.`,
};
const BELIEF = 'the fire was started deliberately';
let articleId: string;

beforeAll(async () => {
  await importArticle(t.db, input);
  articleId = (await t.gql('{ articles { nodes { id } } }')).data.articles.nodes[0].id;
});

async function data(query: string, variables?: Record<string, unknown>) {
  const res = await t.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

const ALL = '[SPEECH, BELIEF]';

describe('beliefs held', () => {
  it('are stored with their act, once however often the article is imported', async () => {
    const again = await importArticle(t.db, input);
    expect(again.status).toBe('UNCHANGED');
    const rows = await t.db.quote.findMany({ select: { act: true, text: true }, orderBy: { position: 'asc' } });
    expect(rows.filter((q) => q.act === 'BELIEF').map((q) => q.text)).toEqual([BELIEF]);
    expect(rows.filter((q) => q.act === 'SPEECH')).toHaveLength(3);
  });

  it('are left out of quotes by default, and answered with acts, alone or with speech; counts agree', async () => {
    const q = (args: string) => `quotes(${args}) { totalCount nodes { act text speaker { canonicalName } } }`;
    const d = await data(`{ speech: ${q('minConfidence: 0')} both: ${q(`acts: ${ALL}`)} beliefs: ${q('acts: [BELIEF]')} plain: quotes { totalCount } }`);
    expect(d.speech.totalCount).toBe(3);
    expect(d.plain.totalCount).toBe(3);
    expect(d.speech.nodes.map((n: any) => n.act)).toEqual(['SPEECH', 'SPEECH', 'SPEECH']);
    expect(d.both.totalCount).toBe(4);
    expect(d.both.nodes).toHaveLength(4);
    expect(d.beliefs).toEqual({ totalCount: 1, nodes: [{ act: 'BELIEF', text: BELIEF, speaker: { canonicalName: 'Anna Berg' } }] });
    // Every other filter keeps the act's: kind, confidence, full text, speaker.
    const f = await data(
      `{ a: quotes(kind: INDIRECT) { totalCount } b: quotes(kind: INDIRECT, acts: ${ALL}) { totalCount }
         c: quotes(text: "deliberately") { totalCount nodes { id } } d: quotes(text: "deliberately", acts: [BELIEF]) { totalCount nodes { act } }
         e: quotes(speaker: "Anna Berg") { totalCount } f: quotes(speaker: "Anna Berg", acts: [BELIEF], orderBy: PUBLISHED_DESC) { totalCount nodes { act } } }`,
    );
    expect([f.a.totalCount, f.b.totalCount, f.c.totalCount, f.c.nodes.length, f.d.totalCount, f.e.totalCount, f.f.totalCount]).toEqual([1, 2, 0, 0, 1, 1, 1]);
    expect([f.d.nodes, f.f.nodes]).toEqual([[{ act: 'BELIEF' }], [{ act: 'BELIEF' }]]);
  });

  it('are left out of an article’s, an entity’s and a statement’s quotes and counts unless asked', async () => {
    const args = (acts: string) => (acts ? `(${acts})` : ''); // none: the default
    const article = (acts: string) =>
      `article(id: "${articleId}") { quotes${args(acts)} { totalCount nodes { act } } statements { nodes { quotes${args(acts)} { act } } } }`;
    const entity = (acts: string) =>
      `entity(name: "Anna Berg") { quotesGivenCount${args(acts)} quotesBy${args(acts)} { totalCount } quotes${args(acts)} { totalCount nodes { act } } }`;
    const d = await data(`{ a: ${article('')} b: ${article(`acts: ${ALL}`)} c: ${article('acts: [BELIEF]')}
      x: ${entity('')} y: ${entity(`acts: ${ALL}`)} z: ${entity('acts: [BELIEF]')} }`);
    const inStatements = (a: any) => a.statements.nodes.flatMap((s: any) => s.quotes.map((q: any) => q.act)).sort();
    expect([d.a.quotes.totalCount, d.b.quotes.totalCount, d.c.quotes.totalCount]).toEqual([3, 4, 1]);
    expect(inStatements(d.a)).toEqual(['SPEECH', 'SPEECH', 'SPEECH']);
    expect(inStatements(d.b)).toEqual(['BELIEF', 'SPEECH', 'SPEECH', 'SPEECH']);
    expect(inStatements(d.c)).toEqual(['BELIEF']);
    expect([d.x.quotesGivenCount, d.x.quotesBy.totalCount, d.x.quotes.totalCount]).toEqual([1, 1, 1]);
    expect([d.y.quotesGivenCount, d.y.quotesBy.totalCount, d.y.quotes.totalCount]).toEqual([2, 2, 2]);
    expect([d.z.quotesGivenCount, d.z.quotesBy.totalCount, d.z.quotes.totalCount, d.z.quotes.nodes]).toEqual([1, 1, 1, [{ act: 'BELIEF' }]]);
    // Within one entity, each alias counts its own acts (speech is read from the row, others counted).
    const own = await data(`{ entity(name: "Anna Berg") { s: quotesGivenCount b: quotesGivenCount(acts: [BELIEF])
      all: quotesGivenCount(acts: ${ALL}) again: quotesGivenCount(acts: [SPEECH]) } }`);
    expect(own.entity).toEqual({ s: 1, b: 1, all: 2, again: 1 });
    // Statements holding a quote by a speaker hold speech: the belief's sentence is not one of Berg's.
    const s = await data('{ statements(speaker: "Anna Berg") { totalCount nodes { text } } }');
    expect(s.statements.totalCount).toBe(1);
    expect(s.statements.nodes[0].text).toContain('investigation');
  });

  it('count towards quotesAbout, speakersAbout and search only when asked', async () => {
    const entities = (await data('{ entities(first: 50) { nodes { canonicalName } } }')).entities.nodes.map((e: any) => e.canonicalName);
    for (const name of entities) {
      for (const acts of ['[SPEECH]', '[BELIEF]', ALL]) {
        const d = await data(
          `query($name: String!) { entity(name: $name) { quotedAboutCount(acts: ${acts}) quotesAbout(acts: ${acts}) { totalCount }
             speakersAbout(acts: ${acts}) { count } } }`,
          { name },
        );
        expect(d.entity.quotedAboutCount, `${name} ${acts}`).toBe(d.entity.quotesAbout.totalCount);
        const spoken = d.entity.speakersAbout.reduce((n: number, c: any) => n + c.count, 0);
        expect(spoken, `${name} ${acts}`).toBeLessThanOrEqual(d.entity.quotedAboutCount);
      }
      const [speech, both] = [
        await data('query($n: String!) { entity(name: $n) { quotedAboutCount } }', { n: name }),
        await data(`query($n: String!) { entity(name: $n) { quotedAboutCount(acts: ${ALL}) } }`, { n: name }),
      ];
      expect(speech.entity.quotedAboutCount).toBeLessThanOrEqual(both.entity.quotedAboutCount);
    }
    const search = (acts: string) => `search(query: "deliberately", kinds: [QUOTE]${acts}) { totalCount edges { node { ... on Quote { act } } } }`;
    const d = await data(`{ speech: ${search('')} beliefs: ${search(', acts: [BELIEF]')} both: ${search(`, acts: ${ALL}`)} }`);
    expect(d.speech).toEqual({ totalCount: 0, edges: [] });
    expect(d.beliefs).toEqual({ totalCount: 1, edges: [{ node: { act: 'BELIEF' } }] });
    expect(d.both.totalCount).toBe(1);
  });

  it('do not rank an entity by quotes given: QUOTES_GIVEN counts speech, as quotesGivenCount does', async () => {
    const d = await data('{ entities(orderBy: QUOTES_GIVEN, type: PERSON) { nodes { canonicalName quotesGivenCount } } }');
    // Doyle said two things; Berg said one and holds one belief (by name, she would come first on a tie).
    expect(d.entities.nodes).toEqual([
      { canonicalName: 'Mark Doyle', quotesGivenCount: 2 },
      { canonicalName: 'Anna Berg', quotesGivenCount: 1 },
    ]);
    const after = (await data('{ entities(orderBy: QUOTES_GIVEN, type: PERSON, first: 1) { pageInfo { endCursor } } }')).entities.pageInfo.endCursor;
    const next = await data(`{ entities(orderBy: QUOTES_GIVEN, type: PERSON, first: 1, after: "${after}") { nodes { canonicalName } } }`);
    expect(next.entities.nodes).toEqual([{ canonicalName: 'Anna Berg' }]);
    const named = await data('{ entities(orderBy: QUOTES_GIVEN, prefix: "mark d") { totalCount nodes { canonicalName } } }');
    expect(named.entities).toEqual({ totalCount: 1, nodes: [{ canonicalName: 'Mark Doyle' }] });
  });

  it('cost no more SQL statements when asked for', async () => {
    const query = (acts: string) => `{ quotes(first: 10${acts}) { totalCount nodes { act text } } }`;
    t.sql.length = 0;
    await data(query(''));
    const speech = t.sql.length;
    t.sql.length = 0;
    await data(query(`, acts: ${ALL}`));
    expect(t.sql.length).toBe(speech);
  });

  it('refuse an empty or unknown act with a coded error', async () => {
    const empty = await t.gql('{ quotes(acts: []) { totalCount } }');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'acts' });
    const nested = await t.gql(`{ article(id: "${articleId}") { quotes(acts: []) { totalCount } } }`);
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'acts' });
    const unknown = await t.gql('query($acts: [QuoteAct!]) { quotes(acts: $acts) { totalCount } }', { acts: ['SPOKEN'] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const literal = await t.gql('{ quotes(acts: [SPOKEN]) { totalCount } }');
    expect(literal.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    const long = await t.gql('query($acts: [QuoteAct!]) { quotes(acts: $acts) { totalCount } }', { acts: Array(21).fill('SPEECH') });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'acts' });
  });

  it('refuse an empty act list in search whatever the kinds searched (statements alone were answered)', async () => {
    for (const kinds of ['[STATEMENT]', '[ARTICLE, STATEMENT]', '[QUOTE]']) {
      for (const fields of ['totalCount', 'edges { rank }']) {
        const res = await t.gql(`{ search(query: "fire", kinds: ${kinds}, acts: []) { ${fields} } }`);
        expect(res.errors?.[0]?.extensions, `${kinds} ${fields}`).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'acts' });
      }
    }
    // Statements and articles have no act: any act list finds the same ones.
    const d = await data(
      `{ a: search(query: "fire", kinds: [STATEMENT]) { totalCount } b: search(query: "fire", kinds: [STATEMENT], acts: [BELIEF]) { totalCount } }`,
    );
    expect(d.a.totalCount).toBeGreaterThan(0);
    expect(d.b.totalCount).toBe(d.a.totalCount);
  });

  it('are exported with their act', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    await exportJsonl(t.db, sink, ['quotes']);
    const acts = lines.map((l) => JSON.parse(l).act).sort();
    expect(acts).toEqual(['BELIEF', 'SPEECH', 'SPEECH', 'SPEECH']);
  });
});

// The showcase questions on the seed article, through the GraphQL endpoint, on a real database.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './harness.js';

const t = useTestApp();

beforeAll(async () => {
  await t.importSeed();
});

const QUOTE = 'kind text cue speaker { canonicalName type } speakerMention { text kind } about { canonicalName } quoted { text }';

async function quotes(args: string) {
  const res = await t.gql<{ quotes: { totalCount: number; nodes: any[] } }>(`{ quotes(${args}) { totalCount nodes { ${QUOTE} } } }`);
  expect(res.errors).toBeUndefined();
  return res.data!.quotes;
}

describe('the seed article through the API', () => {
  it('(a) quotes by Shamkhani about Astana: exactly the indirect one on the armed opposition', async () => {
    const { totalCount, nodes } = await quotes('speaker: "Shamkhani", about: ["Astana"]');
    expect(totalCount).toBe(1);
    const [q] = nodes;
    expect(q.kind).toBe('INDIRECT');
    expect(q.text).toMatch(
      /^the armed opposition in Syria – which is a party to the Astana talks – should not be allowed to shrink from participating in the talks/,
    );
    expect(q.speaker).toEqual({ canonicalName: 'Ali Shamkhani', type: 'PERSON' });
    expect(q.about.map((e: any) => e.canonicalName)).toEqual(expect.arrayContaining(['Astana', 'Syria']));
  });

  it('(b) the direct quote is resolved from "he" to Shamkhani, not Lavrentiev', async () => {
    const { nodes } = await quotes('speaker: "Shamkhani", kind: DIRECT');
    expect(nodes).toHaveLength(1);
    expect(nodes[0].text).toContain('We deem the military approach as effective only against those groups that refuse to lay down arms');
    expect(nodes[0].speakerMention).toEqual({ text: 'he', kind: 'PRONOUN' });
  });

  it('(b) Shamkhani’s quotes include the mixed one on European countries', async () => {
    const { nodes } = await quotes('speaker: "ali shamkhani"');
    const mixed = nodes.find((q: any) => q.kind === 'MIXED');
    expect(mixed.text).toContain('European countries');
    expect(mixed.quoted.map((f: any) => f.text)).toEqual(['like a dangerous virus, terrorism passes through borders and can’t be used instrumentally']);
    expect(mixed.speakerMention.text).toBe('he');
  });

  it('(c) Lavrentiev’s quotes: the mixed commendation and the parallel political channels', async () => {
    const { nodes } = await quotes('speaker: "Lavrentiev"');
    const texts = nodes.map((q: any) => q.text);
    const commendation = nodes.find((q: any) => q.kind === 'MIXED');
    expect(commendation.text).toContain('Iran’s “constructive” role');
    expect(commendation.quoted.map((f: any) => f.text)).toEqual(['constructive']);
    expect(texts).toContain('Russia would, however, continue to work on the political channels on a parallel basis');
    const parallel = nodes.find((q: any) => q.text.startsWith('Russia would'));
    expect(parallel.speakerMention.text).toBe('He');
  });

  it('(d) entities by alias: SNSC and Shamkhani', async () => {
    const res = await t.gql(`{
      snsc: entity(name: "SNSC") { canonicalName type aliases }
      shamkhani: entity(name: "Shamkhani") { canonicalName type aliases }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.snsc).toEqual({ canonicalName: 'Supreme National Security Council', type: 'ORGANIZATION', aliases: ['SNSC'] });
    expect(res.data.shamkhani).toMatchObject({ canonicalName: 'Ali Shamkhani', type: 'PERSON' });
    expect(res.data.shamkhani.aliases).toContain('Shamkhani');
  });

  it('(e) statements about Astana include the one on the talks in the Kazakh capital', async () => {
    const res = await t.gql(`{ statements(about: ["Astana"]) { nodes { text about { canonicalName } } } }`);
    expect(res.errors).toBeUndefined();
    const texts = res.data.statements.nodes.map((s: any) => s.text);
    expect(
      texts.some((s: string) => s.startsWith('Iran, Russia, and Turkey, which together act as the guarantor states') && s.includes('Kazakh capital of Astana')),
    ).toBe(true);
  });

  it('(f) the entities, and no junk', async () => {
    const res = await t.gql(`{ entities(first: 100) { nodes { canonicalName type } } }`);
    expect(res.errors).toBeUndefined();
    const found = res.data.entities.nodes.map((e: any) => `${e.type}:${e.canonicalName}`);
    const expected = [
      'PERSON:Vladimir Putin',
      'PERSON:Ali Khamenei',
      'PERSON:Alexander Lavrentiev',
      'PERSON:Ali Shamkhani',
      'ORGANIZATION:Supreme National Security Council',
      'ORGANIZATION:Press TV',
      'ORGANIZATION:IRNA',
      'LOCATION:Tehran',
      'LOCATION:Syria',
      'LOCATION:Iran',
      'LOCATION:Russia',
      'LOCATION:Turkey',
      'LOCATION:Astana',
      'LOCATION:Moscow',
      'LOCATION:Damascus',
    ];
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const junk of ['Thursday', 'Putin’s point', 'Newspapers', 'Arab country', 'Leader', 'Elsewhere']) {
      expect(found.some((f: string) => f.endsWith(`:${junk}`))).toBe(false);
    }
  });

  it('(g) importing the seed twice leaves the same row counts', async () => {
    const count = async () => {
      const res = await t.gql(`{ articles { totalCount } entities { totalCount } quotes { totalCount } statements { totalCount } }`);
      return [res.data.articles.totalCount, res.data.entities.totalCount, res.data.quotes.totalCount, res.data.statements.totalCount];
    };
    const before = await count();
    await t.importSeed();
    expect(await count()).toEqual(before);
    expect(before[0]).toBe(1);
  });
});

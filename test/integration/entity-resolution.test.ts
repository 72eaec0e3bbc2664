// One entity per real-world referent across articles: the dev corpus imported, then every
// normalised full name is one entity, and the showcase names resolve through the API.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeArticles } from '../../src/import/store.js';
import { importArticle } from '../../src/import/store.js';
import { prepareArticle } from '../../src/import/document.js';
import { entityKey, nameKey } from '../../src/names.js';
import { devTexts, emptyDatabase, hasDevCorpus } from './import-store.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

const article = (title: string, body: string) => ({ text: `${title}\n\n${body}` });

describe('names that are one entity', () => {
  beforeAll(async () => {
    await emptyDatabase(t.db);
    await importArticle(t.db, article('Rally in Ohio', 'Donald J. Trump said on Monday that the rally in NEW YORK would go ahead as planned.'));
    await importArticle(t.db, article('Campaign goes on', 'Donald Trump said the campaign in New York would spend more on television.'));
    await importArticle(t.db, article('Officials answer', "Officials in New York said Donald Trump's plan would need a permit."));
    await importArticle(t.db, article('Trade talks', 'Minister Hanna Berg said the trade talks would resume in Geneva next week.'));
    await importArticle(t.db, article('Talks resume', 'On Friday, Berg said that the talks had been useful.'));
  });

  it('merges middle initials, capitals and possessives into one entity with the usual name', async () => {
    const persons = await t.db.entity.findMany({ where: { type: 'PERSON', key: 'donald trump' }, include: { mentions: true } });
    expect(persons.map((p) => p.canonicalName)).toEqual(['Donald Trump']);
    expect(new Set(persons[0]!.mentions.map((m) => m.articleId)).size).toBe(3);
    const places = await t.db.entity.findMany({ where: { type: 'LOCATION', key: 'new york' } });
    expect(places.map((p) => p.canonicalName)).toEqual(['New York']);
  });

  it('keeps a surname met alone in another article apart: which full name it means is known only in its article', async () => {
    const berg = await t.db.entity.findMany({ where: { type: 'PERSON', canonicalName: { contains: 'Berg' } }, orderBy: { canonicalName: 'asc' } });
    expect(berg.map((p) => p.canonicalName)).toEqual(['Berg', 'Hanna Berg']);
  });

  it('finds the person by any of its names through the API', async () => {
    const res = await t.gql(`{ a: entity(name: "Donald J. Trump") { canonicalName } b: entity(name: "DONALD TRUMP") { canonicalName } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: { canonicalName: 'Donald Trump' }, b: { canonicalName: 'Donald Trump' } });
  });
});

describe.skipIf(!hasDevCorpus)('the dev corpus imported', () => {
  beforeAll(async () => {
    await emptyDatabase(t.db);
    const outcomes = await writeArticles(
      t.db,
      devTexts().map((text) => prepareArticle({ text })),
    );
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  }, 120_000);

  it('has one entity per normalised full name and type', async () => {
    const entities = await t.db.entity.findMany({ select: { type: true, canonicalName: true } });
    expect(entities.length).toBeGreaterThan(100);
    const byName = new Map<string, string[]>();
    for (const e of entities) {
      const key = `${e.type}:${entityKey(e.type, e.canonicalName)}`;
      byName.set(key, [...(byName.get(key) ?? []), e.canonicalName]);
    }
    expect([...byName.values()].filter((names) => names.length > 1)).toEqual([]);
    // Case alone never separates two entities either.
    const byCase = new Set(entities.map((e) => `${e.type}:${nameKey(e.canonicalName)}`));
    expect(byCase.size).toBe(entities.length);
  });

  it('resolves the showcase names to one entity each', async () => {
    const res = await t.gql(`{ trump: entity(name: "Donald Trump") { canonicalName type quotesGivenCount }
                               clinton: entity(name: "Hillary Clinton") { canonicalName type quotesGivenCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.trump).toMatchObject({ canonicalName: 'Donald Trump', type: 'PERSON' });
    expect(res.data.clinton).toMatchObject({ canonicalName: 'Hillary Clinton', type: 'PERSON' });
    expect(res.data.trump.quotesGivenCount).toBeGreaterThan(0);
  });
});

// Parallel importers and import order: the database ends the same whatever the interleaving.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client.js';
import { prepareArticle, type PreparedArticle } from '../../src/import/document.js';
import { writeArticles } from '../../src/import/store.js';
import { entityKey } from '../../src/names.js';
import { archive, emptyDatabase, miscounted, snapshot } from './import-store.js';
import { useTestApp } from './harness.js';

const t = useTestApp();
let articles: PreparedArticle[];
let alone: Record<string, unknown[]>;

/** Table by table, so a difference names its table. */
function expectSame(actual: Record<string, unknown[]>, expected: Record<string, unknown[]>) {
  for (const table of Object.keys(expected)) expect(JSON.stringify(actual[table]), table).toBe(JSON.stringify(expected[table]));
}

/** A fixed shuffle, different per importer, so the importers meet the same articles in other orders. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

beforeAll(async () => {
  articles = archive();
  await emptyDatabase(t.db);
  const outcomes = await writeArticles(t.db, articles, { concurrency: 1 });
  expect(outcomes.every((o) => o.ok && o.result.status === 'CREATED')).toBe(true);
  alone = await snapshot(t.db);
  expect(await miscounted(t.db)).toEqual([]);
}, 120_000);

describe('parallel importers', () => {
  const importers: Db[] = [];
  afterAll(async () => Promise.all(importers.map((db) => db.$disconnect())));

  it('8 importers of one archive at once end with exactly the rows of one importer alone', async () => {
    await emptyDatabase(t.db);
    for (let i = 0; i < 8; i++) importers.push(createDb(process.env.DATABASE_URL!));
    const outcomes = await Promise.all(importers.map((db, i) => writeArticles(db, shuffled(articles, i + 1), { concurrency: 2 })));
    for (const run of outcomes) expect(run.filter((o) => !o.ok)).toEqual([]);
    // Each article was created by exactly one importer; the others found it there.
    const created = outcomes.flat().filter((o) => o.ok && o.result.status === 'CREATED').length;
    expect(created).toBe(articles.length);
    // Every entity's counts too: the importers' increments of one row add up.
    expectSame(await snapshot(t.db), alone);
    expect(await miscounted(t.db)).toEqual([]);
  }, 180_000);
});

describe('import order', () => {
  it('forward and reverse order give the same entities, canonical names and rows', async () => {
    expect(alone.entities!.length).toBeGreaterThan(10);
    await emptyDatabase(t.db);
    for (const article of [...articles].reverse()) await writeArticles(t.db, [article]);
    expectSame(await snapshot(t.db), alone);
  }, 120_000);
});

describe('an entity committed by another importer while the statement runs', () => {
  it('is found and linked: the statement waits for it, then takes its id', async () => {
    await emptyDatabase(t.db);
    const article = prepareArticle({ text: 'Rail line reopens\n\nTransport Minister Ruth Evans said the line would reopen on Friday.' });
    const ruth = article.extraction.entities.find((e) => e.name === 'Ruth Evans')!;
    // Another importer creates the entity and holds its transaction open: the article's statement
    // starts (its snapshot cannot see that row), waits on the row, and goes on once it is committed.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      const [{ id }] = (
        await other.query(`INSERT INTO "Entity" (type, key, "canonicalName") VALUES ('PERSON', $1, 'Ruth Evans') RETURNING id`, [
          entityKey('PERSON', ruth.name),
        ])
      ).rows;
      const writing = writeArticles(t.db, [article]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await other.query('COMMIT');
      const [outcome] = await writing;
      expect(outcome!.ok).toBe(true);
      const mentions = await t.db.mention.findMany({ where: { entityId: id }, select: { text: true } });
      expect(mentions.map((m) => m.text)).toEqual(ruth.mentions.map((m) => m.text));
      expect(await t.db.entity.count({ where: { type: 'PERSON' } })).toBe(1);
    } finally {
      await other.end();
    }
  }, 60_000);
});

// Extracting stored articles again after the extractor changed: each article another version produced
// ends as a fresh import of its text would leave it, keeping its id, while importers and deletions run
// beside; one the extractor now refuses keeps its facts and is reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extract/version.js';
import { deleteArticle } from '../../src/import/delete.js';
import { prepareArticle, type PreparedArticle } from '../../src/import/document.js';
import { createExtractPool } from '../../src/import/extract-pool.js';
import { renewArticles } from '../../src/import/reextract.js';
import { storeArticle, writeArticles } from '../../src/import/store.js';
import { useTestApp, seedText } from './harness.js';
import { archive, miscounted, snapshot } from './import-store.js';

const t = useTestApp();
const pool = createExtractPool({ timeoutMs: 60_000, threads: 2 });
let articles: PreparedArticle[];
let fresh: Awaited<ReturnType<typeof snapshot>>;

/** Renews the articles another version produced: the summary, with every failure's reason. */
async function renew() {
  const failures: string[] = [];
  const summary = await renewArticles(t.db, { pool, version: EXTRACTOR_VERSION, onArticle: (o) => !o.ok && failures.push(o.error) });
  return { ...summary, failures };
}
const markAllOld = () => t.db.$executeRawUnsafe(`UPDATE "Article" SET "extractorVersion" = 'older'`);
const globalId = (id: number) => Buffer.from(`Article:${id}`).toString('base64');

/** The seed as an older extractor might have left it: no quotes, and a person who is not there. */
function olderSeed(): PreparedArticle {
  const prepared = prepareArticle({ text: seedText });
  const phantom = { start: 0, end: 4, text: prepared.text.slice(0, 4), kind: 'NAME' as const };
  prepared.extraction.quotes = [];
  prepared.extraction.entities.push({ id: 'older', type: 'PERSON', name: 'Zed Oldname', aliases: [], mentions: [phantom], gender: null });
  return { ...prepared, extractorVersion: 'older' };
}

beforeAll(async () => {
  articles = archive();
  for (const o of await writeArticles(t.db, articles)) expect(o.ok).toBe(true);
  fresh = await snapshot(t.db);
});
afterAll(() => pool.close());

describe('reextract', () => {
  it('renews every article another version produced to what a fresh import gives, keeping its id', async () => {
    const seed = await t.db.article.findFirstOrThrow({ where: { contentHash: articles[0]!.contentHash }, select: { id: true } });
    await deleteArticle(t.db, seed.id);
    const older = (await storeArticle(t.db, olderSeed())).articleId;
    await markAllOld();
    expect(await snapshot(t.db)).not.toEqual(fresh);
    expect(await t.db.entity.count({ where: { canonicalName: 'Zed Oldname' } })).toBe(1);

    expect(await renew()).toMatchObject({ renewed: articles.length, failures: [] });
    expect(await snapshot(t.db)).toEqual(fresh);
    expect(await miscounted(t.db)).toEqual([]);
    expect(await t.db.article.count({ where: { extractorVersion: { not: EXTRACTOR_VERSION } } })).toBe(0);
    const res = await t.gql(`{ article(id: "${globalId(older)}") { quotes { totalCount } } entity(name: "Zed Oldname") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.article.quotes.totalCount).toBeGreaterThan(0);
    expect(res.data.entity).toBeNull();

    expect(await renew()).toMatchObject({ renewed: 0, failures: [] });
  }, 240_000);

  it('ends the same while articles are deleted and imported again beside it, counts exact', async () => {
    await markAllOld();
    const stored = await t.db.article.findMany({ select: { id: true }, orderBy: { id: 'desc' }, take: 10 });
    const [summary] = await Promise.all([
      renew(),
      (async () => {
        for (const a of stored) await deleteArticle(t.db, a.id);
      })(),
    ]);
    expect(summary.failures).toEqual([]);
    for (const o of await writeArticles(t.db, articles)) expect(o.ok).toBe(true);
    expect(await snapshot(t.db)).toEqual(fresh);
    expect(await miscounted(t.db)).toEqual([]);
  }, 240_000);

  it('leaves an article the extractor now refuses as it was, and names it', async () => {
    const [victim] = await t.db.article.findMany({ select: { id: true }, where: { quotes: { some: {} } }, take: 1 });
    const quotes = await t.db.quote.count({ where: { articleId: victim!.id } });
    await t.db.$executeRawUnsafe(`UPDATE "Article" SET text = 'Too short.', "extractorVersion" = 'older' WHERE id = $1`, victim!.id);
    expect(await renew()).toMatchObject({
      renewed: 0,
      failures: [`article ${victim!.id}: text: is not an article: it needs a title line and at least one body paragraph`],
    });
    expect(await t.db.quote.count({ where: { articleId: victim!.id } })).toBe(quotes);
    expect(await miscounted(t.db)).toEqual([]);
  }, 120_000);
});

// The import path against a real PostgreSQL: idempotency, atomicity, cross-article entity merging.
import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/document.js';
import { importArticle } from '../../src/import/store.js';
import { seedText, useTestApp } from './harness.js';

const t = useTestApp();

const TABLES = ['Article', 'Entity', 'EntityAlias', 'Mention', 'Statement', 'Quote', '_QuoteAbout', '_StatementAbout', '_QuoteStatements'];

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await t.db.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row!.n;
  }
  return counts;
}

async function sql(text: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

beforeEach(async () => {
  await t.db.$executeRawUnsafe(`TRUNCATE "Article", "Entity" RESTART IDENTITY CASCADE`);
});

describe('importing the seed article', () => {
  it('stores the article with its parts and offsets into the document text', async () => {
    const result = await importArticle(t.db, { text: seedText, sourceName: 'seed.txt' });
    expect(result.status).toBe('CREATED');
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article).toMatchObject({
      title: 'Putin’s envoy meets Leader’s representative in Tehran',
      publication: 'Iran Daily',
      credit: '??  ?? IRNA\nIRNA',
      sourceName: 'seed.txt',
    });
    expect(article.text.slice(article.bodyStart, article.bodyStart + 20)).toBe('A special envoy of R');
    expect(article.text.slice(article.bodyEnd - 20, article.bodyEnd)).toBe('on a parallel basis.');
    for (const m of await t.db.mention.findMany()) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    // A quote's text is the words said: its parts, each the slice at its offsets, inside start..end.
    for (const q of await t.db.quote.findMany()) {
      const parts = q.parts as Array<{ start: number; end: number; text: string }>;
      for (const p of parts) expect([article.text.slice(p.start, p.end), p.start >= q.start && p.end <= q.end]).toEqual([p.text, true]);
      expect(parts.map((p) => p.text).join(' ')).toBe(q.text);
    }
    for (const s of await t.db.statement.findMany()) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('is idempotent: a second import changes nothing', async () => {
    await importArticle(t.db, { text: seedText });
    const before = await rowCounts();
    expect(before.Quote).toBeGreaterThan(0);
    const again = await importArticle(t.db, { text: seedText });
    expect(again.status).toBe('UNCHANGED');
    expect(await rowCounts()).toEqual(before);
  });

  it('writes nothing when any part of the import fails', async () => {
    await sql(`CREATE FUNCTION refuse_quote() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await sql(`CREATE TRIGGER refuse_quote BEFORE INSERT ON "Quote" FOR EACH ROW EXECUTE FUNCTION refuse_quote()`);
    try {
      await expect(importArticle(t.db, { text: seedText })).rejects.toThrow(/refused/);
      const counts = await rowCounts();
      expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    } finally {
      await sql(`DROP TRIGGER refuse_quote ON "Quote"; DROP FUNCTION refuse_quote()`);
    }
    expect((await importArticle(t.db, { text: seedText })).status).toBe('CREATED');
  });
});

describe('texts as written', () => {
  it('stores quote marks, backslashes, braces, commas and the word NULL as they stand in the text', async () => {
    const text =
      'Court ruling\n\nJudge Anna Berg said on Monday that the rule {as written}, "NULL and void" in her words, was a path like C:\\rules\\old. ' +
      '"The law is clear, {NULL} or not," Anna Berg said. Police believe the "old\\new" rule was never read.';
    const { articleId } = await importArticle(t.db, { text });
    const article = await t.db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article.text).toBe(text);
    const mentions = await t.db.mention.findMany();
    expect(mentions.map((m) => m.text)).toContain('Anna Berg');
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const statements = await t.db.statement.findMany();
    expect(statements.some((s) => s.text.includes('C:\\rules\\old') && s.text.includes('{as written}, "NULL and void"'))).toBe(true);
    for (const s of statements) expect(text.slice(s.start, s.end)).toBe(s.text);
    const quotes = await t.db.quote.findMany();
    expect(quotes.map((q) => q.text)).toContain('The law is clear, {NULL} or not,');
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toContain(q.text.slice(0, 10));
      for (const p of q.parts as Array<{ start: number; end: number; text: string }>) expect(text.slice(p.start, p.end)).toBe(p.text);
      for (const p of q.quoted as Array<{ start: number; end: number; text: string }>) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
  });
});

describe('entities across articles', () => {
  it('merges a later "Ali Shamkhani" with the one of an earlier article, however written', async () => {
    await importArticle(t.db, { text: seedText });
    const second = await importArticle(t.db, {
      text: "Security chief speaks\n\nALI SHAMKHANI'S office said on Monday that the talks in Astana would continue next month.",
    });
    const persons = await t.db.entity.findMany({ where: { type: 'PERSON', canonicalName: { contains: 'Shamkhani' } } });
    expect(persons.map((p) => p.canonicalName)).toEqual(['Ali Shamkhani']);
    const mentions = await t.db.mention.findMany({ where: { entityId: persons[0]!.id }, select: { articleId: true } });
    expect(new Set(mentions.map((m) => m.articleId))).toEqual(new Set([1, second.articleId]));
  });

  it('keeps every name an entity went by as an alias', async () => {
    await importArticle(t.db, { text: seedText });
    const council = await t.db.entity.findFirstOrThrow({
      where: { canonicalName: 'Supreme National Security Council' },
      include: { aliases: true },
    });
    expect(council.type).toBe('ORGANIZATION');
    expect(council.aliases.map((a) => a.key)).toContain('snsc');
  });
});

describe('bad input', () => {
  it.each([
    [{ text: '' }, 'text', 'is empty'],
    [{ text: 'Only a title' }, 'text', 'is not an article'],
    [{ text: 'Title\n\nBody \u0000 with binary content here.' }, 'text', 'binary'],
    [{ text: 'Title\n\nA body of several words here.', url: 'not a url' }, 'url', 'is not a URL'],
    [{ text: 'Title\n\nA body of several words here.', publishedAt: new Date('nope') }, 'publishedAt', 'not a valid date'],
  ])('rejects %j naming the field', async (input, field, reason) => {
    const error = await importArticle(t.db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).field).toBe(field);
    expect((error as ImportError).message).toContain(reason);
    expect((await rowCounts()).Article).toBe(0);
  });
});

// Data out and reset: `npm run export -- --format jsonl` writes every row once, in keyset pages;
// `npm run db:reset` empties the knowledge base only when confirmed.
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJsonl } from '../../src/export/jsonl.js';
import { importArticle } from '../../src/import/store.js';
import { ARTICLES } from './fixtures.js';
import { useTestApp } from './harness.js';
import { runScript } from './processes.js';

const t = useTestApp();
const env = () => ({ DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'warn' });

beforeAll(async () => {
  await t.importSeed();
  for (const a of ARTICLES) await importArticle(t.db, { ...a, publishedAt: new Date(a.publishedAt) });
});

describe('npm run export -- --format jsonl', () => {
  it('writes every article, entity, statement and quote once, as lines that join on ids', async () => {
    const run = await runScript('src/cli/export.ts', ['--format', 'jsonl'], env());
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const of = (type: string) => lines.filter((l) => l.type === type);
    expect(of('article')).toHaveLength(await t.db.article.count());
    expect(of('entity')).toHaveLength(await t.db.entity.count());
    expect(of('statement')).toHaveLength(await t.db.statement.count());
    expect(of('quote')).toHaveLength(await t.db.quote.count());
    const articleIds = new Set(of('article').map((a) => a.id));
    const entityIds = new Set(of('entity').map((e) => e.id));
    for (const q of of('quote')) {
      expect(articleIds.has(q.articleId)).toBe(true);
      for (const id of [q.speakerId, ...q.aboutIds].filter((x) => x !== null)) expect(entityIds.has(id)).toBe(true);
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.parts.length).toBeGreaterThan(0);
      for (const part of q.parts) expect(part.start >= q.start && part.end <= q.end).toBe(true);
    }
    const shamkhani = of('entity').find((e) => e.canonicalName === 'Ali Shamkhani');
    expect(shamkhani.aliases).toContain('Shamkhani');
    expect(of('quote').filter((q) => q.speakerId === shamkhani.id)).toHaveLength(4);
  });

  it('reads in keyset pages, so memory does not grow with the data', async () => {
    const sink = new Writable({ write: (_chunk, _enc, done) => done() });
    t.sql.length = 0;
    const counts = await exportJsonl(t.db, sink, ['articles'], 2);
    const articleReads = t.sql.filter((q) => /FROM "public"\."Article"/u.test(q));
    expect(counts.articles).toBe(await t.db.article.count());
    expect(articleReads).toHaveLength(Math.floor(counts.articles! / 2) + 1);
    expect(articleReads.every((q) => /LIMIT/u.test(q))).toBe(true);
  });

  it('refuses an unknown format or type, naming the choices', async () => {
    const run = await runScript('src/cli/export.ts', ['--format', 'csv'], env());
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('jsonl');
    const only = await runScript('src/cli/export.ts', ['--only', 'people'], env());
    expect(only.stderr).toContain('unknown people (choose from articles, entities, statements, quotes)');
  });
});

describe('npm run db:reset', () => {
  it('asks for --yes without a terminal, and deletes nothing', async () => {
    const run = await runScript('src/cli/db.ts', ['reset'], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('run it with --yes');
    expect(await t.db.article.count()).toBeGreaterThan(0);
  });

  it('empties the knowledge base with --yes; the schema stays and ids restart', async () => {
    const run = await runScript('src/cli/db.ts', ['reset', '--yes'], env());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/emptied \d+ tables/u);
    expect([await t.db.article.count(), await t.db.entity.count(), await t.db.quote.count()]).toEqual([0, 0, 0]);
    await t.importSeed();
    expect((await t.db.article.findFirstOrThrow()).id).toBe(1);
  });
});

// An import run again over the same files (after a crash, or once the archive grew) extracts only
// what is new: stored articles are known by their content hash before the extraction pool sees them.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/batch.js';
import { createExtractPool, type ExtractPool } from '../../src/import/extract-pool.js';
import { useTestApp } from './harness.js';

const t = useTestApp();
const pool = createExtractPool({ timeoutMs: 60_000, threads: 1 });
afterAll(() => pool.close());

/** The pool, counting the files it is asked to extract. */
function countingPool(): ExtractPool & { files: string[] } {
  const files: string[] = [];
  const prepareFile = (file: string, sourceName: string) => {
    files.push(path.basename(file));
    return pool.prepareFile(file, sourceName);
  };
  return { ...pool, files, prepareFile };
}

const story = (town: string) => `${town} opens a bridge\n\nMayor Ann Price said on Monday that ${town} would open its new bridge in May.\n`;
let dir: string;

beforeAll(async () => {
  await t.db.$executeRawUnsafe(`TRUNCATE "Article", "Entity" RESTART IDENTITY CASCADE`);
  dir = await mkdtemp(path.join(tmpdir(), 'newskb-stored-'));
  for (const town of ['Arden', 'Belmont', 'Carver']) await writeFile(path.join(dir, `${town}.txt`), story(town));
  await writeFile(path.join(dir, 'Headline.txt'), 'Just a headline\n');
});

describe('importing files already imported', () => {
  it('extracts every file the first time', async () => {
    const counting = countingPool();
    const summary = await importFiles(t.db, [dir], { pool: counting });
    expect(summary).toMatchObject({ created: 3, unchanged: 0, failed: 1 });
    expect(counting.files.sort()).toEqual(['Arden.txt', 'Belmont.txt', 'Carver.txt', 'Headline.txt']);
  });

  it('extracts none of the stored ones again, and still names the refused file', async () => {
    const counting = countingPool();
    const failures: string[] = [];
    const summary = await importFiles(t.db, [dir], { pool: counting, onFile: (o) => void (o.ok || failures.push(o.error)) });
    expect(summary).toMatchObject({ created: 0, unchanged: 3, failed: 1 });
    expect(counting.files).toEqual(['Headline.txt']);
    expect(failures).toEqual([`${path.join(dir, 'Headline.txt')}: text: is not an article: it needs a title line and at least one body paragraph`]);
  });

  it('extracts a changed or added file only, and reports the stored ones with their article ids', async () => {
    await writeFile(path.join(dir, 'Belmont.txt'), story('Belmont Heights'));
    await writeFile(path.join(dir, 'Dunmore.txt'), story('Dunmore'));
    const counting = countingPool();
    const outcomes: Record<string, number> = {};
    const summary = await importFiles(t.db, [dir], {
      pool: counting,
      onFile: (o) => void (o.ok && (outcomes[path.basename(o.file)] = o.result.articleId)),
    });
    expect(summary).toMatchObject({ created: 2, unchanged: 2, failed: 1 });
    expect(counting.files.sort()).toEqual(['Belmont.txt', 'Dunmore.txt', 'Headline.txt']);
    const arden = await t.db.article.findFirstOrThrow({ where: { title: 'Arden opens a bridge' }, select: { id: true } });
    expect(outcomes['Arden.txt']).toBe(arden.id);
    expect(await t.db.article.count()).toBe(5);
  });
});

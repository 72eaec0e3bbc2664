// `npm run seed -- <paths>` as a user runs it: per-file errors, progress, a summary, the exit code;
// and a seed killed half-way leaves whole articles only, the next run importing the rest.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedPath, useTestApp } from './harness.js';
import { prepareArticle } from '../../src/import/document.js';
import { runNpm, runScript, startScript } from './processes.js';

const t = useTestApp();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newskb-seed-'));
  await writeFile(path.join(dir, 'empty.txt'), '');
  await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  await writeFile(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 title\n\nNa\xefve body text here.', 'latin1'));
  await writeFile(path.join(dir, 'title-only.txt'), 'Just a headline\n');
  await writeFile(path.join(dir, 'plain.txt'), 'Minister visits port\n\nThe minister said on Friday that the port would reopen next week.\n');
});

const seed = (...paths: string[]) => runScript('src/cli/seed.ts', paths, { DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'warn' });

describe('npm run seed', () => {
  it('imports good files, names each bad one, and exits non-zero', async () => {
    const missing = path.join(dir, 'missing.txt');
    const run = await seed(seedPath, dir, missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path.join(dir, 'empty.txt')}: is empty`);
    expect(run.stderr).toContain(`${path.join(dir, 'binary.txt')}: is binary`);
    expect(run.stderr).toContain(`${path.join(dir, 'latin1.txt')}: is not valid UTF-8 text`);
    expect(run.stderr).toContain(`${path.join(dir, 'title-only.txt')}: text: is not an article`);
    expect(run.stderr).toContain(`${missing}: no such file`);
    // stdout holds the summary alone; successes get no line of their own without --verbose.
    expect(run.stdout.trim()).toMatch(/^imported 2, unchanged 0, failed 5 in \d+\.\d s \(\d+\.\d articles\/s\)$/u);
    expect(run.stderr).not.toContain('plain.txt');
    expect(await t.db.article.count()).toBe(2);
  });

  it('refuses a file over the size limit, a pipe and a device by name without reading them, and a file of quote marks', async () => {
    const odd = await mkdtemp(path.join(tmpdir(), 'newskb-seed-odd-'));
    const huge = path.join(odd, 'huge.txt');
    await writeFile(huge, `Long title\n\n${'The council met. '.repeat(250_000)}`); // 4,250,012 bytes
    const pipe = path.join(odd, 'pipe.txt');
    execFileSync('mkfifo', [pipe]); // never written to: reading it would wait for ever
    const marks = path.join(odd, 'marks.txt');
    await writeFile(marks, `${'"'.repeat(5000)}\n\n${'“”'.repeat(5000)}\n`);
    const before = await t.db.article.count();
    const run = await seed(huge, pipe, '/dev/zero', marks);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${huge}: is 4250012 bytes, more than the limit of 4000000 bytes for an article file`);
    expect(run.stderr).toContain(`${pipe}: is not a regular file (a device, pipe or socket)`);
    expect(run.stderr).toContain('/dev/zero: is not a regular file (a device, pipe or socket)');
    expect(run.stderr).toContain(`${marks}: text: is not an article: it needs a title line and at least one body paragraph`);
    expect(run.stdout).toMatch(/failed 4 in/u);
    expect(await t.db.article.count()).toBe(before);
  });

  it('imports nothing twice', async () => {
    const run = await seed(seedPath);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('imported 0, unchanged 1, failed 0');
    expect(await t.db.article.count()).toBe(2);
  });

  it('runs twice at once from one checkout: both finish, and each article lands once', async () => {
    const archive = await mkdtemp(path.join(tmpdir(), 'newskb-seed-twice-'));
    const towns = ['Arden', 'Belmont', 'Carver', 'Dunmore', 'Elton', 'Fairport'];
    for (const [i, town] of towns.entries()) {
      await writeFile(
        path.join(archive, `${i}.txt`),
        `${town} opens a library\n\nMayor Ann Price said on Monday that ${town} would open its new library in May.\n`,
      );
    }
    const before = await t.db.article.count();
    const runs = await Promise.all(
      [1, 2].map(() => runNpm(['run', '--silent', 'seed', '--', archive], { DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'warn' })),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const imported = runs.map((run) => Number(/imported (\d+), unchanged (\d+), failed 0/u.exec(run.stdout)?.[1]));
    expect(imported[0]! + imported[1]!).toBe(towns.length);
    expect(await t.db.article.count()).toBe(before + towns.length);
    expect(await t.db.entity.count({ where: { type: 'PERSON', key: 'ann price' } })).toBe(1);
  });

  it('prints one JSON summary on stdout with --json, and a line per file with --verbose', async () => {
    const run = await seed(dir, '--json', '--verbose');
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ imported: 0, unchanged: 1, failed: 4 });
    expect(summary.failures).toContain(`${path.join(dir, 'empty.txt')}: is empty`);
    expect(summary.elapsedMs).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/unchanged \S*plain\.txt \(article \d+\)/u);
  });

  it('reports progress as plain lines when stderr is not a terminal', async () => {
    // Starting the extraction threads alone takes longer than the interval asked for. On a busy
    // machine every line may come before the first article lands, with no rate for an ETA yet ("?").
    const run = await seed(dir, '--progress-every', '0.1');
    expect(run.stderr).toMatch(/^progress \d+\/5 \(\d+%\), \d+\.\d articles\/s, ETA (\?|\S+ s?\S*), failed \d+$/mu);
  });

  it('stops with one clear line on a bad setting', async () => {
    const run = await runScript('src/cli/seed.ts', [], { DATABASE_URL: 'mysql://nope' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('Invalid configuration: DATABASE_URL="mysql://nope": must be a postgres:// or postgresql:// URL');
  });

  it('leaves whole articles only when killed half-way, and the next run imports the rest', async () => {
    const archive = path.join(dir, 'archive');
    await mkdir(archive);
    const FILES = 150;
    for (let i = 0; i < FILES; i++) {
      const text = `Harbour report ${i}\n\nHarbour master Ana Ruiz said on day ${i} that ${i % 7} ships were waiting outside the port of Vigo.\n\n“We need more pilots,” Ruiz said.\n`;
      await writeFile(path.join(archive, `${String(i).padStart(3, '0')}.txt`), text);
    }
    const before = await t.db.article.count();
    // The archive comes through SEED_DIR: a seed without arguments imports that directory.
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'info', SEED_DIR: archive };
    const run = await startScript('src/cli/seed.ts', env, /using the database/);
    const imported = async () => (await t.db.article.count()) - before;
    while ((await imported()) < 10) await new Promise((resolve) => setTimeout(resolve, 50));
    run.child.kill('SIGKILL');
    await run.exited;

    const landed = await imported();
    expect(landed).toBeLessThan(FILES);
    const articles = await t.db.article.findMany({ where: { sourceName: { startsWith: 'archive/' } }, select: { id: true, sourceName: true } });
    expect(articles).toHaveLength(landed);
    for (const a of articles) {
      const expected = prepareArticle({ text: await readFile(path.join(archive, path.basename(a.sourceName!)), 'utf8') }).extraction;
      expect(await t.db.quote.count({ where: { articleId: a.id } })).toBe(expected.quotes.length);
      expect(await t.db.statement.count({ where: { articleId: a.id } })).toBe(expected.statements.length);
    }

    const rerun = await seed(archive);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`imported ${FILES - landed}, unchanged ${landed}, failed 0`);
    expect(await imported()).toBe(FILES);
  });
});

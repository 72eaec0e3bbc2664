// `npm run seed -- <paths>` as a user runs it: per-file errors, a summary, the exit code.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedPath, useTestApp } from './harness.js';
import { runNpm, runScript } from './processes.js';

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
    expect(run.stdout.trim().split('\n').at(-1)).toBe('imported 2, unchanged 0, failed 5');
    expect(await t.db.article.count()).toBe(2);
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
      await writeFile(path.join(archive, `${i}.txt`), `${town} opens a library\n\nMayor Ann Price said on Monday that ${town} would open its new library in May.\n`);
    }
    const before = await t.db.article.count();
    const runs = await Promise.all([1, 2].map(() => runNpm(['run', '--silent', 'seed', '--', archive], { DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'warn' })));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const imported = runs.map((run) => Number(/imported (\d+), unchanged (\d+), failed 0/u.exec(run.stdout)?.[1]));
    expect(imported[0]! + imported[1]!).toBe(towns.length);
    expect(await t.db.article.count()).toBe(before + towns.length);
    expect(await t.db.entity.count({ where: { type: 'PERSON', key: 'ann price' } })).toBe(1);
  });

  it('stops with one clear line on a bad setting', async () => {
    const run = await runScript('src/cli/seed.ts', [], { DATABASE_URL: 'mysql://nope' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('Invalid configuration: DATABASE_URL="mysql://nope": must be a postgres:// or postgresql:// URL');
  });
});

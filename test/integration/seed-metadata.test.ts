// `npm run seed` on files that say where and when they were published: the API then filters them
// by date, and no server path reaches a client.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './harness.js';
import { runScript } from './processes.js';

const t = useTestApp();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newskb-meta-'));
  await writeFile(
    path.join(dir, 'front-matter.txt'),
    '---\npublication: Coast Gazette\npublishedAt: 2024-05-02T08:00:00Z\nurl: https://example.org/harbour\n---\nHarbour reopens\n\nThe harbour master said on Monday that the harbour would reopen to ships next week.\n',
  );
  await writeFile(
    path.join(dir, 'pressreader.txt'),
    'Valley Courier\n\nSaturday, March 9, 2024\n\nBridge repairs begin\n\n-\n\nThe county engineer said the old bridge would close for three months while crews replace its deck.\n\nNewspapers in English\n',
  );
  await writeFile(path.join(dir, 'bad-front-matter.txt'), '---\nauthor: Someone\n---\nTitle\n\nA body paragraph with enough words in it to count.\n');
  const run = await runScript('src/cli/seed.ts', [dir], { DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'warn' });
  expect(run.stderr).toContain('bad-front-matter.txt: front matter: unknown field "author"');
  expect(run.stdout).toContain('imported 2, unchanged 0, failed 1');
});

describe('seeded files with metadata', () => {
  it('keep their publication, date and link, under a relative source name', async () => {
    const res = await t.gql(`{ articles(orderBy: PUBLISHED_ASC) { nodes { title publication publishedAt url sourceName text } } }`);
    expect(res.errors).toBeUndefined();
    const [bridge, harbour] = res.data.articles.nodes;
    expect(bridge).toMatchObject({ title: 'Bridge repairs begin', publication: 'Valley Courier', publishedAt: '2024-03-09T00:00:00.000Z', url: null });
    expect(harbour).toMatchObject({
      title: 'Harbour reopens',
      publication: 'Coast Gazette',
      publishedAt: '2024-05-02T08:00:00.000Z',
      url: 'https://example.org/harbour',
    });
    expect(harbour.text.startsWith('Harbour reopens')).toBe(true); // the front matter is not article text
    for (const a of [bridge, harbour]) {
      expect(a.sourceName).toMatch(/^newskb-meta-\w+\/(front-matter|pressreader)\.txt$/u);
      expect(a.sourceName).not.toContain(tmpdir());
    }
  });

  it('answer date filters', async () => {
    const res = await t.gql(`{ articles(from: "2024-04-01T00:00:00Z") { nodes { title } } }`);
    expect(res.data.articles.nodes.map((a: any) => a.title)).toEqual(['Harbour reopens']);
  });
});

// A benchmark corpus of any size, built at run time from the evaluation texts in ../shared/eval
// (never copied into the repository). Each file is a variant of one source text: its paragraphs
// shuffled, another title, another masthead and date, so every file has distinct content and
// imports as a new article. The same seed gives the same files.
//
//   npx tsx bench/corpus.ts <dir> [count=1000] [seed=1]
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../src/seeded-random.js';

const projectRoot = path.resolve(import.meta.dirname, '..');
export const evalDir = process.env.EVAL_DIR ?? path.resolve(projectRoot, '../shared/eval');
const SETS = ['seed', 'polnear-dev', 'conll-dev'];
const PUBLICATIONS = ['Daily Ledger', 'The Evening Courier', 'Morning Herald', 'Iran Daily', 'The Northern Star', 'Harbour Gazette'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Source {
  title: string;
  paragraphs: string[];
}

/** The evaluation texts as title and body paragraphs (blank-line separated, else one per line). */
export function loadSources(dir = evalDir): Source[] {
  const sources: Source[] = [];
  for (const set of SETS) {
    for (const line of readFileSync(path.join(dir, `${set}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = (JSON.parse(line) as { text: string }).text.replace(/\r\n?/gu, '\n').trim();
      const blocks = (/\n\s*\n/u.test(text) ? text.split(/\n\s*\n/u) : text.split('\n')).map((b) => b.replace(/\s+/gu, ' ').trim()).filter(Boolean);
      if (blocks.length < 2) continue;
      sources.push({ title: blocks[0]!, paragraphs: blocks.slice(1) });
    }
  }
  return sources;
}

function shuffled<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The i-th article of the corpus: round 0 is each source as it is, later rounds are variants. */
export function corpusArticle(sources: Source[], i: number, seed: number): string {
  const source = sources[i % sources.length]!;
  const round = Math.floor(i / sources.length);
  const rand = seededRandom(seed * 1_000_003 + i);
  const publication = PUBLICATIONS[Math.floor(rand() * PUBLICATIONS.length)]!;
  const date = `${1 + Math.floor(rand() * 28)} ${MONTHS[Math.floor(rand() * 12)]} ${2015 + Math.floor(rand() * 10)}`;
  let title = source.title;
  let paragraphs = source.paragraphs;
  if (round > 0) {
    // Another title: the opening words of one of its paragraphs; the body in another order.
    const from = source.paragraphs[Math.floor(rand() * source.paragraphs.length)]!;
    title = `${from
      .split(' ')
      .slice(0, 6 + Math.floor(rand() * 6))
      .join(' ')
      .replace(/[,;:]$/u, '')} (${round})`;
    paragraphs = shuffled(source.paragraphs, rand);
  }
  // PressReader layout: masthead, title, separator, body; the date closes the article.
  return `${[publication, title, '-', ...paragraphs, `Published ${date}.`].join('\n\n')}\n`;
}

/** Writes `count` article files into `dir` (000001.txt, ...); returns their paths in name order. */
export async function writeCorpus(dir: string, count = 1000, seed = 1): Promise<string[]> {
  const sources = loadSources();
  await mkdir(dir, { recursive: true });
  const width = Math.max(6, String(count).length);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `${String(i + 1).padStart(width, '0')}.txt`);
    await writeFile(file, corpusArticle(sources, i, seed));
    files.push(file);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count = '1000', seed = '1'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx bench/corpus.ts <dir> [count=1000] [seed=1]');
    process.exit(2);
  }
  const files = await writeCorpus(dir, Number(count), Number(seed));
  console.log(`wrote ${files.length} articles into ${dir} (from ${evalDir})`);
}

// npm run bench:extract: extraction speed in one process over the evaluation articles, warm, plus
// the cost per 3 KB of text measured side by side on the same run.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { projectRoot } from '../config.js';

const dir = process.env.EVAL_DIR ?? path.resolve(projectRoot, '../shared/eval');
const texts: string[] = [];
for (const set of ['seed', 'polnear-dev', 'conll-dev']) {
  for (const line of readFileSync(path.join(dir, `${set}.jsonl`), 'utf8').split('\n')) {
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
}

const loadStarted = performance.now();
const { extract } = await import('../extract/index.js'); // loads lexicons and gazetteers once
extract(texts[0]!);
const loadMs = performance.now() - loadStarted;

const rounds = Number(process.env.ROUNDS ?? 3);
let chars = 0;
const started = performance.now();
for (let r = 0; r < rounds; r++) for (const t of texts) (chars += t.length), extract(t);
const elapsed = performance.now() - started;
const articles = texts.length * rounds;
const msPerArticle = elapsed / articles;
const msPer3kb = (elapsed / chars) * 3000;

console.log(`articles          ${texts.length} × ${rounds} rounds, mean ${(chars / articles / 1000).toFixed(1)} KB`);
console.log(`first call        ${loadMs.toFixed(0)} ms (module load: lexicons and gazetteers)`);
console.log(`per article       ${msPerArticle.toFixed(2)} ms`);
console.log(`per 3 KB of text  ${msPer3kb.toFixed(2)} ms   (target ≤ 10 ms: ${(msPer3kb / 10).toFixed(2)} of the budget)`);
console.log(`throughput        ${(1000 / msPerArticle).toFixed(0)} articles per second`);

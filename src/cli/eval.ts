// npm run eval: runs the extractor over the shared evaluation sets and prints the scorer's tables.
// The data stays in ../shared/eval (override with EVAL_DIR); nothing of it is copied here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { projectRoot } from '../config.js';
import { toContract } from '../extract/contract.js';
import { extract } from '../extract/index.js';

const SETS = ['seed', 'polnear-dev', 'conll-dev'];

interface Scorer {
  scoreData(gold: unknown[], pred: unknown[], opts?: { details?: number }): unknown;
  formatTable(result: unknown, meta: { gold: string; pred: string }): string;
  readJsonl(file: string): { docs: Array<{ id: string; text: string }>; malformed: number[]; error: string | null };
}

const program = new Command('eval')
  .description('Score extraction on the evaluation sets')
  .argument('[sets...]', `sets to score (default: ${SETS.join(', ')})`)
  .option('--details <n>', 'list up to n missed, false and wrongly attributed quotes', '0')
  .parse();

const dir = process.env.EVAL_DIR ?? path.resolve(projectRoot, '../shared/eval');
const scorer = (await import(pathToFileURL(path.join(dir, 'score.mjs')).href)) as Scorer;
for (const set of program.args.length ? program.args : SETS) {
  const file = path.join(dir, `${set}.jsonl`);
  readFileSync(file); // a missing set fails here with its path
  const gold = scorer.readJsonl(file).docs;
  const started = performance.now();
  const pred = gold.map((doc) => toContract(doc.id, extract(doc.text)));
  const ms = (performance.now() - started) / gold.length;
  const result = scorer.scoreData(gold, pred, { details: Number(program.opts().details) });
  console.log(`\n=== ${set} (${gold.length} articles, ${ms.toFixed(1)} ms per article)`);
  console.log(scorer.formatTable(result, { gold: file, pred: 'npm run extract' }));
}

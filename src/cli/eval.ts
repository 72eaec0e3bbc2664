// npm run eval: runs the extractor over the shared evaluation sets and prints the scorer's tables.
// The data stays in ../shared/eval (override with EVAL_DIR); nothing of it is copied here.
// `--polnear <checkout>` also scores a split of PolNeAR read where it lies (train by default): news the
// rules were not written on, a check on how far the dev figures carry. `--gum <checkout>` scores the
// entity typing on GUM's news and interview documents read where they lie (entities only, no quotes), and
// the speakers given by pronouns and descriptions against GUM's coreference chains (gum-speakers.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { toContract } from '../extract/contract.js';
import { extract } from '../extract/index.js';
import { gumDocuments } from './gum-corpus.js';
import { type SpeakerCase, speakerCases, speakerTables } from './gum-speakers.js';
import { bratGoldQuotes, polnearArticles } from './polnear-corpus.js';
import { evalDir, scorer } from './scorer.js';

const SETS = ['seed', 'polnear-dev', 'conll-dev'];

const program = new Command('eval')
  .description('Score extraction on the evaluation sets')
  .argument('[sets...]', `sets to score (default: ${SETS.join(', ')})`)
  .option('--details <n>', 'list up to n missed, false and wrongly attributed quotes', '0')
  .option('--polnear <checkout>', 'also score a split of a networkdynamics/PolNeAR checkout (gold built from its brat files)')
  .option('--gum <checkout>', 'also score the entities of the news and interview documents of an amir-zeldes/gum checkout')
  .addOption(new Option('--polnear-split <split>', 'the PolNeAR split scored').choices(['train', 'dev']).default('train'))
  .parse();
const opts = program.opts<{ details: string; polnear?: string; polnearSplit: string; gum?: string }>();

const dir = evalDir;

function score(name: string, gold: Array<{ id: string; text: string }>, source: string) {
  const started = performance.now();
  const extractions = gold.map((doc) => extract(doc.text));
  const ms = (performance.now() - started) / gold.length;
  const table = (withBeliefs: boolean) => {
    const pred = gold.map((doc, i) => toContract(doc.id, extractions[i]!, undefined, withBeliefs));
    return scorer.formatTable(scorer.scoreData(gold, pred, { details: Number(opts.details) }), { gold: source, pred: 'npm run extract' });
  };
  console.log(`\n=== ${name} (${gold.length} articles, ${ms.toFixed(1)} ms per article)`);
  console.log(table(false));
  // PolNeAR annotates beliefs held as attributions: its quote lines again, as `extract --beliefs` gives them.
  if (name.startsWith('polnear')) console.log(`--- with beliefs (extract --beliefs)\n${quoteLines(table(true))}`);
  return extractions;
}

/** The quote rows of a scorer table (its header and the two thresholds). */
const quoteLines = (table: string) =>
  table
    .split('\n')
    .filter((l) => /^(QUOTES|\s+t=)/u.test(l))
    .join('\n');

for (const set of program.args.length ? program.args : SETS) {
  const file = path.join(dir, `${set}.jsonl`);
  readFileSync(file); // a missing set fails here with its path
  score(set, scorer.readJsonl(file).docs, file);
}
if (opts.polnear) {
  const gold = [...polnearArticles(opts.polnear, opts.polnearSplit)].map(({ id, text, annotation }) => ({
    id,
    text,
    quotes: bratGoldQuotes(annotation, text),
  }));
  score(`polnear-${opts.polnearSplit} (kinds guessed from quote marks; speaker spans, no names)`, gold, `${opts.polnear}/data/${opts.polnearSplit}`);
}
if (opts.gum) {
  const gold = [...gumDocuments(opts.gum)];
  const extractions = score('gum news and interviews (named mentions; entities only)', gold, `${opts.gum}/dep`);
  const cases = gold.flatMap(({ id, document }, i) => speakerCases(document, extractions[i]!).map((c) => ({ id, ...c })));
  console.log('\n--- gum speakers resolved (pronoun or description speakers; names linked to another name), against its coreference chains');
  console.log(speakerTables(cases));
  for (const c of cases.filter((c) => c.outcome === 'wrong' || c.outcome === 'unresolved').slice(0, Number(opts.details))) console.log(caseLine(c));
}

function caseLine(c: SpeakerCase & { id: string }): string {
  return `  ${c.outcome.padEnd(10)} ${c.id}@${c.at} "${c.mention}" → ${c.resolved ?? '-'} (chain: ${[...new Set(c.chainNames)].join(' | ') || '-'})`;
}

// npm run train:typer -- <eng.train>: trains the entity typer (src/extract/entities/typer.ts) on the
// CoNLL-2003 English training file and writes src/extract/entities/typer-weights.json. The corpus is
// read from the path given and never copied into the repository (see typer-weights.md).
// --folds k: instead, k-fold cross-validation on the training file (typed exact-span P/R/F1 of the
// whole entity stage on held-out documents), to compare features without looking at dev data.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../config.js';
import { conllDocuments } from '../extract/entities/conll.js';
import { folds, scoreEntities, trainModel, type TypeScore } from '../extract/entities/typer-training.js';
import { LABELS } from '../extract/entities/typer-model.js';

const program = new Command('train:typer')
  .description('Train the entity typer on CoNLL-2003 eng.train')
  .argument('<file>', 'CoNLL-2003 English training file (eng.train)')
  .option('--epochs <n>', 'passes over the data', '8')
  .option('--runs <n>', 'perceptrons trained from different orders and averaged', '5')
  .option('--min-count <n>', 'drop features seen fewer times', '2')
  .option('--folds <k>', 'cross-validate over k contiguous folds instead of writing weights')
  .option('--out <file>', 'weights file', path.join(projectRoot, 'src/extract/entities/typer-weights.json'))
  .parse();
const opts = program.opts<{ epochs: string; runs: string; minCount: string; folds?: string; out: string }>();
const training = { epochs: Number(opts.epochs), runs: Number(opts.runs), minCount: Number(opts.minCount) };
const docs = conllDocuments(readFileSync(program.args[0]!, 'utf8'));

const f1 = ({ gold, predicted, correct }: TypeScore) => {
  const p = correct / (predicted || 1);
  const r = correct / (gold || 1);
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
};

if (opts.folds) {
  const parts = folds(docs, Number(opts.folds));
  const total: Record<string, TypeScore> = {};
  for (const [i, held] of parts.entries()) {
    const scored = scoreEntities(held, trainModel(parts.filter((_, j) => j !== i).flat(), training));
    for (const [type, s] of Object.entries(scored)) {
      const t = (total[type] ??= { gold: 0, predicted: 0, correct: 0 });
      t.gold += s.gold;
      t.predicted += s.predicted;
      t.correct += s.correct;
    }
    console.log(`fold ${i + 1}/${parts.length}: micro F1 ${f1(scored.micro!).f.toFixed(1)}`);
  }
  for (const type of ['PERSON', 'ORGANIZATION', 'LOCATION', 'micro']) {
    const { p, r, f } = f1(total[type]!);
    console.log(`${type.padEnd(13)} P ${p.toFixed(1)}  R ${r.toFixed(1)}  F1 ${f.toFixed(1)}  (gold ${total[type]!.gold})`);
  }
} else {
  const { weights, names } = trainModel(docs, training);
  writeFileSync(opts.out, `${JSON.stringify({ labels: LABELS, weights, names })}\n`);
  console.log(
    `${docs.length} documents: wrote ${Object.keys(weights).length} features and ${Object.keys(names).length} names to ${path.relative(projectRoot, opts.out)}`,
  );
}

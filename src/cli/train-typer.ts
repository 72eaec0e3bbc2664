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
import { folds, scoreEntities, type TypingError, type TypeScore, trainModel } from '../extract/entities/typer-training.js';
import { LABELS } from '../extract/entities/typer-model.js';

const program = new Command('train:typer')
  .description('Train the entity typer on CoNLL-2003 eng.train')
  .argument('<file>', 'CoNLL-2003 English training file (eng.train)')
  .option('--epochs <n>', 'passes over the data', '8')
  .option('--runs <n>', 'perceptrons trained from different orders and averaged', '5')
  .option('--min-count <n>', 'drop features seen fewer times', '2')
  .option('--folds <k>', 'cross-validate over k contiguous folds instead of writing weights')
  .option('--errors <file>', 'with --folds: write the held-out ORGANIZATION errors, sorted into kinds, to this file')
  .option('--out <file>', 'weights file', path.join(projectRoot, 'src/extract/entities/typer-weights.json'))
  .parse();
const opts = program.opts<{
  epochs: string;
  runs: string;
  minCount: string;
  folds?: string;
  errors?: string;
  out: string;
}>();
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
  const errors: TypingError[] = [];
  const onError = opts.errors ? (e: TypingError) => errors.push(e) : undefined;
  for (const [i, held] of parts.entries()) {
    const scored = scoreEntities(held, trainModel(parts.filter((_, j) => j !== i).flat(), training), onError);
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
  if (opts.errors) writeFileSync(opts.errors, organizationErrors(errors));
} else {
  const { weights, names } = trainModel(docs, training);
  writeFileSync(opts.out, `${JSON.stringify({ labels: LABELS, weights, names })}\n`);
  console.log(
    `${docs.length} documents: wrote ${Object.keys(weights).length} features and ${Object.keys(names).length} names to ${path.relative(projectRoot, opts.out)}`,
  );
}

/** The ORGANIZATION errors by kind (wrong type, wrong boundaries, not a name in gold, missed), each in context. */
function organizationErrors(errors: TypingError[]): string {
  const rows: Array<[string, string]> = [];
  const byDoc = grouped(errors, (e) => e.doc);
  for (const [doc, list] of byDoc) {
    const overlapping = (e: TypingError, side: 'gold' | 'predicted') => list.find((o) => o !== e && o[side] && o.start < e.end && e.start < o.end);
    for (const e of list) {
      if (e.gold !== 'ORGANIZATION' && e.predicted !== 'ORGANIZATION') continue;
      const other = e.gold ? overlapping(e, 'predicted') : overlapping(e, 'gold');
      let kind: string;
      if (e.gold && e.predicted) kind = `wrong type: gold ${e.gold} as ${e.predicted}`;
      else if (e.gold) kind = other ? `wrong boundaries: gold ${e.gold} (predicted ${other.predicted})` : `missed ${e.gold}`;
      else if (other) kind = `wrong boundaries: predicted ${e.predicted} (gold ${other.gold})`;
      else kind = `not a name in gold: predicted ${e.predicted}`;
      const t = doc.text;
      const context = `${t.slice(Math.max(0, e.start - 60), e.start)}[${t.slice(e.start, e.end)}]${t.slice(e.end, e.end + 60)}`;
      rows.push([kind, context.replace(/\s+/gu, ' ')]);
    }
  }
  const kinds = grouped(rows, ([kind]) => kind);
  const sorted = [...kinds].sort((a, b) => b[1].length - a[1].length);
  const head = sorted.map(([kind, r]) => `${String(r.length).padStart(5)}  ${kind}`);
  const body = sorted.map(([kind, r]) => `\n== ${kind}\n${r.map(([, c]) => `  ${c}`).join('\n')}`);
  return `${head.join('\n')}\n${body.join('\n')}\n`;
}

function grouped<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

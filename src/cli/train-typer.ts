// npm run train:typer -- <eng.train>: trains the entity typer (src/extract/entities/typer.ts) on the
// CoNLL-2003 English training file and writes src/extract/entities/typer-weights.json. The corpus is
// read from the path given and never copied into the repository (see typer-weights.md).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../config.js';
import { conllDocuments } from '../extract/entities/conll.js';
import { typedCandidates } from '../extract/entities/index.js';
import { candidateFeatures, documentContext, LABELS, modelDecides, scores, type Label, type Weights } from '../extract/entities/typer.js';
import { layout } from '../extract/layout.js';

const program = new Command('train:typer')
  .description('Train the entity typer on CoNLL-2003 eng.train')
  .argument('<file>', 'CoNLL-2003 English training file (eng.train)')
  .option('--epochs <n>', 'passes over the data', '8')
  .option('--runs <n>', 'perceptrons trained from different orders and averaged', '5')
  .option('--min-count <n>', 'drop features seen fewer times', '2')
  .option('--out <file>', 'weights file', path.join(projectRoot, 'src/extract/entities/typer-weights.json'))
  .parse();
const opts = program.opts<{ epochs: string; runs: string; minCount: string; out: string }>();

// Examples: the features of every candidate name our own rules find, labelled by the gold span it
// matches exactly (a span no gold name has is NONE; a MISC name is left out, as evaluation ignores it).
const examples: Array<{ features: string[]; label: number }> = [];
const counts = new Map<string, number>();
const docs = conllDocuments(readFileSync(program.args[0]!, 'utf8'));
for (const doc of docs) {
  const gold = new Map(doc.names.map((n) => [`${n.start}:${n.end}`, n.type]));
  const { typed } = typedCandidates(layout(doc.text));
  const ctx = documentContext(typed);
  for (const t of typed) {
    const type = gold.get(`${t.c.start}:${t.c.end}`);
    if (type === 'MISC' || !modelDecides(t)) continue;
    const features = candidateFeatures(t, ctx);
    for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
    examples.push({ features, label: LABELS.indexOf((type ?? 'NONE') as Label) });
  }
}
const minCount = Number(opts.minCount);
for (const e of examples) e.features = e.features.filter((f) => counts.get(f)! >= minCount);
console.log(`${docs.length} documents, ${examples.length} candidates, ${[...counts.values()].filter((n) => n >= minCount).length} features`);

/** An averaged perceptron (Collins 2002) over the examples in an order shuffled from `seed`, with
 *  the lazy-update trick for the averages. */
function train(seed: number): Weights {
  const weights: Weights = {};
  const totals: Weights = {};
  const stamps: Record<string, number[]> = {};
  let step = 0;
  const bump = (feature: string, label: number, delta: number) => {
    const w = (weights[feature] ??= LABELS.map(() => 0));
    const total = (totals[feature] ??= LABELS.map(() => 0));
    const stamp = (stamps[feature] ??= LABELS.map(() => 0));
    total[label]! += (step - stamp[label]!) * w[label]!;
    stamp[label] = step;
    w[label]! += delta;
  };
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let epoch = 0; epoch < Number(opts.epochs); epoch++) {
    const order = examples.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      step++;
      const { features, label } = examples[i]!;
      const s = scores(weights, features);
      const guess = s.indexOf(Math.max(...s));
      if (guess === label) continue;
      for (const f of features) {
        bump(f, label, 1);
        bump(f, guess, -1);
      }
    }
  }
  const averaged: Weights = {};
  for (const [feature, w] of Object.entries(weights)) averaged[feature] = w.map((x, l) => (totals[feature]![l]! + (step - stamps[feature]![l]!) * x) / step);
  return averaged;
}

// Several perceptrons from different orders, averaged: one linear model with less of the variance
// a single order gives.
const runs = Array.from({ length: Number(opts.runs) }, (_, r) => train(17 + 1000 * r));
const averaged: Weights = {};
for (const feature of new Set(runs.flatMap((w) => Object.keys(w)))) {
  const avg = LABELS.map((_, l) => runs.reduce((sum, w) => sum + (w[feature]?.[l] ?? 0), 0) / runs.length);
  if (avg.some((x) => Math.abs(x) >= 0.001)) averaged[feature] = avg.map((x) => Math.round(x * 1000) / 1000);
}
writeFileSync(opts.out, `${JSON.stringify({ labels: LABELS, weights: averaged })}\n`);
console.log(`${runs.length} runs of ${opts.epochs} epochs: wrote ${Object.keys(averaged).length} features to ${path.relative(projectRoot, opts.out)}`);

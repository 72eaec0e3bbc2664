// npm run train:confidence -- <PolNeAR checkout>: trains the quote confidence model (src/extract/confidence.ts)
// on PolNeAR's train split (data/train/text and data/train/attributions of networkdynamics/PolNeAR),
// chooses the default threshold on the PolNeAR dev set of `npm run eval`, and writes
// src/extract/confidence-weights.json. The corpus is read where it lies, never copied here (see
// confidence-weights.md).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { projectRoot } from '../config.js';
import { confidenceFeatures } from '../extract/confidence-features.js';
import { areaUnderCurve, bratContents, type Example, matchesAny, trainLogistic } from '../extract/confidence-training.js';
import { PHRASE_ONLY_CAP, quoteConfidence } from '../extract/confidence.js';
import { toContract } from '../extract/contract.js';
import { extractWithEvidence } from '../extract/index.js';
import type { Span } from '../extract/types.js';
import { polnearArticles } from './polnear-corpus.js';

const program = new Command('train:confidence')
  .description('Train the quote confidence model on PolNeAR train; choose its threshold on PolNeAR dev')
  .argument('<polnear>', 'a checkout of networkdynamics/PolNeAR (its data/train is read)')
  .option('--dev <file>', 'gold of the dev set the threshold is chosen on', path.resolve(projectRoot, '../shared/eval/polnear-dev.jsonl'))
  .option('--epochs <n>', 'gradient descent steps', '400')
  .option('--rate <n>', 'step size', '2')
  .option('--l2 <n>', 'L2 penalty', '0.001')
  .option('--min-count <n>', 'drop features seen fewer times', '10')
  .option('--out <file>', 'weights file', path.join(projectRoot, 'src/extract/confidence-weights.json'))
  .parse();
const opts = program.opts<{ dev: string; epochs: string; rate: string; l2: string; minCount: string; out: string }>();

const examples: Example[] = [];
let articles = 0;
for (const { text, annotation } of polnearArticles(program.args[0]!, 'train')) {
  const gold = bratContents(annotation);
  const { extraction, evidence } = extractWithEvidence(text);
  extraction.quotes.forEach((q, i) => {
    // Quotes capped as unsure by rule teach nothing about the others.
    if (evidence[i]!.phraseOnly) return;
    examples.push({ features: confidenceFeatures(evidence[i]!), label: matchesAny(text, q, gold) ? 1 : 0 });
  });
  articles++;
}
const positives = examples.filter((e) => e.label === 1).length;
console.log(
  `${articles} articles, ${examples.length} quotes found, ${positives} match an annotated content (${((100 * positives) / examples.length).toFixed(1)}%)`,
);
const weights = trainLogistic(examples, { epochs: Number(opts.epochs), rate: Number(opts.rate), l2: Number(opts.l2), minCount: Number(opts.minCount) });

// The threshold: the best mean of F1 at overlap 0.3 and 0.8 on dev, above the cap of rule-capped quotes.
interface Scorer {
  scoreData(gold: unknown[], pred: unknown[]): { quotes: Record<string, { F1: number }> };
  readJsonl(file: string): { docs: Array<{ id: string; text: string; quotes: Span[] }> };
}
const scorer = (await import(pathToFileURL(path.join(path.dirname(opts.dev), 'score.mjs')).href)) as Scorer;
const dev = scorer.readJsonl(opts.dev).docs;
const model = { weights, threshold: 0 };
// How well each score ranks the dev quotes found, right ones above wrong ones (1 = perfectly, 0.5 = by chance).
const ranked: Array<{ learned: number; handSet: number; right: boolean }> = [];
const extractions = dev.map((d) => {
  const { extraction, evidence } = extractWithEvidence(d.text);
  extraction.quotes.forEach((q, i) => {
    q.confidence = quoteConfidence(evidence[i]!, model);
    const right = matchesAny(d.text, q, d.quotes);
    if (!evidence[i]!.phraseOnly) ranked.push({ learned: q.confidence, handSet: quoteConfidence(evidence[i]!, null), right });
  });
  return { id: d.id, extraction };
});
const auc = (score: (r: (typeof ranked)[number]) => number) => areaUnderCurve(ranked.map((r) => ({ score: score(r), label: r.right ? 1 : 0 })));
console.log(`dev ranking (area under the ROC curve): learned ${auc((r) => r.learned).toFixed(3)}, hand-set ${auc((r) => r.handSet).toFixed(3)}`);
const tried: Array<{ threshold: number; f: number }> = [];
for (let t = PHRASE_ONLY_CAP + 0.05; t < 0.96; t += 0.05) {
  const threshold = Math.round(t * 100) / 100;
  const { quotes } = scorer.scoreData(
    dev,
    extractions.map((x) => toContract(x.id, x.extraction, threshold)),
  );
  const f = (100 * quotes['0.3']!.F1 + 100 * quotes['0.8']!.F1) / 2;
  console.log(`threshold ${threshold.toFixed(2)}: dev F1 at 0.3 ${(100 * quotes['0.3']!.F1).toFixed(1)}, at 0.8 ${(100 * quotes['0.8']!.F1).toFixed(1)}`);
  tried.push({ threshold, f });
}
// Thresholds that tie on dev (within 0.05 points) form a plateau; its lowest is kept. A calibrated
// probability maximises expected F1 when cut at half the F1 reached (Lipton, Elkan & Narayanaswamy,
// "Optimal thresholding of classifiers to maximize F1", 2014): about 0.35 here, the plateau's low end.
// Higher cuts on the plateau only drop, on unseen news, quotes more likely right than that.
const top = Math.max(...tried.map((x) => x.f));
const best = tried.find((x) => x.f >= top - 0.05)!;
writeFileSync(opts.out, `${JSON.stringify({ threshold: best.threshold, examples: examples.length, weights }, null, 1)}\n`);
console.log(`threshold ${best.threshold}; ${Object.keys(weights).length} weights written to ${path.relative(process.cwd(), opts.out)}`);

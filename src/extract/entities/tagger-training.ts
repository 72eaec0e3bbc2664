// Training of the span tagger (tagger.ts), used by `npm run train:tagger`. Pure: CoNLL documents
// in, weights out; nothing is read or written here.
import { layout } from '../layout.js';
import type { ConllDocument } from './conll.js';
import { averageOf, bump } from './lazy-average.js';
import { tokenFeatures } from './tagger-features.js';
import { TAGS, type TaggerModel } from './tagger-model.js';
import { emissions, viterbi } from './tagger-scores.js';
import { blockInputs } from './tagger.js';
import { seededRandom, shuffledIndexes } from './training-order.js';

export interface TaggerExample {
  features: string[][];
  tags: number[];
}

const SHORT: Record<string, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' };

/** Every named block of every document, its tokens' features and gold BIO tags: a token starting
 *  where a gold name starts is B, one inside it I. */
export function taggerExamples(docs: ConllDocument[]): TaggerExample[] {
  const out: TaggerExample[] = [];
  for (const doc of docs) {
    const names = [...doc.names].sort((a, b) => a.start - b.start);
    for (const { input } of blockInputs(layout(doc.text))) {
      let k = 0;
      const tags = input.tokens.map((t) => {
        while (k < names.length && names[k]!.end <= t.start) k++;
        const n = names[k];
        if (!n || t.start < n.start || t.start >= n.end) return 0;
        return TAGS.indexOf(`${t.start === n.start ? 'B' : 'I'}-${SHORT[n.type]}` as (typeof TAGS)[number]);
      });
      out.push({ features: tokenFeatures(input), tags });
    }
  }
  return out;
}

export interface TaggerTraining {
  epochs: number;
  minCount: number;
  /** averaged weights smaller than this are dropped */
  prune: number;
}

/** The averaged structured perceptron over the examples in an order shuffled each epoch from a seed. */
export function trainTagger(examples: TaggerExample[], opts: TaggerTraining): TaggerModel {
  const kept = withCommonFeatures(examples, opts.minCount);
  const perceptron = new AveragedPerceptron(TAGS.length);
  const random = seededRandom(17);
  for (let epoch = 0; epoch < opts.epochs; epoch++) for (const i of shuffledIndexes(kept.length, random)) perceptron.learn(kept[i]!);
  return perceptron.averaged(opts.prune);
}

/** The examples without the features seen fewer than `minCount` times in all of them. */
function withCommonFeatures(examples: TaggerExample[], minCount: number): TaggerExample[] {
  const counts = new Map<string, number>();
  for (const e of examples) for (const fs of e.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  return examples.map((e) => ({ tags: e.tags, features: e.features.map((fs) => fs.filter((f) => counts.get(f)! >= minCount)) }));
}

const zeros = (k: number) => new Array<number>(k).fill(0);

/** Feature and transition weights as training changes them, with what their lazy average needs
 *  (lazy-average.ts). Transitions' row `k` is the block's start. */
class AveragedPerceptron {
  private step = 0;
  private readonly weights: Record<string, number[]> = {};
  private readonly totals: Record<string, number[]> = {};
  private readonly stamps: Record<string, number[]> = {};
  private readonly transitions: number[][];
  private readonly transitionTotals: number[][];
  private readonly transitionStamps: number[][];

  constructor(private readonly k: number) {
    const table = () => Array.from({ length: k + 1 }, () => zeros(k));
    this.transitions = table();
    this.transitionTotals = table();
    this.transitionStamps = table();
  }

  /** Decodes the block with the current weights and, where the best path differs from the gold one,
   *  adds the gold path's features and transitions and subtracts the guessed. Every example is a step
   *  of the average, one without tokens too. */
  learn({ features, tags }: TaggerExample): void {
    this.step++;
    if (!tags.length) return;
    const guess = viterbi(emissions(this.weights, features).flat(), this.transitions);
    for (let p = 0; p < tags.length; p++) {
      const [g, y] = [guess[p]!, tags[p]!];
      const [gPrev, yPrev] = p ? [guess[p - 1]!, tags[p - 1]!] : [this.k, this.k];
      if (g !== y) {
        for (const f of features[p]!) {
          this.bumpFeature(f, y, 1);
          this.bumpFeature(f, g, -1);
        }
      }
      if (g !== y || gPrev !== yPrev) {
        this.bumpTransition(yPrev, y, 1);
        this.bumpTransition(gPrev, g, -1);
      }
    }
  }

  /** The averaged weights rounded to thousandths; feature weights under `prune` are dropped (a feature
   *  with none left is left out). */
  averaged(prune: number): TaggerModel {
    const weights: Record<string, number[]> = {};
    for (const [f, w] of Object.entries(this.weights)) {
      const avg = this.average(w, this.totals[f]!, this.stamps[f]!);
      if (avg.some((x) => Math.abs(x) >= prune)) weights[f] = avg.map((x) => (Math.abs(x) >= prune ? x : 0));
    }
    return { weights, transitions: this.transitions.map((w, s) => this.average(w, this.transitionTotals[s]!, this.transitionStamps[s]!)) };
  }

  private bumpFeature(f: string, t: number, delta: number): void {
    const k = this.k;
    bump((this.weights[f] ??= zeros(k)), (this.totals[f] ??= zeros(k)), (this.stamps[f] ??= zeros(k)), t, delta, this.step);
  }

  private bumpTransition(from: number, t: number, delta: number): void {
    bump(this.transitions[from]!, this.transitionTotals[from]!, this.transitionStamps[from]!, t, delta, this.step);
  }

  /** The weights averaged over all steps, rounded to thousandths. */
  private average(w: number[], total: number[], stamp: number[]): number[] {
    return averageOf(w, total, stamp, this.step).map((x) => Math.round(x * 1000) / 1000);
  }
}

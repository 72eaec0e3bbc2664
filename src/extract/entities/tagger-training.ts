// Training of the span tagger (tagger.ts), used by `npm run train:tagger`. Pure: CoNLL documents
// in, weights out; nothing is read or written here.
import { layout } from '../layout.js';
import type { ConllDocument } from './conll.js';
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

/** The averaged structured perceptron: decode each block with the current weights, and where the
 *  best path differs from the gold one, add the gold path's features and subtract the guessed. */
export function trainTagger(examples: TaggerExample[], opts: TaggerTraining): TaggerModel {
  const k = TAGS.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const fs of e.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = examples.map((e) => ({ tags: e.tags, features: e.features.map((fs) => fs.filter((f) => counts.get(f)! >= opts.minCount)) }));
  const weights: Record<string, number[]> = {};
  const totals: Record<string, number[]> = {};
  const stamps: Record<string, number[]> = {};
  const transitions = Array.from({ length: k + 1 }, () => new Array<number>(k).fill(0));
  const tTotals = Array.from({ length: k + 1 }, () => new Array<number>(k).fill(0));
  const tStamps = Array.from({ length: k + 1 }, () => new Array<number>(k).fill(0));
  let step = 0;
  const bump = (w: number[], total: number[], stamp: number[], t: number, delta: number) => {
    total[t]! += (step - stamp[t]!) * w[t]!;
    stamp[t] = step;
    w[t]! += delta;
  };
  const bumpFeature = (f: string, t: number, delta: number) =>
    bump((weights[f] ??= new Array(k).fill(0)), (totals[f] ??= new Array(k).fill(0)), (stamps[f] ??= new Array(k).fill(0)), t, delta);
  const random = seededRandom(17);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const i of shuffledIndexes(kept.length, random)) {
      step++;
      const { features, tags } = kept[i]!;
      if (!tags.length) continue;
      const guess = viterbi(emissions(weights, features).flat(), transitions);
      for (let p = 0; p < tags.length; p++) {
        const [g, y] = [guess[p]!, tags[p]!];
        const [gPrev, yPrev] = p ? [guess[p - 1]!, tags[p - 1]!] : [k, k];
        if (g !== y) {
          for (const f of features[p]!) {
            bumpFeature(f, y, 1);
            bumpFeature(f, g, -1);
          }
        }
        if (g !== y || gPrev !== yPrev) {
          bump(transitions[yPrev]!, tTotals[yPrev]!, tStamps[yPrev]!, y, 1);
          bump(transitions[gPrev]!, tTotals[gPrev]!, tStamps[gPrev]!, g, -1);
        }
      }
    }
  }
  const average = (w: number[], total: number[], stamp: number[]) => w.map((x, t) => Math.round(((total[t]! + (step - stamp[t]!) * x) / step) * 1000) / 1000);
  const averaged: Record<string, number[]> = {};
  for (const [f, w] of Object.entries(weights)) {
    const avg = average(w, totals[f]!, stamps[f]!);
    if (avg.some((x) => Math.abs(x) >= opts.prune)) averaged[f] = avg.map((x) => (Math.abs(x) >= opts.prune ? x : 0));
  }
  return { weights: averaged, transitions: transitions.map((w, s) => average(w, tTotals[s]!, tStamps[s]!)) };
}

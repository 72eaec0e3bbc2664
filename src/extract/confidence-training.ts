// Training the quote confidence model (confidence.ts): every quote the extractor finds in an annotated
// article is an example, labelled by whether an annotated content matches it; a logistic regression
// over its features (confidence-features.ts) learns how often each way of finding a quote is right.
import { overlapsBoth, trimmedSpan } from './scorer-spans.js';
import type { Span } from './types.js';

export interface Example {
  features: string[];
  label: 0 | 1;
}

export type Weights = Record<string, number>;

/** A text-bound annotation of a brat standoff file: its type, first to last character, and its pieces. */
export interface BratSpan extends Span {
  type: string;
  pieces: Span[];
}

/** The text-bound annotations of a brat file of PolNeAR ("T3\tContent 120 211;230 240\t…"), by id, in file order. */
export function bratSpans(ann: string): Map<string, BratSpan> {
  const out = new Map<string, BratSpan>();
  for (const line of ann.split('\n')) {
    const m = /^(T\d+)\t(\w+) ([\d ;]+)\t/u.exec(line);
    if (!m) continue;
    const pieces = m[3]!.split(';').map((piece) => {
      const [start, end] = piece.trim().split(' ').map(Number);
      return { start: start!, end: end! };
    });
    out.set(m[1]!, { type: m[2]!, start: Math.min(...pieces.map((p) => p.start)), end: Math.max(...pieces.map((p) => p.end)), pieces });
  }
  return out;
}

/** An attribution event of a brat file ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"): its roles' spans. */
export interface BratAttribution {
  content: BratSpan;
  cue: BratSpan | undefined;
  source: BratSpan | undefined;
}

/** The attribution events of a brat file of PolNeAR that have a content, in file order. */
export function bratAttributions(ann: string): BratAttribution[] {
  const spans = bratSpans(ann);
  const out: BratAttribution[] = [];
  for (const line of ann.split('\n')) {
    const m = /^E\d+\t(.*)$/u.exec(line);
    if (!m) continue;
    const roles = new Map(m[1]!.split(' ').map((arg) => arg.split(':') as [string, string]));
    const content = spans.get(roles.get('Content') ?? '');
    if (content) out.push({ content, cue: spans.get(roles.get('Cue') ?? ''), source: spans.get(roles.get('Source') ?? '') });
  }
  return out;
}

/** The contents of a brat file of PolNeAR, first to last character. */
export function bratContents(ann: string): Span[] {
  return [...bratSpans(ann).values()].filter((t) => t.type === 'Content').map(({ start, end }) => ({ start, end }));
}

/** Whether `p` matches some gold span at `threshold` of both, as the scorer compares them. */
export function matchesAny(text: string, p: Span, gold: Span[], threshold = 0.3): boolean {
  const a = trimmedSpan(text, p);
  return gold.some((g) => overlapsBoth(a, trimmedSpan(text, g), threshold));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(weights: Weights, features: string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return sigmoid(z);
}

export interface TrainingOptions {
  epochs: number;
  /** step size of gradient descent */
  rate: number;
  /** L2 penalty per example, keeping weights of rare features small */
  l2: number;
  /** features seen fewer times are dropped */
  minCount: number;
}

/** Logistic regression by full-batch gradient descent: deterministic, seconds on thousands of examples. */
export function trainLogistic(examples: Example[], opts: TrainingOptions): Weights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts].filter(([f, n]) => n >= opts.minCount || f === 'bias').map(([f]) => f);
  const weights: Weights = Object.fromEntries(kept.map((f) => [f, 0]));
  const n = examples.length || 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const gradient: Weights = Object.fromEntries(kept.map((f) => [f, f === 'bias' ? 0 : opts.l2 * weights[f]!]));
    for (const e of examples) {
      const error = probability(weights, e.features) - e.label;
      for (const f of e.features) if (f in gradient) gradient[f]! += error / n;
    }
    for (const f of kept) weights[f]! -= opts.rate * gradient[f]!;
  }
  return Object.fromEntries(Object.entries(weights).map(([f, w]) => [f, Math.round(w * 1000) / 1000]));
}

/** The area under the ROC curve: the chance that a right example scores above a wrong one (ties count half). */
export function areaUnderCurve(scored: Array<{ score: number; label: 0 | 1 }>): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++)
      if (sorted[k]!.label === 1) {
        rankSum += meanRank;
        positives++;
      }
    i = j;
  }
  const negatives = sorted.length - positives;
  return positives && negatives ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives) : 0.5;
}

// Training and held-out scoring of the entity typer (typer.ts), used by `npm run train:typer`. Pure:
// the CoNLL documents come in, weights and scores go out; nothing is read or written here.
import { layout } from '../layout.js';
import type { ConllDocument } from './conll.js';
import { recognizeEntities, typedCandidates } from './index.js';
import { seededRandom, shuffledIndexes } from './training-order.js';
import { LABELS, type Label, type NameMemory, scores, type TyperModel, type Weights } from './typer-model.js';
import { candidateFeatures, documentContext } from './typer-features.js';
import { averageOf, bump } from './lazy-average.js';
import { modelDecides } from './typer.js';

export interface Example {
  features: string[];
  label: number;
}

export interface TrainingOptions {
  epochs: number;
  runs: number;
  minCount: number;
}

const nameKey = (s: string) => s.toLowerCase().replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ');

/** The names the documents give one type at least four times in five (and twice at least). */
export function nameMemory(docs: ConllDocument[]): NameMemory {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    for (const n of doc.names) {
      const k = nameKey(doc.text.slice(n.start, n.end));
      const byType = counts.get(k) ?? new Map<string, number>();
      counts.set(k, byType);
      byType.set(n.type, (byType.get(n.type) ?? 0) + 1);
    }
  }
  const memory: NameMemory = {};
  for (const [k, byType] of counts) {
    const total = [...byType.values()].reduce((a, b) => a + b, 0);
    const [type, n] = [...byType].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= 2 && n / total >= 0.8) memory[k] = type;
  }
  return memory;
}

const MEMORY_FOLDS = 5;

/** The features of every candidate name our own rules find, labelled by the gold name of exactly its
 *  span. A span no gold name has is NONE, and so is a MISC name (an event, a people, a product):
 *  none of the types we give, so a type given to it is a false one. The name memory a document sees
 *  comes from the other documents only (jackknifed), so the model learns how far memory holds on
 *  names it has not met, as at run time. */
export function typerExamples(docs: ConllDocument[]): Example[] {
  const examples: Example[] = [];
  const parts = folds(docs, MEMORY_FOLDS);
  for (const [i, part] of parts.entries()) {
    const memory = nameMemory(parts.filter((_, j) => j !== i).flat());
    for (const doc of part) {
      const gold = new Map(doc.names.map((n) => [`${n.start}:${n.end}`, n.type]));
      const { typed } = typedCandidates(layout(doc.text));
      const ctx = documentContext(typed, memory);
      for (const t of typed) {
        if (!modelDecides(t)) continue;
        const type = gold.get(`${t.c.start}:${t.c.end}`);
        examples.push({ features: candidateFeatures(t, ctx), label: LABELS.indexOf((type === undefined || type === 'MISC' ? 'NONE' : type) as Label) });
      }
    }
  }
  return examples;
}

/** An averaged perceptron (Collins 2002) over the examples in an order shuffled from `seed`, its
 *  average kept lazily (lazy-average.ts). */
function perceptron(examples: Example[], epochs: number, seed: number): Weights {
  const weights: Weights = {};
  const totals: Weights = {};
  const stamps: Record<string, number[]> = {};
  let step = 0;
  const bumpFeature = (feature: string, label: number, delta: number) =>
    bump((weights[feature] ??= LABELS.map(() => 0)), (totals[feature] ??= LABELS.map(() => 0)), (stamps[feature] ??= LABELS.map(() => 0)), label, delta, step);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffledIndexes(examples.length, random)) {
      step++;
      const { features, label } = examples[i]!;
      const s = scores(weights, features);
      const guess = s.indexOf(Math.max(...s));
      if (guess === label) continue;
      for (const f of features) {
        bumpFeature(f, label, 1);
        bumpFeature(f, guess, -1);
      }
    }
  }
  const averaged: Weights = {};
  for (const [feature, w] of Object.entries(weights)) averaged[feature] = averageOf(w, totals[feature]!, stamps[feature]!, step);
  return averaged;
}

/** The typer trained on `docs`: its weights, and the memory of names from all of them. */
export function trainModel(docs: ConllDocument[], opts: TrainingOptions): TyperModel {
  return { weights: trainTyper(typerExamples(docs), opts), names: nameMemory(docs) };
}

/** Several perceptrons from different orders, averaged: one linear model with less of the variance
 *  a single order gives. Features seen fewer than `minCount` times are dropped first. */
export function trainTyper(examples: Example[], opts: TrainingOptions): Weights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = examples.map((e) => ({ label: e.label, features: e.features.filter((f) => counts.get(f)! >= opts.minCount) }));
  const runs = Array.from({ length: opts.runs }, (_, r) => perceptron(kept, opts.epochs, 17 + 1000 * r));
  const averaged: Weights = {};
  for (const feature of new Set(runs.flatMap((w) => Object.keys(w)))) {
    const avg = LABELS.map((_, l) => runs.reduce((sum, w) => sum + (w[feature]?.[l] ?? 0), 0) / runs.length);
    if (avg.some((x) => Math.abs(x) >= 0.001)) averaged[feature] = avg.map((x) => Math.round(x * 1000) / 1000);
  }
  return averaged;
}

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
}

/** One span the stage and the gold disagree on: the gold type, the predicted type, either missing. */
export interface TypingError {
  doc: ConllDocument;
  start: number;
  end: number;
  gold?: string;
  predicted?: string;
}

/** Typed exact-span counts of the name mentions `recognizeEntities` finds with `model`, per type
 *  and over all (MISC names are not scored, as in `npm run eval`); `onError` hears each disagreement. */
export function scoreEntities(docs: ConllDocument[], model: TyperModel | null, onError?: (error: TypingError) => void): Record<string, TypeScore> {
  const out: Record<string, TypeScore> = {};
  const count = (type: string, field: keyof TypeScore) => {
    for (const k of [type, 'micro']) {
      out[k] ??= { gold: 0, predicted: 0, correct: 0 };
      out[k][field]++;
    }
  };
  for (const doc of docs) {
    const gold = new Map(doc.names.filter((n) => n.type !== 'MISC').map((n) => [`${n.start}:${n.end}`, n.type as string]));
    for (const type of gold.values()) count(type, 'gold');
    const predicted = new Map<string, string>();
    for (const e of recognizeEntities(layout(doc.text), model)) {
      for (const m of e.mentions) if (m.kind === 'NAME') predicted.set(`${m.start}:${m.end}`, e.type);
    }
    for (const [span, type] of predicted) {
      count(type, 'predicted');
      if (gold.get(span) === type) count(type, 'correct');
    }
    if (onError) listErrors(doc, gold, predicted, onError);
  }
  return out;
}

function listErrors(doc: ConllDocument, gold: Map<string, string>, predicted: Map<string, string>, onError: (error: TypingError) => void) {
  for (const span of new Set([...gold.keys(), ...predicted.keys()])) {
    if (gold.get(span) === predicted.get(span)) continue;
    const [start, end] = span.split(':').map(Number) as [number, number];
    onError({ doc, start, end, gold: gold.get(span), predicted: predicted.get(span) });
  }
}

/** Contiguous folds (Reuters documents come in date order: a fold holds other days' news). */
export function folds<T>(items: T[], k: number): T[][] {
  return Array.from({ length: k }, (_, i) => items.slice(Math.floor((i * items.length) / k), Math.floor(((i + 1) * items.length) / k)));
}

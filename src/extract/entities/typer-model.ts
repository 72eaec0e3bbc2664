// The typer's model: its labels, its weights and name memory as `npm run train:typer` writes them
// (typer-weights.json beside this file; none, no model), and the scores of a list of features.
import { readWeightsFile } from '../weights-file.js';

export const LABELS = ['PERSON', 'ORGANIZATION', 'LOCATION', 'NONE'] as const;
export type Label = (typeof LABELS)[number];
/** feature → one weight per label, in LABELS order */
export type Weights = Record<string, number[]>;
/** Lower-cased name → the type the training data gives it nearly always (MISC: a name of none of
 *  our types). The model learns how far to trust this memory: see typer-training.ts. */
export type NameMemory = Record<string, string>;
export interface TyperModel {
  weights: Weights;
  names: NameMemory;
}

/** Scores of each label for `features`. */
export function scores(weights: Weights, features: string[]): number[] {
  const s = LABELS.map(() => 0);
  for (const feature of features) {
    const w = Object.hasOwn(weights, feature) ? weights[feature] : undefined;
    if (w) for (let i = 0; i < s.length; i++) s[i]! += w[i]!;
  }
  return s;
}

export function predict(weights: Weights, features: string[]): Label {
  const s = scores(weights, features);
  return LABELS[s.indexOf(Math.max(...s))]!;
}

const stored = readWeightsFile<{ weights: Weights; names?: NameMemory }>(import.meta.url, './typer-weights.json');
export const trainedModel: TyperModel | null = stored ? { weights: stored.weights, names: stored.names ?? {} } : null;

// The span tagger's model: its BIO tags, the blocks it reads, and its weights and transitions as
// `npm run train:tagger` writes them (tagger-weights.json beside this file; none, no model).
import { readWeightsFile } from '../weights-file.js';
import type { Token } from '../tokens.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export type SpanType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface TaggerModel {
  /** feature → one weight per tag, in TAGS order */
  weights: Record<string, number[]>;
  /** transitions[from][to]; from index TAGS.length is the start of the block */
  transitions: number[][];
}

/** A block to tag: its tokens, which of them open a sentence, whether it is written in capitals. */
export interface TaggerInput {
  tokens: Token[];
  sentenceStart: boolean[];
  caps: boolean;
}

export const trainedTagger = readWeightsFile<TaggerModel>(import.meta.url, './tagger-weights.json');

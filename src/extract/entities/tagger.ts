// A learned span stage: a BIO sequence tagger over a block's tokens (an averaged structured
// perceptron, Collins 2002, with first-order Viterbi decoding) that proposes name spans where the
// capitalisation rules of find-candidates.ts miss them: possessive names ("Moody's"), leading digits
// ("1860 Munich"), long "of"/"for" names, city-and-nickname clubs. Trained by `npm run train:tagger`
// (see tagger-weights.md for the data and its licence); no weights file, no spans.
// Here: the spans a block's tags mark and the blocks tagged; the model is in tagger-model.ts, what it
// reads of a token in tagger-features.ts, its scoring and decoding in tagger-scores.ts.
import { hasLetter, isAllCaps, tokenize, type Token } from '../tokens.js';
import type { Block, Layout } from '../types.js';
import { type SpanType, type Tag, type TaggerInput, type TaggerModel, TAGS } from './tagger-model.js';
import { context } from './tagger-features.js';
import { fastEmissions, viterbi } from './tagger-scores.js';

export interface TaggedSpan {
  start: number;
  end: number;
  type: SpanType;
  /** token indices [from, to) */
  from: number;
  to: number;
}

/** The names a tag sequence marks: a B opens one, I continues it, anything else closes it. */
export function spansOf(tokens: Token[], tags: number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? TAGS[tags[i]!]! : 'O';
    if (open && tag === `I-${open.type}`) {
      open.end = tokens[i]!.end;
      open.to = i + 1;
      continue;
    }
    if (open) out.push(open);
    open = tag.startsWith('B-') ? { start: tokens[i]!.start, end: tokens[i]!.end, type: tag.slice(2) as SpanType, from: i, to: i + 1 } : null;
  }
  return out;
}

// How far around the rules' candidates the tagger looks: the spans it may change (merge-spans.ts)
// overlap a candidate, and a few words on each side give the decoder its context.
const MARGIN = 3;

/** The names the model tags in the block, decoded in windows around `near` (token ranges; the
 *  whole block without it): the work is proportional to the names, not the words. A name never runs
 *  across a sentence boundary: the stages after this one look for names sentence by sentence. */
export function tagSpans(input: TaggerInput, model: TaggerModel, near?: Array<[number, number]>): TaggedSpan[] {
  const n = input.tokens.length;
  if (!n) return [];
  const windows: Array<[number, number]> = [];
  for (const [a, b] of near ?? [[0, n]]) {
    const [from, to] = [Math.max(0, a - MARGIN), Math.min(n, b + MARGIN)];
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const ctx = context(input, windows);
  const tags = new Array<number>(n).fill(0);
  for (const [from, to] of windows) {
    const path = viterbi(fastEmissions(model, input, from, to, ctx), model.transitions);
    for (let i = from; i < to; i++) tags[i] = path[i - from]!;
  }
  for (let i = 1; i < n; i++) if (input.sentenceStart[i] && TAGS[tags[i]!]!.startsWith('I-')) tags[i] = TAGS.indexOf(`B-${TAGS[tags[i]!]!.slice(2)}` as Tag);
  return spansOf(input.tokens, tags);
}

// PressReader's closing lines name the paper's country; other blocks hold no names worth tagging.
const TAGGED_ROLES = new Set(['MASTHEAD', 'TITLE', 'BODY', 'CREDIT', 'NOTE', 'BOILERPLATE']);

/** One tagger input per named block of the document, with the block, in document order. */
export function blockInputs(paragraphs: Layout): Array<{ block: Block; input: TaggerInput }> {
  const layout = paragraphs.byLine ?? paragraphs;
  const starts = new Set(layout.sentences.map((s) => s.start));
  const out: Array<{ block: Block; input: TaggerInput }> = [];
  for (const block of layout.blocks) {
    if (!TAGGED_ROLES.has(block.role)) continue;
    const tokens = tokenize(layout.text, block.start, block.end);
    const letters = tokens.filter((t) => hasLetter(t.text));
    const caps = letters.length >= 3 && letters.filter((t) => isAllCaps(t.text)).length / letters.length > 0.6;
    out.push({ block, input: { tokens, caps, sentenceStart: tokens.map((t, i) => i === 0 || starts.has(t.start)) } });
  }
  return out;
}

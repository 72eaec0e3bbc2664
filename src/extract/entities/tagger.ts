// A learned span stage: a BIO sequence tagger over a block's tokens (an averaged structured
// perceptron, Collins 2002, with first-order Viterbi decoding) that proposes name spans where the
// capitalisation rules of find-candidates.ts miss them: possessive names ("Moody's"), leading digits
// ("1860 Munich"), long "of"/"for" names, city-and-nickname clubs. Trained by `npm run train:tagger`
// (see tagger-weights.md for the data and its licence); no weights file, no spans.
import { createRequire } from 'node:module';
import { boundedMemo } from '../bounded-memo.js';
import { demonyms, isCountry, lookupLocation } from '../gazetteer.js';
import { isCalendarWord, isCommonWord, isFirstName, isKnownOrganization, isKnownPerson } from '../lexicon.js';
import { isAllCaps, tokenize, type Token } from '../tokens.js';
import type { Block, Layout } from '../types.js';
import { shape } from './typer-features.js';
import { COMPANY_FORMS, HONORIFICS, LOCATION_HEADS, ORGANIZATION_HEADS, PERSON_TITLES } from './vocabulary.js';

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

const norm = (s: string) => s.toLowerCase().replace(/[‘’]/gu, "'");

// Facts of a word are the same wherever it stands: computed once per word.
const FACTS_CACHE_LIMIT = 50_000;
const wordFacts = boundedMemo(computeWordFacts, FACTS_CACHE_LIMIT);

/** Facts of one word alone: capitals, digits, what the gazetteer and the lexicons know of it. */
function computeWordFacts(word: string): string[] {
  const lower = norm(word);
  const f: string[] = [];
  if (/^\p{Lu}/u.test(word)) f.push('cap');
  if (/\p{N}/u.test(word)) f.push('digit');
  if (lookupLocation(word)) f.push(isCountry(lookupLocation(word)!) ? 'gaz-country' : 'gaz-place');
  if (isFirstName(word)) f.push('lex-first');
  if (isKnownPerson(word)) f.push('lex-person');
  if (isKnownOrganization(word)) f.push('lex-org');
  if (isCalendarWord(word)) f.push('lex-calendar');
  if (isCommonWord(lower)) f.push('lex-common');
  if (demonyms.has(lower)) f.push('demonym');
  if (ORGANIZATION_HEADS.has(lower)) f.push('org-head');
  if (COMPANY_FORMS.has(lower)) f.push('company-form');
  if (LOCATION_HEADS.has(lower)) f.push('loc-head');
  if (PERSON_TITLES.has(lower.replace(/\.$/u, '')) || HONORIFICS.has(lower)) f.push('title');
  return f;
}

/** Where a word stands relative to the token whose features are made: itself, or a neighbour. */
type Role = 0 | -2 | -1 | 1 | 2;
const ROLES: Role[] = [0, -2, -1, 1, 2];
const BOUNDARY: Record<number, string> = { [-2]: '<s>', [-1]: '<s>', 1: '</s>', 2: '</s>' };

/** The features a word gives the token at `role` from it (null: past the block's edge). They depend on
 *  the word and the line alone, so their weights can be summed once per word. */
export function wordFeatures(word: string | null, role: Role, caps: boolean): string[] {
  const line = caps ? 'caps' : 'mixed';
  if (word === null) return role === 0 ? [] : [`w${role > 0 ? '+' : ''}${role}=${BOUNDARY[role]}`];
  const w = norm(word);
  const facts = wordFacts(word);
  if (role === 0) {
    const sh = shape(word);
    const f = ['bias', `w=${w}`, `sh=${sh}`, `sh+line=${sh}|${line}`, `p3=${w.slice(0, 3)}`, `s2=${w.slice(-2)}`, `s3=${w.slice(-3)}`, `s4=${w.slice(-4)}`];
    for (const x of facts) f.push(x, `${x}|${line}`);
    return f;
  }
  if (role === -2) return [`w-2=${w}`];
  if (role === 2) return [`w+2=${w}`, ...facts.filter((x) => x === 'org-head' || x === 'company-form').map((x) => `+2:${x}`)];
  const sign = role > 0 ? '+' : '-';
  return [`w${sign}1=${w}`, ...facts.map((x) => `${sign}1:${x}`)];
}

interface Context {
  words: string[];
  lower: string[];
  shapes: string[];
  pairs: boolean[];
  entries: WordEntry[];
}

/** What the tagger needs of a word alone, computed once per word (bounded like the facts), with the
 *  per-role sums of its feature weights for the model that last scored it (see fastEmissions). */
interface WordEntry {
  lower: string;
  shape: string;
  capital: boolean;
  sums?: WordSums;
}

/** What a model has of a word alone: its per-role sums, and its rows of the pair tables (the pairs
 *  whose first word it is), so a pair costs one lookup, by its second word. */
interface WordSums {
  model: PreparedModel;
  slots: RoleSums;
  wordRow: Map<string, PairWeights> | undefined;
  shapeRow: Map<string, PairWeights> | undefined;
}
const lexical = boundedMemo((word: string): WordEntry => ({ lower: norm(word), shape: shape(word), capital: /^\p{Lu}/u.test(word) }), FACTS_CACHE_LIMIT);

/** The words of the block and what is known of them, filled within two tokens of the ranges
 *  [from, to) only (all of the block by default): the features of a token look no further. */
function context(input: TaggerInput, ranges: Array<[number, number]> = [[0, input.tokens.length]]): Context {
  const n = input.tokens.length;
  const words = new Array<string>(n);
  const lower = new Array<string>(n);
  const shapes = new Array<string>(n);
  const capital = new Array<boolean>(n);
  const pairs = new Array<boolean>(n);
  const entries = new Array<WordEntry>(n);
  for (const [from, to] of ranges) {
    for (let i = Math.max(0, from - 2); i < Math.min(n, to + 2); i++) {
      if (words[i] !== undefined) continue;
      const w = input.tokens[i]!.text;
      const l = lexical(w);
      words[i] = w;
      entries[i] = l;
      lower[i] = l.lower;
      shapes[i] = l.shape;
      capital[i] = l.capital;
    }
  }
  for (const [from, to] of ranges) {
    for (let i = Math.max(0, from - 1); i < Math.min(n, to); i++) {
      pairs[i] = i + 1 < n && capital[i]! && capital[i + 1]! && !!lookupLocation(`${words[i]} ${words[i + 1]}`);
    }
  }
  return { words, lower, shapes, pairs, entries };
}

/** The features of token i that depend on two words or on its place: word and shape pairs, the
 *  sentence's start, a word pair the gazetteer knows ("New York", "Sri Lanka"). */
function pairFeatures(input: TaggerInput, ctx: Context, i: number): string[] {
  const { lower, shapes, pairs } = ctx;
  const at = (a: string[], k: number) => (k < 0 ? '<s>' : k >= a.length ? '</s>' : a[k]!);
  const f = [
    `w-1+w=${at(lower, i - 1)}|${lower[i]}`,
    `w+w+1=${lower[i]}|${at(lower, i + 1)}`,
    `sh-1+sh=${at(shapes, i - 1)}|${shapes[i]}`,
    `sh+sh+1=${shapes[i]}|${at(shapes, i + 1)}`,
  ];
  if (input.sentenceStart[i]) f.push('first', `first+sh=${shapes[i]}`);
  if (pairs[i]) f.push('gaz-pair-first');
  if (i > 0 && pairs[i - 1]) f.push('gaz-pair-last');
  return f;
}

/** The features of every token of the block: the word, its shape and affixes, the words around
 *  it, lexicon and gazetteer facts of it and its neighbours, its place in the sentence and line. */
export function tokenFeatures(input: TaggerInput): string[][] {
  const ctx = context(input);
  const n = ctx.words.length;
  return ctx.words.map((_, i) => [
    ...ROLES.flatMap((r) => wordFeatures(i + r >= 0 && i + r < n ? ctx.words[i + r]! : null, r, input.caps)),
    ...pairFeatures(input, ctx, i),
  ]);
}

// I-X only after B-X or I-X: the decoder never opens a name with its inside.
const isAllowed = (from: number, to: number): boolean => {
  const t = TAGS[to]!;
  if (!t.startsWith('I-')) return true;
  if (from === TAGS.length) return false;
  return TAGS[from]!.slice(2) === t.slice(2) && TAGS[from] !== 'O';
};

const ALLOWED = Array.from({ length: TAGS.length + 1 }, (_, from) => TAGS.map((_, to) => isAllowed(from, to)));
const allowed = (from: number, to: number) => ALLOWED[from]![to]!;

/** Scores, one per tag or per token and tag, all 0: a plain array of doubles. A typed array of more
 *  than 64 bytes lives outside V8's heap, and its allocation costs more than the scoring it serves. */
function zeros(length: number): number[] {
  return new Array<number>(length).fill(0.5).fill(0); // filled with a double first: an array of doubles, not of small integers
}

/** The best tag sequence for per-token tag scores under the transition scores (Viterbi). `emissions`
 *  holds the scores of token i at [i * TAGS.length, (i + 1) * TAGS.length): one flat array, and the
 *  decoder's own rows in two reused buffers and one back-pointer array, so no array per token. */
export function viterbi(emissions: ArrayLike<number>, transitions: number[][]): number[] {
  const k = TAGS.length;
  const n = emissions.length / k;
  if (!n) return [];
  const back = new Array<number>(n * k).fill(0);
  let prev = zeros(k);
  let cur = zeros(k);
  for (let t = 0; t < k; t++) prev[t] = allowed(k, t) ? transitions[k]![t]! + emissions[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    cur.fill(-Infinity);
    for (let t = 0; t < k; t++) {
      for (let s = 0; s < k; s++) {
        if (!allowed(s, t) || prev[s] === -Infinity) continue;
        const v = prev[s]! + transitions[s]![t]!;
        if (v > cur[t]!) {
          cur[t] = v;
          back[i * k + t] = s;
        }
      }
      cur[t]! += emissions[i * k + t]!;
    }
    [prev, cur] = [cur, prev];
  }
  let best = 0;
  for (let t = 1; t < k; t++) if (prev[t]! > prev[best]!) best = t;
  const path = [best];
  for (let i = n - 1; i > 0; i--) path.push(back[i * k + path[path.length - 1]!]!);
  return path.reverse();
}

export function emissions(weights: Record<string, number[]>, features: string[][]): number[][] {
  return features.map((fs) => {
    const s = TAGS.map(() => 0);
    for (const f of fs) {
      const w = weights[f];
      if (w) for (let t = 0; t < s.length; t++) s[t]! += w[t]!;
    }
    return s;
  });
}

function sum(weights: Map<string, number[]>, features: string[], into: number[]): number[] {
  for (const f of features) add(into, weights.get(f));
  return into;
}

/** Weights of the features of two adjacent words a, b: `before` is the feature "<before>a|b" of b
 *  (the word before it is a), `after` the feature "<after>a|b" of a. Filed by a, then b, so one
 *  lookup per pair serves both words, without building the string; a key is filed under every "|"
 *  in it, so a word that is itself "|" still finds its feature. */
interface PairWeights {
  before?: number[];
  after?: number[];
}
type PairTable = Map<string, Map<string, PairWeights>>;

function pairTable(weights: Map<string, number[]>, prefixes: { before: string; after: string }): PairTable {
  const table: PairTable = new Map();
  for (const [key, w] of weights) {
    const side = key.startsWith(prefixes.before) ? 'before' : key.startsWith(prefixes.after) ? 'after' : null;
    if (!side) continue;
    const rest = key.slice(prefixes[side].length);
    for (let j = rest.indexOf('|'); j >= 0; j = rest.indexOf('|', j + 1)) {
      const a = rest.slice(0, j);
      let row = table.get(a);
      if (!row) table.set(a, (row = new Map()));
      const b = rest.slice(j + 1);
      let pair = row.get(b);
      if (!pair) row.set(b, (pair = {}));
      pair[side] = w;
    }
  }
  return table;
}

/** The summed weights of a word's features in each role and kind of line (filled as met), so a word
 *  met again costs no feature lookup. */
type RoleSums = Array<number[] | undefined>;

/** A model ready for fast scoring: its weights in a Map, as arrays of doubles like the sums (every sum
 *  then adds one kind of array to another, which V8 compiles to plain loads and adds; the values are
 *  the same doubles), the pair features by their two parts, and the sums of the block's edge. */
interface PreparedModel {
  weights: Map<string, number[]>;
  edgeSums: RoleSums;
  wordPairs: PairTable;
  shapePairs: PairTable;
}
const prepared = new WeakMap<TaggerModel, PreparedModel>();

function prepare(model: TaggerModel): PreparedModel {
  let ready = prepared.get(model);
  if (!ready) {
    const w = new Map(Object.entries(model.weights).map(([feature, row]) => [feature, doubles(row)]));
    ready = {
      weights: w,
      edgeSums: [],
      wordPairs: pairTable(w, { before: 'w-1+w=', after: 'w+w+1=' }),
      shapePairs: pairTable(w, { before: 'sh-1+sh=', after: 'sh+sh+1=' }),
    };
    prepared.set(model, ready);
  }
  return ready;
}

/** A row of weights as an array of doubles (see zeros). */
function doubles(row: number[]): number[] {
  const out = zeros(row.length);
  for (let t = 0; t < row.length; t++) out[t] = row[t]!;
  return out;
}

function add(into: number[], w: number[] | undefined): void {
  if (w) for (let t = 0; t < into.length; t++) into[t]! += w[t]!;
}

/** Adds weights w to the scores in `into` from `offset` on. */
function addAt(into: number[], offset: number, w: number[] | undefined): void {
  if (w) for (let t = 0; t < w.length; t++) into[offset + t]! += w[t]!;
}

/** `emissions(model.weights, tokenFeatures(input))` for tokens [from, to), flat as viterbi reads it,
 *  computed with the per-word sums and the pair tables; the sums are added in the order of
 *  pairFeatures, then of ROLES. */
export function fastEmissions(model: TaggerModel, input: TaggerInput, from = 0, to = input.tokens.length, ctx = context(input, [[from, to]])): number[] {
  const ready = prepare(model);
  const { weights, wordPairs, shapePairs } = ready;
  const { words, lower, shapes, pairs } = ctx;
  const n = words.length;
  const slot = (role: Role) => (role + 2) * 2 + (input.caps ? 1 : 0);
  // The per-role sums of each word from `from - 2` to `to + 2` (the edge's past the block's ends),
  // kept with the word's entry: a word met again costs no lookup of its own.
  const slotsOf: RoleSums[] = [];
  for (let k = from - 2; k < to + 2; k++) {
    const entry = k >= 0 && k < n ? ctx.entries[k]! : undefined;
    if (entry && entry.sums?.model !== ready) {
      entry.sums = { model: ready, slots: [], wordRow: wordPairs.get(entry.lower), shapeRow: shapePairs.get(entry.shape) };
    }
    slotsOf.push(entry ? entry.sums!.slots : ready.edgeSums);
  }
  const first = weights.get('first');
  const gazFirst = weights.get('gaz-pair-first');
  const gazLast = weights.get('gaz-pair-last');
  const at = (a: string[], k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : a[k]!);
  const k = TAGS.length;
  const out = zeros((to - from) * k);
  // Adds weights w to the scores of token i.
  const addTo = (i: number, w: number[] | undefined) => addAt(out, (i - from) * k, w);
  // The pair weights of words k and k + 1, for k from `from - 1` to `to - 1`: token i is the second
  // word of pair i - from and the first of pair i - from + 1.
  const wordPair: Array<PairWeights | undefined> = [];
  const shapePair: Array<PairWeights | undefined> = [];
  for (let j = from - 1; j < to; j++) {
    const sums = j < 0 ? undefined : ctx.entries[j]!.sums!;
    wordPair.push((sums ? sums.wordRow : wordPairs.get('<s>'))?.get(at(lower, j + 1)));
    shapePair.push((sums ? sums.shapeRow : shapePairs.get('<s>'))?.get(at(shapes, j + 1)));
  }
  for (let i = from; i < to; i++) {
    addTo(i, wordPair[i - from]?.before);
    addTo(i, wordPair[i - from + 1]?.after);
    addTo(i, shapePair[i - from]?.before);
    addTo(i, shapePair[i - from + 1]?.after);
    if (input.sentenceStart[i]) {
      addTo(i, first);
      addTo(i, weights.get(`first+sh=${shapes[i]}`));
    }
    if (pairs[i]) addTo(i, gazFirst);
    if (i > 0 && pairs[i - 1]) addTo(i, gazLast);
    for (const r of ROLES) {
      const slots = slotsOf[i - from + 2 + r]!;
      const w = i + r;
      addTo(i, (slots[slot(r)] ??= sum(weights, wordFeatures(w >= 0 && w < n ? words[w]! : null, r, input.caps), zeros(k))));
    }
  }
  return out;
}

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

const require = createRequire(import.meta.url);
export const trainedTagger = ((): TaggerModel | null => {
  try {
    return require('./tagger-weights.json') as TaggerModel;
  } catch {
    return null;
  }
})();

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
    const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
    const caps = letters.length >= 3 && letters.filter((t) => isAllCaps(t.text)).length / letters.length > 0.6;
    out.push({ block, input: { tokens, caps, sentenceStart: tokens.map((t, i) => i === 0 || starts.has(t.start)) } });
  }
  return out;
}

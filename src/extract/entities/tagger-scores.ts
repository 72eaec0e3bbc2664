// The span tagger's scoring and decoding: the tag scores of each token from its features' weights (a
// word's summed weights kept per model, pairs looked up by their two words, no array per token) and
// the best tag sequence under the transitions (Viterbi), an inside tag only after its own opening.
import { type TaggerInput, type TaggerModel, TAGS } from './tagger-model.js';
import { context, ROLES, wordFeatures } from './tagger-features.js';

/** What a model has of a word alone: its per-role sums, and its rows of the pair tables (the pairs
 *  whose first word it is), so a pair costs one lookup, by its second word. */
export interface WordSums {
  model: PreparedModel;
  slots: RoleSums;
  wordRow: PairRow | undefined;
  shapeRow: PairRow | undefined;
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
/** The tags each tag may follow, in increasing order: the decoder tries only these, in the order it
 *  tried every tag before (so ties keep the same winner). */
const PREDECESSORS = TAGS.map((_, to) => TAGS.map((_, from) => from).filter((from) => allowed(from, to)));

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
      const from = PREDECESSORS[t]!;
      for (let j = 0; j < from.length; j++) {
        const s = from[j]!;
        if (prev[s] === -Infinity) continue;
        const v = prev[s]! + transitions[s]![t]!;
        if (v > cur[t]!) {
          cur[t] = v;
          back[i * k + t] = s;
        }
      }
      cur[t]! += emissions[i * k + t]!;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
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
 *  in it, so a word that is itself "|" still finds its feature. A word's pairs are a prototype-less
 *  object, not a Map, as a feature table's values are (feature-table.ts). */
interface PairWeights {
  before?: number[];
  after?: number[];
}
type PairRow = Record<string, PairWeights | undefined>;
type PairTable = Map<string, PairRow>;

function pairTable(weights: Map<string, number[]>, prefixes: { before: string; after: string }): PairTable {
  const table: PairTable = new Map();
  for (const [key, w] of weights) {
    const side = key.startsWith(prefixes.before) ? 'before' : key.startsWith(prefixes.after) ? 'after' : null;
    if (!side) continue;
    const rest = key.slice(prefixes[side].length);
    for (let j = rest.indexOf('|'); j >= 0; j = rest.indexOf('|', j + 1)) {
      const a = rest.slice(0, j);
      let row = table.get(a);
      if (!row) table.set(a, (row = Object.create(null) as PairRow));
      const b = rest.slice(j + 1);
      let pair = row[b];
      if (!pair) row[b] = pair = {};
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
    const w = weightMap(model.weights);
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

/** The weights by feature, every row an array of doubles. A fresh thread builds this before its first
 *  article, in code not yet optimized: a row read from JSON with a fraction in it is such an array
 *  already and is kept (all but a few hundred of some 30,000), and the keys are walked in a loop, with
 *  no array of entries in between. Only a row of whole numbers, an array of small integers, is copied. */
function weightMap(weights: Record<string, number[]>): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const feature of Object.keys(weights)) {
    const row = weights[feature]!;
    map.set(feature, row.every(Number.isInteger) ? doubles(row) : row);
  }
  return map;
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

/** `emissions(model.weights, tokenFeatures(input))` for tokens [from, to), flat as viterbi reads it,
 *  computed with the per-word sums and the pair tables; the sums are added in the order of
 *  pairFeatures, then of ROLES. */
export function fastEmissions(model: TaggerModel, input: TaggerInput, from = 0, to = input.tokens.length, ctx = context(input, [[from, to]])): number[] {
  const ready = prepare(model);
  const sumsAround = roleSumsAround(ready, ctx, from, to);
  const { wordPair, shapePair } = pairWeightsAround(ready, ctx, from, to);
  const place = placeWeights(ready.weights);
  const k = TAGS.length;
  const out = zeros((to - from) * k);
  // Each token's rows of weights, gathered in the order they are added, then summed tag by tag into
  // its scores in that same order (the same doubles as adding row after row into the scores).
  const rows: number[][] = [];
  for (let i = from; i < to; i++) {
    // Token i is the second word of pair i - from and the first of pair i - from + 1.
    const p = i - from;
    rows.length = 0;
    pushRow(rows, wordPair[p]?.before);
    pushRow(rows, wordPair[p + 1]?.after);
    pushRow(rows, shapePair[p]?.before);
    pushRow(rows, shapePair[p + 1]?.after);
    pushPlaceWeights(rows, place, ready.weights, input, ctx, i);
    pushRoleSums(rows, ready.weights, sumsAround, input, ctx, i, p);
    sumRows(out, p * k, rows, k);
  }
  return out;
}

function pushRow(rows: number[][], w: number[] | undefined): void {
  if (w) rows.push(w);
}

/** Writes at `offset` the sums of `rows`, tag by tag, each added in the rows' order from 0. */
function sumRows(out: number[], offset: number, rows: number[][], k: number): void {
  const m = rows.length;
  for (let t = 0; t < k; t++) {
    let v = 0;
    for (let j = 0; j < m; j++) v += rows[j]![t]!;
    out[offset + t] = v;
  }
}

type Context = ReturnType<typeof context>;

/** The per-role sums of each word from `from - 2` to `to + 2` (the edge's past the block's ends),
 *  kept with the word's entry: a word met again costs no lookup of its own. */
function roleSumsAround(ready: PreparedModel, ctx: Context, from: number, to: number): RoleSums[] {
  const sumsAround: RoleSums[] = [];
  for (let k = from - 2; k < to + 2; k++) {
    const entry = k >= 0 && k < ctx.words.length ? ctx.entries[k]! : undefined;
    if (entry && entry.sums?.model !== ready) {
      entry.sums = { model: ready, slots: [], wordRow: ready.wordPairs.get(entry.lower), shapeRow: ready.shapePairs.get(entry.shape) };
    }
    sumsAround.push(entry ? entry.sums!.slots : ready.edgeSums);
  }
  return sumsAround;
}

/** The pair weights of words j and j + 1, for j from `from - 1` to `to - 1`, by words and by shapes
 *  (the rows of the words' entries, filled by roleSumsAround). */
function pairWeightsAround(ready: PreparedModel, ctx: Context, from: number, to: number) {
  const { lower, shapes } = ctx;
  const n = ctx.words.length;
  const at = (a: string[], k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : a[k]!);
  const wordPair: Array<PairWeights | undefined> = [];
  const shapePair: Array<PairWeights | undefined> = [];
  for (let j = from - 1; j < to; j++) {
    const sums = j < 0 ? undefined : ctx.entries[j]!.sums!;
    wordPair.push((sums ? sums.wordRow : ready.wordPairs.get('<s>'))?.[at(lower, j + 1)]);
    shapePair.push((sums ? sums.shapeRow : ready.shapePairs.get('<s>'))?.[at(shapes, j + 1)]);
  }
  return { wordPair, shapePair };
}

/** The weights of a token's place: opening a sentence, first or last of a word pair the gazetteer knows. */
const placeWeights = (weights: Map<string, number[]>) => ({
  first: weights.get('first'),
  gazFirst: weights.get('gaz-pair-first'),
  gazLast: weights.get('gaz-pair-last'),
});

/** Gathers the weights of token i's place: opening a sentence, first or last of a known pair. */
function pushPlaceWeights(
  rows: number[][],
  place: ReturnType<typeof placeWeights>,
  weights: Map<string, number[]>,
  input: TaggerInput,
  ctx: Context,
  i: number,
): void {
  if (input.sentenceStart[i]) {
    pushRow(rows, place.first);
    pushRow(rows, weights.get(`first+sh=${ctx.shapes[i]}`));
  }
  if (ctx.pairs[i]) pushRow(rows, place.gazFirst);
  if (i > 0 && ctx.pairs[i - 1]) pushRow(rows, place.gazLast);
}

/** Gathers for token i the summed weights of the words around it in each role, each sum computed once
 *  per word, role and kind of line (`p`: i's place among the tokens scored). */
function pushRoleSums(rows: number[][], weights: Map<string, number[]>, sumsAround: RoleSums[], input: TaggerInput, ctx: Context, i: number, p: number): void {
  const n = ctx.words.length;
  for (const r of ROLES) {
    const slots = sumsAround[p + 2 + r]!;
    const w = i + r;
    const slot = (r + 2) * 2 + (input.caps ? 1 : 0);
    rows.push((slots[slot] ??= sum(weights, wordFeatures(w >= 0 && w < n ? ctx.words[w]! : null, r, input.caps), zeros(TAGS.length))));
  }
}

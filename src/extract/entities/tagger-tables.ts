// The span tagger's weights filed by the parts of their features: a word, a shape or a fact finds all
// the weights it gives with one lookup by its own string, so a word met for the first time builds no
// feature string and hashes none (building and hashing them cost most of a new word's scoring).

/** One feature's weights, one per tag; undefined for a feature the model has none for. */
export type Row = number[] | undefined;

/** Weights of the features of two adjacent words a, b: `before` is the feature "<before>a|b" of b
 *  (the word before it is a), `after` the feature "<after>a|b" of a. */
export interface PairWeights {
  before?: Row;
  after?: Row;
}
/** Pair weights filed by a, then b: one lookup per pair serves both words, without building the
 *  string; a key is filed under every "|" in it, so a word that is itself "|" still finds its feature. */
export type PairTable = Map<string, Map<string, PairWeights>>;

/** What a lower-case word gives the token it stands at ("w="), and the tokens two and one before
 *  and after it ("w+2=", "w+1=", "w-1=", "w-2="), and its row of the word pairs. */
export interface WordRows {
  self?: Row;
  before2?: Row;
  before1?: Row;
  after1?: Row;
  after2?: Row;
  pairs?: Map<string, PairWeights>;
}

/** What a shape gives its token ("sh=", "sh+line=" by kind of line, "first+sh="), and its row of the
 *  shape pairs. */
export interface ShapeRows {
  self?: Row;
  byLine?: [Row, Row];
  first?: Row;
  pairs?: Map<string, PairWeights>;
}

/** What a fact of a word ("cap", "lex-first") gives its token, alone and by kind of line, and the
 *  tokens around it ("-1:", "+1:", "+2:"). */
export interface FactRows {
  self: Row;
  byLine: [Row, Row];
  before1: Row;
  after1: Row;
  after2: Row;
}

/** Kinds of line, as feature values, by `caps`: index 0 mixed case, 1 capitals. */
export const LINES = ['mixed', 'caps'] as const;

// Facts whose weights reach two tokens back: the heads of organization names.
const FACTS_TWO_AFTER = new Set(['org-head', 'company-form']);

export interface TaggerTables {
  weights: Map<string, number[]>;
  words: Map<string, WordRows>;
  shapes: Map<string, ShapeRows>;
  /** affix → weights: "p3=", "s2=", "s3=", "s4=" */
  prefix3: Map<string, number[]>;
  suffix2: Map<string, number[]>;
  suffix3: Map<string, number[]>;
  suffix4: Map<string, number[]>;
  facts: Map<string, FactRows>;
  wordPairs: PairTable;
  shapePairs: PairTable;
}

/** The features `weights` has that start with `prefix`, by the rest of their name. */
function valuesOf(weights: Map<string, number[]>, prefix: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [key, w] of weights) if (key.startsWith(prefix)) out.set(key.slice(prefix.length), w);
  return out;
}

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

/** Files each value's weights of each feature kind under the value, in `into`. */
function fileUnder<T extends object>(into: Map<string, T>, values: Map<string, unknown>, put: (rows: T, value: string) => void): void {
  for (const value of values.keys()) {
    let rows = into.get(value);
    if (!rows) into.set(value, (rows = {} as T));
    put(rows, value);
  }
}

/** The tables of weights `weights` (feature → weights, never changed after). */
export function taggerTables(weights: Map<string, number[]>): TaggerTables {
  const wordPairs = pairTable(weights, { before: 'w-1+w=', after: 'w+w+1=' });
  const shapePairs = pairTable(weights, { before: 'sh-1+sh=', after: 'sh+sh+1=' });
  const words = new Map<string, WordRows>();
  const byWord = { self: 'w=', before2: 'w-2=', before1: 'w-1=', after1: 'w+1=', after2: 'w+2=' } as const;
  for (const [role, prefix] of Object.entries(byWord) as Array<[keyof typeof byWord, string]>) {
    const values = valuesOf(weights, prefix);
    fileUnder(words, values, (rows, word) => (rows[role] = values.get(word)));
  }
  fileUnder(words, wordPairs, (rows, word) => (rows.pairs = wordPairs.get(word)));
  const shapes = new Map<string, ShapeRows>();
  const shapeRows = (shape: string): ShapeRows => ({
    self: weights.get(`sh=${shape}`),
    byLine: [weights.get(`sh+line=${shape}|${LINES[0]}`), weights.get(`sh+line=${shape}|${LINES[1]}`)],
    first: weights.get(`first+sh=${shape}`),
    pairs: shapePairs.get(shape),
  });
  const shapeNames = new Set([...valuesOf(weights, 'sh=').keys(), ...valuesOf(weights, 'first+sh=').keys(), ...shapePairs.keys()]);
  for (const key of valuesOf(weights, 'sh+line=').keys()) shapeNames.add(key.slice(0, key.lastIndexOf('|')));
  for (const shape of shapeNames) shapes.set(shape, shapeRows(shape));
  return {
    weights,
    words,
    shapes,
    prefix3: valuesOf(weights, 'p3='),
    suffix2: valuesOf(weights, 's2='),
    suffix3: valuesOf(weights, 's3='),
    suffix4: valuesOf(weights, 's4='),
    facts: new Map(),
    wordPairs,
    shapePairs,
  };
}

const NO_WORD_ROWS: WordRows = Object.freeze({});
const NO_SHAPE_ROWS: ShapeRows = Object.freeze({});

export const wordRows = (tables: TaggerTables, lower: string): WordRows => tables.words.get(lower) ?? NO_WORD_ROWS;
export const shapeRows = (tables: TaggerTables, shape: string): ShapeRows => tables.shapes.get(shape) ?? NO_SHAPE_ROWS;

/** The rows of a fact (a finite set of names: filled as met). */
export function factRows(tables: TaggerTables, fact: string): FactRows {
  let rows = tables.facts.get(fact);
  if (!rows) {
    const w = tables.weights;
    rows = {
      self: w.get(fact),
      byLine: [w.get(`${fact}|${LINES[0]}`), w.get(`${fact}|${LINES[1]}`)],
      before1: w.get(`-1:${fact}`),
      after1: w.get(`+1:${fact}`),
      after2: FACTS_TWO_AFTER.has(fact) ? w.get(`+2:${fact}`) : undefined,
    };
    tables.facts.set(fact, rows);
  }
  return rows;
}

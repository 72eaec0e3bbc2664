// What the typer reads of a candidate: its name's words, shapes and what the gazetteers and the lexicon
// know of them, the words around it, the rules' type, and what the rest of the document says of the
// same name. The name's own features and their weights are worked out once per name.
import { boundedMemo } from '../bounded-memo.js';
import { isCountry, isMajorPlace, lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownOrganization, isKnownPerson } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { type FeatureSink, type FeatureTable, tableRow, tableScores } from './feature-table.js';
import type { Candidate } from './candidates.js';
import { LABELS, type NameMemory } from './typer-model.js';

/** "Xx", "XX", "X.", "x", "Xx-Xx", "d": what a word looks like, runs of one kind folded. Four passes
 *  over the word, and the typer and the tagger ask of the same words: remembered per word. */
export const shape: (word: string) => string = boundedMemo((word) =>
  word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/gu, '$1'),
);

/** What the whole document says about each name: the rules' types of its occurrences, the words
 *  around them, and the types of the longer names a single word is part of. */
export interface DocumentContext {
  types: Map<string, Set<string>>;
  around: Map<string, Set<string>>;
  partOf: Map<string, Set<string>>;
  /** what the training data says of names (none for a model without memory) */
  names: NameMemory;
}

/** A word in lower case, typographic quotes as plain ones: the training text writes "'s" and '"'. */
export const plainLower = (s: string) => {
  const lower = s.toLowerCase();
  return hasTypographicQuote(lower) ? lower.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"') : lower;
};
/** Whether a word holds ‘ ’ “ or ”: read by character code, no regex (asked of every name and word around it). */
function hasTypographicQuote(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d) return true;
  }
  return false;
}

export function documentContext(typed: TypedCandidate[], names: NameMemory = {}): DocumentContext {
  const ctx: DocumentContext = { types: new Map(), around: new Map(), partOf: new Map(), names };
  const add = (map: Map<string, Set<string>>, k: string, v: string) => {
    const set = map.get(k);
    if (set) set.add(v);
    else map.set(k, new Set([v]));
  };
  for (const { c, type } of typed) {
    const k = plainLower(c.text);
    add(ctx.types, k, type ?? 'null');
    for (const w of [c.prev, c.next]) if (w) add(ctx.around, k, plainLower(w));
    if (c.words.length > 1) for (const w of c.words) add(ctx.partOf, plainLower(w), type ?? 'null');
  }
  return ctx;
}

export function candidateFeatures(t: TypedCandidate, ctx: DocumentContext): string[] {
  const f: string[] = [];
  emitCandidateFeatures(t, ctx, (name, value) => f.push(value === undefined ? name : name + value));
  return f;
}

/** A feature as a FeatureSink takes it: a name alone, or a name and its value. */
type Feature = [name: string, value?: string];

/** The features a name gives whatever stands around it, in the three runs the candidate's features
 *  hold them in (see emitCandidateFeatures), and its lower-cased words joined. */
interface NameFeatures {
  form: Feature[];
  words: Feature[];
  knowledge: Feature[];
  whole: string;
}
type NameRun = 'form' | 'words' | 'knowledge';
/** A run of features the candidate's own name gives, or what the document says of the name ('document'). */
type Run = NameRun | 'document';

function nameFeatures(c: Pick<Candidate, 'text' | 'words'>): NameFeatures {
  const words = c.words;
  const lower = words.map(plainLower);
  const whole = lower.join(' ');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const form: Feature[] = [
    ['n=', `${Math.min(words.length, 4)}`],
    ['whole=', whole],
    ['first=', lower[0]!],
    ['last=', lower[lower.length - 1]!],
    ['shape=', words.map(shape).join(' ')],
    ['suf3=', plainLower(last).slice(-3)],
  ];
  const knowledge: Feature[] = [];
  if (/^\p{Lu}+$/u.test(c.text.replace(/[\s.&-]/gu, ''))) knowledge.push(['caps']);
  const place = lookupLocation(c.text) ?? lookupLocation(words.join(' '));
  if (place) {
    knowledge.push(['place']);
    knowledge.push([isCountry(place) ? 'country' : isMajorPlace(place) ? 'major-place' : 'minor-place']);
  }
  if (words.some((w) => lookupLocation(w))) knowledge.push(['has-place-word']);
  if (isFirstName(first)) knowledge.push(['first-name']);
  if (isKnownPerson(whole)) knowledge.push(['known-person']);
  if (isKnownOrganization(whole)) knowledge.push(['known-organization']);
  if (words.length === 1 && isCommonWord(first)) knowledge.push(['common-word']);
  return { form, words: lower.map((w): Feature => ['w=', w]), knowledge, whole };
}

/** The features of a candidate, in a fixed order: the order its weights are summed in. The runs of
 *  its name's own features, and what the document says of the name (`name`, its key), are given to
 *  `emitRun` (by default emitted one by one). */
function emitCandidateFeatures(
  t: TypedCandidate,
  ctx: DocumentContext,
  emit: FeatureSink,
  named = nameFeatures(t.c),
  emitRun = (run: Run, name: string) => {
    if (run === 'document') emitDocumentFeatures(ctx, name, emit);
    else for (const [feature, value] of named[run]) emit(feature, value);
  },
): void {
  const { c } = t;
  const name = plainLower(c.text);
  emit('bias');
  emit('rule=', `${t.type}`);
  emitRun('form', name);
  emitNeighbourFeatures(t, emit);
  emitRun('words', name);
  emitMarkFeatures(t, emit);
  emitRun('knowledge', name);
  emitRun('document', name);
  if (c.words.length === 1) for (const type of ctx.partOf.get(plainLower(c.words[0]!)) ?? []) emit('part-of=', type);
  const seen = memoryTable(ctx.names).get(named.whole);
  if (seen) {
    emit('seen=', seen);
    emit('seen=', `${seen}|rule=${t.type}`);
  }
}

/** The words around the candidate: one and two before and after, both sides, each side with the rules' type. */
function emitNeighbourFeatures(t: TypedCandidate, emit: FeatureSink): void {
  const { c } = t;
  const prev = plainLower(c.prev);
  const next = plainLower(c.next);
  emit('prev=', prev);
  emit('next=', next);
  emit('prev2=', `${plainLower(c.prevBefore)} ${prev}`);
  emit('next2=', `${next} ${plainLower(c.nextAfter)}`);
  emit('prev+next=', `${prev}|${next}`);
  emit('rule+prev=', `${t.type}|${prev}`);
  emit('rule+next=', `${t.type}|${next}`);
}

/** What the finding of the candidate marked: a headline, a block in capitals, a title, a demonym, an
 *  honorific, a sports table, a name that counts only if known. */
function emitMarkFeatures(t: TypedCandidate, emit: FeatureSink): void {
  const { c } = t;
  if (t.headline) emit('headline');
  if (t.caps) {
    emit('caps-block');
    emit('caps-block+rule=', `${t.type}`);
  }
  if (c.titles.length) {
    emit('title');
    emit('title=', `${c.titles[c.titles.length - 1]}`);
  }
  if (c.demonym) emit('demonym');
  if (c.honorific) emit('honorific');
  if (c.teamInTable) emit('table');
  if (c.onlyIfKnown) emit('onlyIfKnown');
}

/** What the document says of a name: the rules' types of its mentions, the words around them. */
function emitDocumentFeatures(ctx: DocumentContext, name: string, emit: FeatureSink): void {
  for (const type of ctx.types.get(name) ?? []) emit('doc-rule=', type);
  for (const w of ctx.around.get(name) ?? []) emit('doc-around=', w);
}

/** The weights of what the document says of a name (features the model has no weights for left out),
 *  once per name and document: every mention of a name gives the same, and a name met often has many
 *  words around it. */
const documentRowMemos = new WeakMap<DocumentContext, { table: FeatureTable; byName: Map<string, number[][]> }>();
function documentRows(table: FeatureTable, ctx: DocumentContext, name: string): number[][] {
  let memo = documentRowMemos.get(ctx);
  if (memo?.table !== table) documentRowMemos.set(ctx, (memo = { table, byName: new Map() }));
  const { byName } = memo;
  let rows = byName.get(name);
  if (!rows) {
    const found: number[][] = [];
    emitDocumentFeatures(ctx, name, (feature, value) => {
      const w = tableRow(table, feature, value);
      if (w) found.push(w);
    });
    byName.set(name, (rows = found));
  }
  return rows;
}

/** A name's own features and, run by run, the weights the model has for them (features it has no
 *  weights for left out): a name met again in the document or in later ones costs no lookup of them. */
interface NameWeights {
  named: NameFeatures;
  runs: Record<NameRun, number[][]>;
}
const NAME_CACHE_LIMIT = 20_000;
const nameWeightMemos = new WeakMap<FeatureTable, (id: string) => NameWeights>();

function nameWeights(table: FeatureTable, c: Candidate): NameWeights {
  let memo = nameWeightMemos.get(table);
  if (!memo) nameWeightMemos.set(table, (memo = boundedMemo((id) => weighedName(table, id), NAME_CACHE_LIMIT)));
  // The name's own features depend on its text and its words alone.
  return memo(`${c.text}\u0000${c.words.join('\u0000')}`);
}

/** The name's features and their weights, for a name given as its text and words joined by U+0000. */
function weighedName(table: FeatureTable, id: string): NameWeights {
  const [text, ...words] = id.split('\u0000');
  const named = nameFeatures({ text: text!, words });
  const rowsOf = (run: Feature[]) => run.map(([name, value]) => tableRow(table, name, value)).filter((w) => w !== undefined);
  return { named, runs: { form: rowsOf(named.form), words: rowsOf(named.words), knowledge: rowsOf(named.knowledge) } };
}

/** The candidate's scores, one per label: the weights of its features summed in their order. */
export function candidateScores(table: FeatureTable, t: TypedCandidate, ctx: DocumentContext): number[] {
  const { named, runs } = nameWeights(table, t.c);
  return tableScores(table, LABELS.length, (emit, add) =>
    emitCandidateFeatures(t, ctx, emit, named, (run, name) => {
      for (const w of run === 'document' ? documentRows(table, ctx, name) : runs[run]) add(w);
    }),
  );
}

/** The name memory in a Map: looking a freshly built string up in an object of thousands of keys
 *  costs more than in a Map. Built once per memory (never changed after). */
const memoryTables = new WeakMap<NameMemory, Map<string, string>>();
function memoryTable(names: NameMemory): Map<string, string> {
  let table = memoryTables.get(names);
  if (!table) memoryTables.set(names, (table = new Map(Object.entries(names))));
  return table;
}

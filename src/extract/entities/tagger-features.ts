// What the span tagger reads of a token: the facts of its word alone (capitals, digits, what the
// gazetteer and the lexicons know), computed once per word, the words and shapes around it, and the
// pairs of adjacent words; a block's words are looked up only near the spans to decode.
import { boundedMemo } from '../bounded-memo.js';
import { demonyms, isCountry, lookupLocation } from '../gazetteer.js';
import { isCalendarWord, isCommonWord, isFirstName, isKnownOrganization, isKnownPerson } from '../lexicon.js';
import { shape } from './typer-features.js';
import { COMPANY_FORMS, ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { HONORIFICS, PERSON_TITLES } from './person-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import type { TaggerInput } from './tagger-model.js';
import type { WordSums } from './tagger-scores.js';

const CURLY_APOSTROPHES = /[‘’]/gu;
const norm = (s: string) => s.toLowerCase().replace(CURLY_APOSTROPHES, "'");

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
export type Role = 0 | -2 | -1 | 1 | 2;
export const ROLES: Role[] = [0, -2, -1, 1, 2];
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

const lexical = boundedMemo((word: string): WordEntry => ({ lower: norm(word), shape: shape(word), capital: /^\p{Lu}/u.test(word) }), FACTS_CACHE_LIMIT);

/** The words of the block and what is known of them, filled within two tokens of the ranges
 *  [from, to) only (all of the block by default): the features of a token look no further. */
export function context(input: TaggerInput, ranges: Array<[number, number]> = [[0, input.tokens.length]]): Context {
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

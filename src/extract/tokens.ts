// Word tokens with offsets. A possessive ending ('s, ’s) is split off, so "Putin’s" yields the
// name "Putin" followed by "’s"; abbreviations with inner periods ("U.S.") stay whole.
import { PERSON_TITLES } from './entities/vocabulary.js';
import { firstStartingAtOrAfter } from './span-index.js';
import type { TextSpan } from './types.js';

export type Token = TextSpan;

/** Abbreviations written before names with a period ("Mr. Obama", "Ald. Brian Hopkins", "St. Louis"):
 *  the period is theirs, and ends no sentence (sentences.ts). */
export const NAME_ABBREVIATIONS =
  'Mr Mrs Ms Dr St Mt Ft Sen Gov Rep Del Gen Lt Col Maj Sgt Capt Cmdr Adm Prof Rev Hon Pres Supt Ald Atty Amb Det Insp Cpl Pvt Msgr Brig Jr Sr'.split(' ');

// Numbers keep their separators ("9/11", "1,000", "3.5"). An initial keeps its period ("S. Waugh"), as do dotted abbreviations ("U.S.") and the short
// words before names, and a company's legal form its period ("Acme Corp.").
const TOKEN = new RegExp(
  String.raw`\p{N}+(?:[/.,:]\p{N}+)+|(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|(?:${NAME_ABBREVIATIONS.join('|')})\.(?=\s+\p{Lu})|(?:Inc|Corp|Co|Cos|Ltd|Bros|Plc|Jr|Sr)\.(?=[\s,;:)]|$)|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*|\S`,
  'gu',
);
const POSSESSIVE = /^(.+?)(['’]s)$/u;
// Clitics of any word: "he’s", "they're", "we’ve", "she’d", "I'll".
const CLITIC = /^(\p{L}+)(['’](?:s|re|ve|d|ll|m))$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (text !== memo.text) memo = { text, ranges: [] };
  const known = memo.ranges[lastStartingAtOrBefore(memo.ranges, from)];
  if (known && to <= known.to) {
    if (from === known.from && to === known.to) return known.tokens.slice();
    const reused = tokensWithin(text, known, from, to);
    if (reused) return reused;
  }
  const tokens = scan(text, from, to);
  remember(from, to, tokens.slice());
  return tokens;
}

function scan(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  // (The one pattern run with exec: matchAll would copy it for every range.)
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = from + m.index;
    const word = m[0];
    // Both splits end in an apostrophe and a letter or two: most words need neither test.
    const split = word.includes("'") || word.includes('’') ? ((/\p{Lu}/u.test(word[0]!) ? POSSESSIVE.exec(word) : null) ?? CLITIC.exec(word)) : null;
    if (split) {
      const head = split[1]!;
      tokens.push({ text: head, start, end: start + head.length });
      tokens.push({ text: split[2]!, start: start + head.length, end: start + word.length });
    } else {
      tokens.push({ text: word, start, end: start + word.length });
    }
  }
  return tokens;
}

// Every stage tokenizes the blocks and sentences it reads, so one text is tokenized several times over.
// The tokens of the ranges of the last text are kept (ranges that do not overlap, in order), and a
// range inside one of them reuses its tokens. Equal to scanning by construction: a match never holds
// whitespace and looks ahead at most over the whitespace after it and one character. So where the range
// starts after whitespace (or where the kept range starts), the kept tokens up to the last whitespace of
// the range are the range's own; only its last run of non-space text is scanned again, since at the
// end of the range a match sees the end of the text where the kept range saw more.
interface TokenizedRange {
  from: number;
  to: number;
  tokens: Token[];
}
let memo: { text: string; ranges: TokenizedRange[] } = { text: '', ranges: [] };

function remember(from: number, to: number, tokens: Token[]): void {
  const { ranges } = memo;
  const at = lastStartingAtOrBefore(ranges, from) + 1;
  if ((ranges[at - 1]?.to ?? -1) > from || (ranges[at]?.from ?? Infinity) < to) return;
  ranges.splice(at, 0, { from, to, tokens });
}

/** Index of the last range starting at or before `position`, -1 if none. */
function lastStartingAtOrBefore(ranges: TokenizedRange[], position: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid]!.from <= position) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/** The tokens of `from..to` from those of a range holding it, or undefined where they may differ. */
function tokensWithin(text: string, known: TokenizedRange, from: number, to: number): Token[] | undefined {
  if (from !== known.from && !isSpace(text[from - 1])) return undefined;
  // The start of the last run of non-space text that has text after it in the range.
  let tail = to;
  while (tail > from && isSpace(text[tail - 1])) tail--;
  while (tail > from && !isSpace(text[tail - 1])) tail--;
  if (tail <= from) return undefined; // one run: short, scanned as it is
  const { tokens } = known;
  const out: Token[] = [];
  for (let i = firstStartingAtOrAfter(tokens, from); i < tokens.length && tokens[i]!.start < tail; i++) out.push(tokens[i]!);
  for (const t of scan(text, tail, to)) out.push(t);
  return out;
}

// The tests below are asked of every token by several stages: their patterns are made once (a
// pattern written inside a function is a new object at every call).
const CAPITALIZED = /^\p{Lu}/u;
const CAPITALS_ONLY = /^[\p{Lu}\p{N}.&-]+$/u;
const CAPITAL = /\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const POSSESSIVE_MARK = /^['’]s$/u;
export const isCapitalized = (word: string) => CAPITALIZED.test(word);
export const isAllCaps = (word: string) => CAPITALS_ONLY.test(word) && CAPITAL.test(word);
export const isWord = (word: string) => WORD_START.test(word);
/** The possessive's "’s", which the tokenizer splits from its word ("Tuesday’s" → "Tuesday", "’s"). */
export const isPossessiveMark = (word: string) => POSSESSIVE_MARK.test(word);

/** How many quotations tokens[from, to) leave open: curly marks counted, a straight mark opening
 *  and closing by turns. */
export const openQuotationsIn = (tokens: readonly { text: string }[], from: number, to: number) =>
  tokens.slice(from, to).reduce((n, t) => (t.text === '“' ? n + 1 : t.text === '”' ? n - 1 : t.text === '"' ? n ^ 1 : n), 0);

/** The words of tokens[from, to) (bounds as slice takes them) joined by spaces: "New York" to look up as a place. */
export const wordsOf = (tokens: readonly { text: string }[], from?: number, to?: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');

/** The index of the last token before `end` written `word` (the "(" opening an aside, the comma
 *  opening an apposition), or -1. */
export function lastIndexOfWord(tokens: Token[], word: string, end: number): number {
  for (let k = Math.min(end, tokens.length) - 1; k >= 0; k--) if (tokens[k]!.text === word) return k;
  return -1;
}

/** A plural's possessive mark at `n`, right after its noun and before a lower-case word: "A tenants' group". */
export function pluralPossessiveAt(tokens: Token[], n: number): boolean {
  const [before, mark, after] = [tokens[n - 1], tokens[n], tokens[n + 1]];
  return !!before && !!mark && /^['’]$/u.test(mark.text) && /s$/u.test(before.text) && mark.start === before.end && /^\p{Ll}/u.test(after?.text ?? '');
}

/** The index of the token before the one starting at `start`, past the titles before a name
 *  ("Mr.", "Sen.", "Chief Justice"). */
export function indexBeforeName(tokens: Token[], start: number): number {
  let k = tokens.findIndex((t) => t.start === start) - 1;
  while (k > 0 && (/^\p{Lu}\p{L}{0,4}\.$/u.test(tokens[k]!.text) || (isCapitalized(tokens[k]!.text) && PERSON_TITLES.has(tokens[k]!.text.toLowerCase())))) k--;
  return k;
}

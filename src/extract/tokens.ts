// Word tokens with offsets. A possessive ending ('s, ’s) is split off, so "Putin’s" yields the
// name "Putin" followed by "’s"; abbreviations with inner periods ("U.S.") stay whole.
import { PERSON_TITLES } from './entities/person-vocabulary.js';
import { isSpaceAt, LEGAL_FORMS, NAME_ABBREVIATIONS, plainTokenEnd } from './plain-tokens.js';
import { firstStartingAtOrAfter } from './span-index.js';
import type { TextSpan } from './types.js';

export type Token = TextSpan;

/** A span's start, end and text alone, as a quote keeps its cue: none of what a sentence or a block carries besides. */
export const spanOf = (span: TextSpan): TextSpan => ({ start: span.start, end: span.end, text: span.text });
export { NAME_ABBREVIATIONS } from './plain-tokens.js';

// Numbers keep their separators ("9/11", "1,000", "3.5"). An initial keeps its period ("S. Waugh"), as do dotted abbreviations ("U.S.") and the short
// words before names, and a company's legal form its period ("Acme Corp.").
const TOKEN = new RegExp(
  String.raw`\p{N}+(?:[/.,:]\p{N}+)+|(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|(?:${NAME_ABBREVIATIONS.join('|')})\.(?=\s+\p{Lu})|(?:${LEGAL_FORMS.join('|')})\.(?=[\s,;:)]|$)|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*|\S`,
  'gu',
);
const POSSESSIVE = /^(.+?)(['’]s)$/u;
const CAPITAL_UNIT = /\p{Lu}/u;
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
  // The pattern runs on the range alone (its lookaheads see the range's end as the text's), and only
  // for the tokens plainTokenEnd leaves to it.
  let slice: string | undefined;
  for (let at = from; at < to; ) {
    if (isSpaceAt(text, at)) {
      at++;
      continue;
    }
    let start = at;
    let end = plainTokenEnd(text, at, to);
    if (end < 0) {
      slice ??= text.slice(from, to);
      TOKEN.lastIndex = at - from;
      const m = TOKEN.exec(slice);
      if (!m) break;
      start = from + m.index;
      end = start + m[0].length;
    }
    push(tokens, text.slice(start, end), start);
    at = end;
  }
  return tokens;
}

function push(tokens: Token[], word: string, start: number): void {
  // Both splits end in an apostrophe and a letter or two: most words need neither test.
  const split = word.includes("'") || word.includes('’') ? ((CAPITAL_UNIT.test(word[0]!) ? POSSESSIVE.exec(word) : null) ?? CLITIC.exec(word)) : null;
  if (split) {
    const head = split[1]!;
    tokens.push({ text: head, start, end: start + head.length });
    tokens.push({ text: split[2]!, start: start + head.length, end: start + word.length });
  } else {
    tokens.push({ text: word, start, end: start + word.length });
  }
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

const isSpace = (text: string, at: number) => at >= 0 && at < text.length && isSpaceAt(text, at);

/** The tokens of `from..to` from those of a range holding it, or undefined where they may differ. */
function tokensWithin(text: string, known: TokenizedRange, from: number, to: number): Token[] | undefined {
  if (from !== known.from && !isSpace(text, from - 1)) return undefined;
  // The start of the last run of non-space text that has text after it in the range.
  let tail = to;
  while (tail > from && isSpace(text, tail - 1)) tail--;
  while (tail > from && !isSpace(text, tail - 1)) tail--;
  if (tail <= from) return undefined; // one run: short, scanned as it is
  const { tokens } = known;
  const out: Token[] = [];
  for (let i = firstStartingAtOrAfter(tokens, from); i < tokens.length && tokens[i]!.start < tail; i++) out.push(tokens[i]!);
  for (const t of scan(text, tail, to)) out.push(t);
  return out;
}

// The tests below are asked of every token by several stages: their patterns are made once (a
// pattern written inside a function is a new object at every call), and an ASCII word is answered by
// its character codes alone.
const CAPITALIZED = /^\p{Lu}/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const TITLE_CASE_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
const CAPITALS_ONLY = /^[\p{Lu}\p{N}.&-]+$/u;
const CAPITAL = /\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const POSSESSIVE_MARK = /^['’]s$/u;
const LETTER = /\p{L}/u;
const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u;
const isAsciiCapital = (code: number) => code >= 0x41 && code <= 0x5a;
const isAsciiLetterOrDigit = (code: number) => isAsciiCapital(code) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? isAsciiCapital(code) : CAPITALIZED.test(word);
}
/** A word of one capital and lower-case letters only: "Velmora", not "VELMORA", "McHale", "Holt-Ann" or "A". */
export const isTitleCaseWord = (word: string) => TITLE_CASE_WORD.test(word);
/** A title-case word ending in "s", as a plural a sentence or a name capitalises: "Velmorans", "Harriers". */
export const isTitleCasePlural = (word: string) => TITLE_CASE_PLURAL.test(word);
/** A word of lower-case letters only: "harbour", not "Harbour", "re-open" or "don't". */
export const isLowerCaseWord = (word: string) => LOWER_CASE_WORD.test(word);
export function isAllCaps(word: string): boolean {
  let capital = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return CAPITALS_ONLY.test(word) && CAPITAL.test(word);
    if (isAsciiCapital(code)) capital = true;
    // Digits, ".", "&" and "-" may stand beside the capitals ("3M", "AT&T", "U.S.").
    else if (!((code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x26 || code === 0x2d)) return false;
  }
  return capital;
}
export function isWord(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? isAsciiLetterOrDigit(code) : WORD_START.test(word);
}
/** A word of letters or digits, with inner periods, apostrophes or hyphens ("U.S.", "Holt’s",
 *  "mid-term"): no mark, symbol or possessive's "’s". */
export const isPlainWord = (word: string) => PLAIN_WORD.test(word);
/** Whether a word holds a letter (not a number nor a mark alone): read by character code while it is
 *  ASCII, whose letters are A-Z and a-z (the pattern's test of a Unicode letter costs more than a word's codes). */
export function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return LETTER.test(word);
    if (isAsciiCapital(code) || (code >= 0x61 && code <= 0x7a)) return true;
  }
  return false;
}
/** The possessive's "’s", which the tokenizer splits from its word ("Tuesday’s" → "Tuesday", "’s"). */
export const isPossessiveMark = (word: string) => POSSESSIVE_MARK.test(word);

/** How many double quotations are open after `mark`, `open` before it: curly marks counted, a
 *  straight mark opening and closing by turns. */
export const quotationsOpenAfter = (open: number, mark: string) => (mark === '“' ? open + 1 : mark === '”' ? open - 1 : mark === '"' ? open ^ 1 : open);

/** How many quotations tokens[from, to) leave open (see quotationsOpenAfter). */
export const openQuotationsIn = (tokens: readonly { text: string }[], from: number, to: number) =>
  tokens.slice(from, to).reduce((n, t) => quotationsOpenAfter(n, t.text), 0);

/** Token `k`'s text in lower case, or '' past either end. */
export const wordAt = (tokens: readonly { text: string }[], k: number) => tokens[k]?.text.toLowerCase() ?? '';

/** The words of tokens[from, to) (bounds as slice takes them) joined by spaces: "New York" to look up
 *  as a place (a loop, not a slice, a map and a join: names are looked up at many of their words). */
export function wordsOf(tokens: readonly { text: string }[], from = 0, to = tokens.length): string {
  const n = tokens.length;
  const first = from < 0 ? Math.max(n + from, 0) : Math.min(from, n);
  const end = to < 0 ? Math.max(n + to, 0) : Math.min(to, n);
  let words = '';
  for (let k = first; k < end; k++) words = k === first ? tokens[k]!.text : `${words} ${tokens[k]!.text}`;
  return words;
}

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

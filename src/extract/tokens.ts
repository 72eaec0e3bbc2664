// Word tokens with offsets. A possessive ending ('s, ’s) is split off, so "Putin’s" yields the
// name "Putin" followed by "’s"; abbreviations with inner periods ("U.S.") stay whole.
import type { TextSpan } from './types.js';

export type Token = TextSpan;

// Numbers keep their separators ("9/11", "1,000", "3.5"). An initial keeps its period ("S. Waugh"), as do dotted abbreviations ("U.S.") and the short
// words before names ("Mr. Obama", "St. Louis"), and a company's legal form its period ("Acme Corp.").
const TOKEN =
  /\p{N}+(?:[/.,:]\p{N}+)+|(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|(?:Mr|Mrs|Ms|Dr|St|Mt|Ft|Sen|Gov|Rep|Del|Gen|Lt|Col|Maj|Sgt|Capt|Cmdr|Adm|Prof|Rev|Hon|Pres|Supt|Jr|Sr)\.(?=\s+\p{Lu})|(?:Inc|Corp|Co|Cos|Ltd|Bros|Plc)\.(?=[\s,;:)]|$)|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;
// Clitics of any word: "he’s", "they're", "we’ve", "she’d", "I'll".
const CLITIC = /^(\p{L}+)(['’](?:s|re|ve|d|ll|m))$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + m.index;
    const split = (/\p{Lu}/u.test(m[0][0]!) ? POSSESSIVE.exec(m[0]) : null) ?? CLITIC.exec(m[0]);
    if (split) {
      const word = split[1]!;
      tokens.push({ text: word, start, end: start + word.length });
      tokens.push({ text: split[2]!, start: start + word.length, end: start + m[0].length });
    } else {
      tokens.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  return tokens;
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string) => /^[\p{Lu}\p{N}.&-]+$/u.test(word) && /\p{Lu}/u.test(word);
export const isWord = (word: string) => /^[\p{L}\p{N}]/u.test(word);

/** The index of the token before the one starting at `start`, past abbreviated titles ("Mr.", "Sen."). */
export function indexBeforeName(tokens: Token[], start: number): number {
  let k = tokens.findIndex((t) => t.start === start) - 1;
  while (k > 0 && /^\p{Lu}\p{L}{0,4}\.$/u.test(tokens[k]!.text)) k--;
  return k;
}

// Word tokens with offsets. A possessive ending ('s, ’s) is split off, so "Putin’s" yields the
// name "Putin" followed by "’s"; abbreviations with inner periods ("U.S.") stay whole.
import type { TextSpan } from './types.js';

export type Token = TextSpan;

// An initial keeps its period ("S. Waugh"), as do dotted abbreviations ("U.S.").
const TOKEN = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + m.index;
    const possessive = POSSESSIVE.exec(m[0]);
    if (possessive && /\p{Lu}/u.test(m[0][0]!)) {
      const name = possessive[1]!;
      tokens.push({ text: name, start, end: start + name.length });
      tokens.push({ text: possessive[2]!, start: start + name.length, end: start + m[0].length });
    } else {
      tokens.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  return tokens;
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string) => /^[\p{Lu}\p{N}.&-]+$/u.test(word) && /\p{Lu}/u.test(word);
export const isWord = (word: string) => /^[\p{L}\p{N}]/u.test(word);

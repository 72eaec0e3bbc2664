// Initials the story spells out in lower case: "the consumer price index (CPI)", "a demo of the VM (virtual
// microscope)". They shorten a common noun, no name, so they name nothing wherever the story writes them.
import { isCapitalsAcronym } from './name-words.js';
import type { TypedCandidate } from './typed-candidates.js';

/** Small words a spelled-out phrase may hold without giving a letter ("weapons of mass destruction"). */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'at', 'by', 'a', 'an', '&']);
/** The most words a spelled-out phrase is read back over. */
const MOST_WORDS = 8;

/** "CPI", "UAVs": initials of two to five capitals, a plural's "s" after them or not. */
const initialsOf = (word: string) => {
  const bare = word.endsWith('s') ? word.slice(0, -1) : word;
  return isCapitalsAcronym(bare) ? bare : null;
};

/** Whether the words, each in lower case ("value-added" is two), spell the initials in order, every
 *  word but a small one giving its letter, or each part of it its own. */
function spells(initials: string, words: string[]): boolean {
  const letters = initials.toLowerCase();
  const from = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w]!;
    if (SMALL_WORDS.has(word) && w > 0 && from(w + 1, l)) return true;
    if (word[0] === letters[l] && from(w + 1, l + 1)) return true;
    const parts = word.split('-').filter(Boolean);
    if (parts.length < 2) return false;
    const partLetters = parts.map((p) => p[0]).join('');
    return letters.startsWith(partLetters, l) && from(w + 1, l + partLetters.length);
  };
  return words.length >= 2 && !SMALL_WORDS.has(words[0]!) && from(0, 0);
}

/** The words of a phrase written in lower case ("improvised explosive device"), or null where a word
 *  of it is written otherwise. */
const lowerCaseWords = (phrase: string): string[] | null => {
  const words = phrase.trim().split(/\s+/u);
  return words.every((w) => /^(?:\p{Ll}[\p{Ll}-]*|&)$/u.test(w)) ? words : null;
};

/** The initials the text spells out in lower case, before them ("the consumer price index (CPI)") or
 *  in brackets after them ("the VM (virtual microscope)"). */
function spelledOutInitials(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\(\s*(\p{Lu}{2,5}s?)\s*\)/gu)) {
    const initials = initialsOf(m[1]!);
    if (!initials) continue;
    const before = text
      .slice(Math.max(0, m.index - 120), m.index)
      .split(/\s+/u)
      .filter(Boolean);
    for (let n = 2; n <= Math.min(MOST_WORDS, before.length); n++) {
      const words = lowerCaseWords(before.slice(-n).join(' '));
      if (!words) break;
      if (spells(initials, words)) {
        found.add(initials);
        break;
      }
    }
  }
  // (Each bracket is found first and the initials read before it: the initials' pattern tried at every
  // letter of the text cost more than the rest of this stage.)
  for (const m of text.matchAll(/\(([^()\n]{3,80})\)/gu)) {
    const written = initialsBefore(text, m.index);
    const initials = written && initialsOf(written);
    const words = initials && lowerCaseWords(m[1]!);
    if (initials && words && spells(initials, words)) found.add(initials);
  }
  return found;
}

/** Initials of two to five capitals, a plural's "s" after them or not, that open a word. */
const INITIALS_AT_END = /(?<![\p{L}\p{N}])\p{Lu}{2,5}s?$/u;
/** How far before their end initials and the letter before them reach, in UTF-16 units: five
 *  capitals outside the Basic Multilingual Plane, the "s", and one more letter outside it. */
const INITIALS_REACH = 13;

/** The initials that end at `at` but for spaces ("VM (…)"), or undefined. */
function initialsBefore(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  return INITIALS_AT_END.exec(text.slice(Math.max(0, end - INITIALS_REACH), end))?.[0];
}

/** The candidates but for initials the text spells out in lower case, alone or with a plural's "s". */
export function withoutSpelledOutInitials(text: string, typed: TypedCandidate[]): TypedCandidate[] {
  const spelled = spelledOutInitials(text);
  if (!spelled.size) return typed;
  return typed.filter(({ c }) => {
    if (c.words.length !== 1) return true;
    const initials = initialsOf(c.words[0]!);
    return !(initials && spelled.has(initials));
  });
}

// Acronyms introduced in brackets after the name they stand for.
import type { Candidate } from './candidates.js';
import { isAcronym } from './name-words.js';
import type { TypedCandidate } from './typed-candidates.js';

/** "Supreme National Security Council (SNSC)": the acronym in brackets names the entity before it. */
export function bindAcronyms(text: string, typed: TypedCandidate[]): Map<string, Candidate> {
  const bound = new Map<string, Candidate>();
  for (let i = 0; i + 1 < typed.length; i++) {
    const full = typed[i]!.c;
    const short = typed[i + 1]!.c;
    if (!isAcronym(short.text) || !/^\s*\(\s*$/u.test(text.slice(full.end, short.start))) continue;
    if (typed[i]!.spelled) {
      bound.set(short.text, full);
      continue;
    }
    const initials = full.words
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials.includes(short.text) || short.text.split('').every((ch) => initials.includes(ch)) || spellsInOrder(short.text, full.words))
      bound.set(short.text, full);
  }
  return bound;
}

/** "Kenya Medical Supplies Authority (KEMSA)": an acronym that takes more than a letter from a word
 *  spells the name's letters in order, from its first word's first letter to its last word. */
function spellsInOrder(acronym: string, words: string[]): boolean {
  const letters = words.join(' ').toUpperCase();
  if (letters[0] !== acronym[0]) return false;
  let at = 0;
  for (const ch of acronym) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return letters.lastIndexOf(' ') < at;
}

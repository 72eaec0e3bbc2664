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
    if (!/^\s*\(\s*$/u.test(text.slice(full.end, short.start))) continue;
    if (!isAcronym(short.text)) {
      if (shortenedAlone(text, full, short)) bound.set(short.text, full);
      continue;
    }
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
 *  spells the name's letters in order, from its first word's first letter to its last word; with
 *  `lastInLastWord`, its last letter stands in the last word itself ("DEFRA": "…AFFAIRS"). */
function spellsInOrder(acronym: string, words: string[], lastInLastWord = false): boolean {
  const letters = words.join(' ').toUpperCase();
  if (letters[0] !== acronym[0]) return false;
  let at = 0;
  for (const ch of lastInLastWord ? acronym.slice(0, -1) : acronym) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  const lastWord = letters.lastIndexOf(' ') + 1;
  return lastInLastWord ? letters.indexOf(acronym.at(-1)!, Math.max(at, lastWord)) >= 0 : lastWord <= at;
}

/** "the Department for Environment, Food and Rural Affairs (Defra)": a word written in lower case after
 *  its capital, alone in brackets, that spells a name of three words or more in order from its first
 *  letter to its last word, shortens that name as initials do. */
function shortenedAlone(text: string, full: Candidate, short: Candidate): boolean {
  return (
    full.words.length >= 3 &&
    short.words.length === 1 &&
    /^\p{Lu}\p{Ll}{2,6}$/u.test(short.text) &&
    /^\s*\)/u.test(text.slice(short.end)) &&
    spellsInOrder(short.text.toUpperCase(), full.words, true)
  );
}

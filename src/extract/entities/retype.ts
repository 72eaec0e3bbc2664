// Evidence found at one mention of a name settles its type wherever the story uses that name: the
// passes collect the names (lower case) and retype every candidate so named.
import type { TypedCandidate } from './typed-candidates.js';

/** A candidate's name as its other mentions are found by. */
export const nameKey = (t: TypedCandidate) => t.c.text.toLowerCase();

/** The names (by nameKey) that a title or an honorific gives a person somewhere in the story ("Mr Lilly"). */
export const titledNames = (typed: TypedCandidate[]) => new Set(typed.filter((t) => t.c.titles.length || t.c.honorific).map(nameKey));

/** The persons the story names in full ("Tim Cook"), whose words are theirs where they stand alone ("Cook's shares"). */
const namedInFull = (typed: TypedCandidate[]) => typed.filter((t) => t.type === 'PERSON' && t.c.words.length > 1);

/** Every word (lower case) of the given persons. */
export const personWords = (persons: TypedCandidate[]) => new Set(persons.flatMap((t) => t.c.words.map((w) => w.toLowerCase())));

/** Every word (lower case) of the persons named in full. */
export const fullNameWords = (typed: TypedCandidate[]) => personWords(namedInFull(typed));

/** The last words of the persons named in full, by the caller's `key` of a word. */
export const fullNameSurnames = (typed: TypedCandidate[], key: (word: string) => string) =>
  new Set(namedInFull(typed).map((t) => key(t.c.words[t.c.words.length - 1]!)));

/** Retypes as organizations (in place) the candidates named in `names` that `may` allows. */
export function retypeAsOrganizations(typed: TypedCandidate[], names: Set<string>, may: (t: TypedCandidate) => boolean): void {
  if (names.size) for (const t of typed) if (names.has(nameKey(t)) && may(t)) t.type = 'ORGANIZATION';
}

// "Latino voters", "the Democratic primary", "a purist Islamic state", "a Republican who described himself":
// a people's or a party member's word in the singular, alone, is an adjective or a member, no one's name,
// whatever the typer made of it; names of more words stay ("the Democratic Party", "Latino Decisions").
import { isFirstName, isKnownPerson } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { PEOPLES } from './people-plurals.js';
import { nameKey, titledNames } from './retype.js';
import { isTitleCaseWord } from '../tokens.js';

/** Adjectives of a faith or a party that no people's word in the singular spells. */
const ADJECTIVES = new Set(['democratic', 'jewish', 'islamic']);

/** Leaves untyped (in place) the one-word names that are a people's or a party's word in the singular; not
 *  a given name ("Christian"), a person the lexicon knows, nor a name a title gives anyone. */
export function peoplesInTheSingular(typed: TypedCandidate[]): void {
  const titled = titledNames(typed);
  for (const t of typed) {
    const word = t.c.text;
    if (t.type === null || t.c.words.length !== 1 || !isTitleCaseWord(word) || titled.has(nameKey(t))) continue;
    const lower = word.toLowerCase();
    if ((PEOPLES.has(lower) || ADJECTIVES.has(lower)) && !isFirstName(word) && !isKnownPerson(word)) t.type = null;
  }
}

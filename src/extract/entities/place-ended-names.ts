// "Healthwatch Birmingham said", "Marketing Manchester", "Greater Manchester": ordinary words before a large
// city's name name nobody. A person's name does not end in a city after an English word ("Whitney Houston"
// opens with a given name, "Djalma Santos" with a word English does not have); the words describe a part of
// the city ("Greater Manchester", "Downtown Birmingham") or name a body serving it ("Visit Birmingham",
// "Healthwatch Birmingham", a word ending in an English word).
import { isDemonymWord, isLargeCity, lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownPerson, tagsOf } from '../lexicon.js';
import type { EntityType } from '../types.js';
import type { TypedCandidate } from './typed-candidates.js';
import { isTitleCaseWord } from '../tokens.js';

/** Words that make a part of a city ("Greater Manchester", "Downtown Birmingham", "North London"). */
const PART_OF_CITY =
  /^(?:Greater|Inner|Outer|Central|Downtown|Midtown|Uptown|Upper|Lower|Old|New|Metro|Metropolitan|Suburban|North|South|East|West|Northern|Southern|Eastern|Western)$/u;
/** Tags of words that may be given names too ("Frank", "Rich", "Young", "Will"): no body's word. */
const GIVEN_NAME_TAGS = new Set(['Adjective', 'Comparative', 'Superlative', 'Modal']);

/** "Healthwatch", "Childline": a word ending in an English word of four letters or more after four letters or
 *  more (the lexicon lacks many nouns of no plural, "health"; a given name seldom ends so). */
function compoundOfWords(word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = 4; i <= lower.length - 4; i++) if (englishWord(lower.slice(i))) return true;
  return false;
}

/** A word the lexicon has as English, of a part of speech it tells and no adjective nor modal: "Wang" it
 *  has as a noun alone, as it has some foreign names, and "Frank" as an adjective. */
const englishWord = (word: string) => isCommonWord(word) && tagsOf(word).some((tag) => tag !== 'Noun' && !GIVEN_NAME_TAGS.has(tag));

/** An English word of no person's, place's or people's name, or a compound of two. */
const ordinaryWord = (word: string) =>
  isTitleCaseWord(word) &&
  !isFirstName(word) &&
  !isDemonymWord(word) &&
  !isKnownPerson(word) &&
  (PART_OF_CITY.test(word) || (!lookupLocation(word) && (englishWord(word.toLowerCase()) || compoundOfWords(word))));

/** The type of a name of ordinary words before a large city's name, if it is one: a place where a word
 *  for a part of a city opens it, else an organization. */
export function placeEndedType(words: string[]): EntityType | undefined {
  if (words.length < 2 || words.length > 3 || !isLargeCity(words[words.length - 1]!) || lookupLocation(words.join(' '))) return undefined;
  const before = words.slice(0, -1);
  if (!before.every(ordinaryWord)) return undefined;
  return PART_OF_CITY.test(before[0]!) ? 'LOCATION' : 'ORGANIZATION';
}

/** Retypes (in place) the persons and places named so that are none: a person is the place or the body, a
 *  place whose words describe no part of the city the body. A type the context decided stays. */
export function placeEndedNames(typed: TypedCandidate[], isDecided: (t: TypedCandidate) => boolean): void {
  for (const t of typed) {
    if ((t.type !== 'PERSON' && t.type !== 'LOCATION') || t.caps || t.c.titles.length || t.c.honorific || isDecided(t)) continue;
    const type = placeEndedType(t.c.words);
    if (type && (t.type === 'PERSON' || type === 'ORGANIZATION')) t.type = type;
  }
}

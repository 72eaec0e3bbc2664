// "a poll by Latino Decisions", "a survey conducted by Harlan Metrics", "a recent Gallup survey": who takes
// a poll is an organization wherever the story names it ("Gallup finds …", "according to Latino Decisions"),
// neither the person its words look like nor the small town a gazetteer knows by the name. A person the story
// names in full or with a title stays one ("a poll by Ann Selzer"), and a state, a country or a city before
// "poll" is where the poll was taken ("an Iowa poll", "a Boston survey").
import { isCapital, isCountry, isDemonymWord, isLargeCity, isMajorPlace, lookupLocation } from '../gazetteer.js';
import { isCommonWord, isKnownPerson } from '../lexicon.js';
import { hasGivenName } from './name-words.js';
import { PARTY_WORDS } from './person-vocabulary.js';
import { fullNameWords, nameKey, retypeAsOrganizations, titledNames } from './retype.js';
import type { TypedCandidate } from './typed-candidates.js';

/** "a poll by", "polls conducted by", "a survey from the": what a poll's maker follows. */
const POLL_BY = /\b(?:polls?|surveys?|polling)\s+(?:(?:conducted|released|commissioned|published|carried\s+out|done|taken)\s+)?(?:by|from)\s+(?:the\s+)?$/iu;
/** "Gallup poll", "Latino Decisions survey", "Gallup tracking poll": the poll named by its maker. */
const POLL_AFTER = /^\s+(?:(?:tracking|daily|weekly|monthly|national|online|telephone)\s+)?(?:polls?|surveys?|polling)\b/u;
/** What stands before a word opening a sentence or a quotation. */
const OPENING = /^(?:|[.!?:;"“”‘’'(])$/u;
// The words read before and after a name.
const WINDOW = 50;

/** A place a poll may be taken in, read before "poll": a state, a country, a capital or a city. */
const namesPollsPlace = (name: string) => {
  const place = lookupLocation(name);
  return !!place && (isCountry(place) || isMajorPlace(place) || isLargeCity(place) || isCapital(place));
};

/** Retypes as organizations (in place) the names the story shows to take polls, where the context did not decide their type (`decided`). */
export function pollMakers(text: string, typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean): void {
  const titled = titledNames(typed);
  const personal = fullNameWords(typed);
  const open = (t: TypedCandidate) => t.type !== 'ORGANIZATION' && !t.headline && !t.c.onlyIfKnown && !titled.has(nameKey(t)) && !decided(t);
  const makers = new Set<string>();
  for (const t of typed) {
    const { c } = t;
    if (!open(t) || c.words.length > 4 || hasGivenName(c.words) || isKnownPerson(c.text)) continue;
    // "a Democratic poll", "a Clinton poll" (of a person named in full), "One poll", "Opinion polls": no maker.
    const word = c.text.toLowerCase();
    if (c.words.length === 1 && (c.text.length < 3 || isDemonymWord(c.text) || PARTY_WORDS.has(word) || personal.has(word) || isCommonWord(word))) continue;
    if (namesPollsPlace(c.text)) continue;
    const before = POLL_BY.test(text.slice(Math.max(0, c.start - WINDOW), c.start));
    // ("Opinion polls show …": a word opening its sentence before "polls" is an ordinary one.)
    const after = !OPENING.test(c.prev) && POLL_AFTER.test(text.slice(c.end, c.end + WINDOW));
    if (before || after) makers.add(nameKey(t));
  }
  retypeAsOrganizations(typed, makers, open);
}

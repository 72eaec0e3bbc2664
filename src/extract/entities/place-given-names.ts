// Given names that are also places' names: "Israel Adesanya retained his title", "Jordan Pickford
// saved", "Georgia Hall retained her title". The gazetteer reads the first word as the country or
// city and the name as a body of it ("SA Rugby", "Hong Kong Standard"); a surname after it and a
// person's deed after that make the name a person's.
import { cueLemma } from '../cues.js';
import { lookupLocation, isDemonymWord } from '../gazetteer.js';
import { isFirstName, isKnownOrganization, isKnownPerson, isVerbForm } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import { placeBeforeSaint, looksCommon } from './name-words.js';
import { COMPANY_HEADS, ORGANIZATION_HEADS, SPORT_NAMES, TEAM_WORDS } from './organization-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';

// Places whose names people bear as given names and the lexicon knows only as places (it tags
// "Jordan", "Sydney", "Austin", "Victoria" as persons already).
const PLACE_GIVEN_NAMES = new Set(
  'israel georgia paris india dallas florence brooklyn kenya ireland phoenix dakota denver memphis london asia america egypt lourdes trinity'.split(' '),
);

/** A place's name that people bear as a given name. */
const mayBeGivenName = (word: string) => !!lookupLocation(word) && (isFirstName(word) || isKnownPerson(word) || PLACE_GIVEN_NAMES.has(word.toLowerCase()));

const HEADS = [ORGANIZATION_HEADS, LOCATION_HEADS, COMPANY_HEADS, TEAM_WORDS, SPORT_NAMES];

/** A capitalised word that may be a surname: no head of a body's or place's name, no place, no people. */
const maySurname = (word: string) => {
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}/u.test(word) && !HEADS.some((h) => h.has(lower)) && !lookupLocation(word) && !isDemonymWord(word) && !isKnownOrganization(word);
};

/** "retained his", "saved", "said": what follows the name is a person's deed or word (or, set off by commas, a cue). An ordinary
 *  word as surname ("Hall") needs "his" or "her" after the verb: "Georgia Power said" is a company. */
const actsAsPerson = (c: Candidate, ordinarySurname: boolean) =>
  (isVerbForm(c.next) || !!cueLemma(c.next) || setBesideSpeech(c)) && (!ordinarySurname || /^(?:his|her)$/u.test(c.nextAfter));

/** "His rival, Victoria Atkins, said": a name set off by commas right before a cue is the speaker's. */
const setBesideSpeech = (c: Candidate) => c.prev === ',' && c.next === ',' && !!cueLemma(c.nextAfter);

/** "Israel Adesanya", "Jordan Pickford", "Georgia Hall": a place's name as given name, a surname, and
 *  what a person does after them. */
export function placeNamedPerson(c: Candidate): boolean {
  const words = c.words;
  if (words.length < 2 || words.length > 3 || !mayBeGivenName(words[0]!) || lookupLocation(words.join(' ')) || placeBeforeSaint(words)) return false;
  const rest = words.slice(1);
  return (
    rest.every(maySurname) &&
    actsAsPerson(
      c,
      rest.some((w) => looksCommon(w) && !isKnownPerson(w)),
    )
  );
}

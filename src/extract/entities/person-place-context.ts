// What the words around a name say of a person or a place: an age or "who" after it, a role before it
// and a cue after, a family's word, a surname's particles; the kind of place before "of", a town before
// its state or its office, where people come from, a numbered site, a country's initials.
import { titledRuler } from './regnal-numerals.js';
import { cueLemma } from '../cues.js';
import { isCountry, isDemonymWord, lookupLocation, US_STATE_ABBREVIATIONS } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownOrganization, isKnownPerson } from '../lexicon.js';
import { namesPeople } from '../phrase-heads.js';
import { roleOf } from '../roles.js';
import type { Candidate } from './candidates.js';
import { HELD_BY_BODIES } from './apposition.js';
import { isAcronym } from './name-words.js';
import { isPossessiveMark } from '../tokens.js';
import { LOCATION_HEADS, NUMBERED_FACILITIES, PLACE_KINDS } from './place-vocabulary.js';
import { ORGANIZATION_HEADS, opensOrganization } from './organization-vocabulary.js';
import { PARTY_WORDS } from './person-vocabulary.js';
import { headedAsOrganization } from './organization-words.js';
import { placeOfOffice } from './office-places.js';

export const PLACE_BEFORE = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside']);
// Particles of Dutch and German surnames, ordinary words elsewhere: "Wayde van Niekerk" ("Casa de Narino" is no person).
export const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter', 'ten']);

/** "the town of Tavildara", "the mayor of Port Ellis", "the governor of Marnock": the kind of place, or an
 *  office of a place (office-places.ts), before "of". */
export const kindOfPlaceBefore = (c: Candidate) => c.prev === 'of' && (PLACE_KINDS.has(c.prevBefore) || c.prevBefore === 'mayor' || placeOfOffice(c));

/** "US officials said", "the UK regulator": a country's initials are the country wherever they stand. */
export const countryByInitials = (c: Candidate) => /^[A-Z]{2,3}$/u.test(c.text) && isCountry(lookupLocation(c.text) ?? '');

/** "the Tavares family", "the Wright brothers": a surname the family bears, whatever else it names. */
export const namesFamily = (c: Candidate) => c.prev === 'the' && /^(family|clan|brothers|sisters)$/u.test(c.next);

/** "Varga and colleagues found", "Varga et al. (2019)": a name before its co-authors is an author's, whatever
 *  the words before it say of it ("In a journal paper Varga and colleagues describe …"). */
export const namesAuthor = (c: Candidate) =>
  c.words.length <= 3 &&
  !isAcronym(c.text) &&
  !isKnownOrganization(c.text) &&
  ((c.next === 'and' && /^(?:colleagues|co-?authors|co-?workers|collaborators)$/u.test(c.nextAfter)) || (c.next === 'et' && /^al\.?$/u.test(c.nextAfter)));

/** "the Obama administration", "a Trump presidency": a president's term is named after the person, so the
 *  name before "administration" or "presidency" is a person's, a town's name too ("Obama"), where no word of
 *  it is a place, a party, a people, a body's head or a known body ("the US administration", "the Labour
 *  administration", "the Ford administration" stay what they are). */
export const namesPresidentsTerm = (c: Candidate) =>
  /^(?:administration|presidency)$/u.test(c.next) &&
  c.words.length <= 3 &&
  (isKnownPerson(c.text) || !lookupLocation(c.text)) &&
  !isKnownOrganization(c.text) &&
  c.words.every((w) => {
    const lower = w.toLowerCase();
    return (
      /^\p{Lu}\p{Ll}/u.test(w) &&
      (isKnownPerson(w) || (!lookupLocation(w) && !isCommonWord(lower))) &&
      !isDemonymWord(w) &&
      !PARTY_WORDS.has(lower) &&
      !ORGANIZATION_HEADS.has(lower) &&
      !LOCATION_HEADS.has(lower) &&
      !PLACE_KINDS.has(lower) &&
      !opensOrganization(w)
    );
  });

/** "SoftBank founder Masayoshi Son said": a name of two or three words between a person's role (no
 *  role a body holds too: "rival", "adviser") and a verb of speech is the person's, whatever its words mean. */
export const roleBeforeSpeaker = (c: Candidate) =>
  c.words.length >= 2 &&
  c.words.length <= 3 &&
  roleOf(c.prev) !== null &&
  // (a founder right before a name is a person: "SoftBank founder Masayoshi Son")
  (!HELD_BY_BODIES.test(c.prev) || /^(?:co-?)?founder$/u.test(c.prev)) &&
  !!cueLemma(c.next) &&
  !lookupLocation(c.text) &&
  !headedAsOrganization(c.words);

/** "Berg, 45, told …": a name with an age set off by commas after it is a person's. */
export const agedAfter = (c: Candidate) =>
  c.next === ',' && /^(1[5-9]|[2-9]\d|10\d)$/u.test(c.nextAfter) && !lookupLocation(c.text) && c.prev !== 'of' && !PLACE_BEFORE.has(c.prev);

/** "Hichilema, who won the election, said": "who" is said of a person, here a lone word of no other
 *  use (a place's side takes "who" in sports reports: "Leeds, who lost"). */
export const whoAfter = (c: Candidate) =>
  c.words.length === 1 && c.next === ',' && c.nextAfter === 'who' && !isAcronym(c.text) && !isCommonWord(c.text) && !lookupLocation(c.text);

/** "a councillor from Leeds", "teachers in Lyon": a known place after people and "from" or "in" is
 *  where they live or work, not a club (a side is "the Leeds striker"). */
export const homeOfPeople = (c: Candidate) =>
  (c.prev === 'from' || c.prev === 'in') && (namesPeople(c.prevBefore) || roleOf(c.prevBefore) !== null) && !!lookupLocation(c.text);

/** "of Ashton, Md.", "in Flint, Mich.": a town before its state's abbreviation. */
export const townBeforeState = (c: Candidate) => (c.next === ',' && STATE_ABBREVIATIONS.has(c.nextAfter) && c.words.length <= 3) || townBeforeItsOffice(c);

/** "Sens. Ray Cole (N.H.) and Ed Lane (S.C.)", "Rep. Jo Dean (Pa.)": a state's abbreviation alone in
 *  brackets is the state a member of Congress stands for, a place, however the initials read. */
export const stateInBrackets = (c: Candidate) => c.prev === '(' && c.next === ')' && c.words.length === 1 && STATE_ABBREVIATIONS.has(c.text.toLowerCase());

/** "Bartley Mayor Tom Becker", "Kerrow County Sheriff", "Harwick's mayor": a name before an office only a town or
 *  county holds is that place (a given name first makes a person: "Ann Mayor"). */
const townBeforeItsOffice = (c: Candidate) =>
  c.words.length <= 3 && (LOCAL_OFFICES.has(c.next) || placeOwnsOffice(c)) && !isFirstName(c.words[0]!) && !isKnownOrganization(c.text);
const LOCAL_OFFICES = new Set(['mayor', 'sheriff', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'aldermen']);

/** "Harwick's mayor, Tom Brann", "Velmora's parliament", "Dunmore's residents": what only a place has, owned
 *  by a name of no known person, body or title ("Kestrel's president" may be a firm's, "Holt's army" a person's). */
const placeOwnsOffice = (c: Candidate) =>
  isPossessiveMark(c.next) && PLACE_OWNED.has(c.nextAfter) && !c.titles.length && !c.honorific && !isKnownPerson(c.text) && !headedAsOrganization(c.words);
// Not "prime" nor "capital": a bank has its prime rate and a firm its capital spending.
const PLACE_OWNED = new Set([...LOCAL_OFFICES, 'governor', 'parliament', 'constitution', 'embassy', 'residents', 'townspeople']);

/** "McLenney said": a lone Mc- or Mac- surname that speaks is a person, however rare the name. */
export const speakingScotsSurname = (c: Candidate) => c.words.length === 1 && /^Ma?c\p{Lu}\p{Ll}+$/u.test(c.words[0]!) && !!cueLemma(c.next);

/** The abbreviations of the U.S. states news writes after a town, lower-cased, with or without the period. */
const STATE_ABBREVIATIONS = new Set(
  [...US_STATE_ABBREVIATIONS.keys()].flatMap((a) => {
    const bare = a.toLowerCase().replace(/\.$/u, '');
    return [bare, `${bare}.`];
  }),
);

/** "the Garissa II solar plant", "Olkaria IV station": a place and a numeral before a facility, or a
 *  place's name and a numeral, name a site, not a person ("Elizabeth II", "John Paul II" are given names,
 *  "Pope Lucan II" a ruler's). */
export function numberedSite(c: Candidate): boolean {
  const { words } = c;
  if (words.length < 2 || !/^[IVX]+$/u.test(words[words.length - 1]!) || isFirstName(words[0]!) || titledRuler(c)) return false;
  return NUMBERED_FACILITIES.has(c.next) || !!lookupLocation(words.slice(0, -1).join(' '));
}

export const accordingTo = (c: Candidate) => c.prev === 'to' && c.prevBefore.toLowerCase() === 'according';

/** Particles of family names ("de", "da", "van", "ter"); not "des" or "du", which open bodies' names too
 *  ("Lyonnaise des Eaux"). */
const FAMILY_PARTICLES = new Set([...SURNAME_PARTICLES, ...'de da do dos das di'.split(' ')]);

/** "Marijke de Vries", "Joao da Silva": one unknown word, particles of a family name, and a name that
 *  is no body's word ("Generale de Banque" is a bank). */
export const particleBetweenNames = (words: string[]) =>
  words.length >= 3 &&
  words.slice(1, -1).every((w) => FAMILY_PARTICLES.has(w)) &&
  /^\p{Lu}\p{Ll}/u.test(words.at(-1)!) &&
  !opensOrganization(words.at(-1)!) &&
  !ORGANIZATION_HEADS.has(words.at(-1)!.toLowerCase());

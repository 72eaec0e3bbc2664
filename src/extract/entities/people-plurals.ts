// "Afrikaners revived their campaign", "the Velmorans voted": a people named in the plural, by its
// faith, its descent, its generation, a party it votes for or a place the story names, is a group of
// persons and no one's name, whatever the typer made of the word, a person, a body or a place
// (a sports report's sides are people-sides.ts's). So is a party's members in the plural after words that
// say which of them, a chamber, a state, a leader, a kind ("Senate Democrats", "Ohio Republicans", "Reagan
// Democrats"): only words parties are named by make a party's name ("Liberal Democrats", party-names.ts).
import { isDemonymWord, lookupLocation } from '../gazetteer.js';
import { isKnownPerson } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { nameKey, titledNames } from './retype.js';
import { namesPartyInPlural, namesPartyMembers } from './party-names.js';
import { opensOrganization } from './organization-vocabulary.js';

/** Peoples in the singular that no country's demonym names ("Kurd", "Latino") and a party's members. */
export const PEOPLES = new Set(
  (
    'afrikaner azeri kurd serb croat bosniak chechen ossetian abkhaz tamil sinhalese tutsi hutu pashtun hazara baluch uighur uyghur ' +
    'tibetan basque catalan fleming walloon corsican roma maori aborigine inuit arab berber bedouin druze copt maronite alawite ' +
    'sikh hindu muslim moslem christian catholic protestant jew shiite sunni mormon evangelical latino latina hispanic ' +
    'democrat republican tory whig millennial boomer'
  ).split(' '),
);

/** The singular's stems that name a place: "Velmorans" → "Velmora", "Iranians" → "Iran", "Italians" → "Italy". */
const placeStems = (word: string) => [word.slice(0, -2), word.slice(0, -4), `${word.slice(0, -4)}y`, `${word.slice(0, -4)}a`];

/** Whether a one-word name is a people in the plural: a people's word, a demonym, or "-ans" after a place
 *  the gazetteer knows or the story names (`places`, lower-cased). */
function namesPeoplePlural(word: string, places: Set<string>): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(word) || isKnownPerson(word)) return false;
  if (PEOPLES.has(word.slice(0, -1).toLowerCase()) || isDemonymWord(word)) return true;
  return /ans$/u.test(word) && placeStems(word).some((s) => s.length > 2 && (places.has(s.toLowerCase()) || !!lookupLocation(s)));
}

/** "Senate Democrats", "House and Senate Republicans": a party's members in the plural after other words, no party;
 *  but a body's word and "of" or "for" before them name the body ("Movement of Velmoran Democrats"). */
const namesMembersOfParty = (words: string[]) =>
  words.length > 1 && words.length <= 4 && namesPartyMembers(words[words.length - 1]!) && !namesPartyInPlural(words) && !bodyOfMembers(words);

/** "Movement of Velmoran Democrats", "Alliance for Harbour Republicans": a body's opening word, then "of" or "for". */
const bodyOfMembers = (words: string[]) => opensOrganization(words[0]!) && (words[1] === 'of' || words[1] === 'for');

/** Leaves untyped (in place) the one-word typed names that name a people in the plural, where no title or
 *  honorific makes one of them a person's ("Mr Hindus"), and the other mentions of the name with them
 *  ("Latinos" the typer made a body after "among", a place after "to"). */
export function peoplesInThePlural(typed: TypedCandidate[]): void {
  const places = new Set(typed.filter((t) => t.type === 'LOCATION').map(nameKey));
  const titled = titledNames(typed);
  const peoples = new Set(
    typed.filter((t) => t.type !== null && t.c.words.length === 1 && !titled.has(nameKey(t)) && namesPeoplePlural(t.c.text, places)).map(nameKey),
  );
  if (peoples.size) for (const t of typed) if (t.c.words.length === 1 && peoples.has(nameKey(t))) t.type = null;
  for (const t of typed) if (t.type !== null && !titled.has(nameKey(t)) && namesMembersOfParty(t.c.words)) t.type = null;
}

// "Floods destroyed homes in Mai Mahiu … Mai Mahiu residents said": a name of two words or more the
// story puts where places stand, or a place the gazetteer knows typed so once ("in Indaiatuba, Sao Paulo
// state … Sao Paulo state governor"), and elsewhere read as a person's for want of anything better, is the
// place throughout. Not where a title, an honorific or a given name makes it a person's ("President
// Kenyatta", "Mary Hall"): "trust in Mary Hall" is still she.
import { lookupLocation } from '../gazetteer.js';
import { isCompanyWord } from '../description-heads.js';
import type { TypedCandidate } from './typed-candidates.js';
import { nameKey } from './retype.js';
import { hasGivenName } from './name-words.js';
import { endsInPlaceHead, LOCATION_HEADS, opensPlace, PLACE_KINDS } from './place-vocabulary.js';
import { isCommonWord } from '../lexicon.js';
import { isLowerCaseWord } from '../tokens.js';

const PLACE_BEFORE = new Set(['in', 'near', 'at', 'from', 'outside', 'around']);

/** Retypes (in place) as places the persons named as above. */
export function placesNamedAsPersons(typed: TypedCandidate[]): void {
  const placed = new Set<string>();
  const personal = new Set<string>();
  for (const t of typed) {
    if (t.c.words.length < 2) continue;
    if (t.type === 'LOCATION' && (PLACE_BEFORE.has(t.c.prev) || lookupLocation(t.c.text))) placed.add(nameKey(t));
    if (t.type === 'PERSON' && (t.c.titles.length || t.c.honorific || hasGivenName(t.c.words))) personal.add(nameKey(t));
  }
  for (const t of typed) if (t.type === 'PERSON' && placed.has(nameKey(t)) && !personal.has(nameKey(t))) t.type = 'LOCATION';
}

/** "Thursday, May 7 | Ottilie Berlin, an Australian woman, has said … Her lawyer said Ottilie Berlin": a name of two
 *  words or more the model reads as a person's at as many mentions as a place's or more, where nothing
 *  puts it among places (no "in", "near", "at" … before it, no place the gazetteer knows, no place's head
 *  or opening word, no context deciding it), is the person throughout. Not a name holding an ordinary word
 *  or a place's kind ("Common Core", "Zero Hedge", "Holt Village"), which names no one as often as someone.
 *  Runs after `placesNamedAsPersons`, which takes the other way where a mention is placed, and after the
 *  pronouns have shown persons (pronoun-evidence.ts). Retypes (in place). */
export function personsNamedAsPlaces(typed: TypedCandidate[], isDecided: (t: TypedCandidate) => boolean): void {
  const eligible = (t: TypedCandidate) => t.c.words.length > 1 && !t.c.words.some(ordinaryOrPlaceWord);
  const placed = (t: TypedCandidate) =>
    PLACE_BEFORE.has(t.c.prev) || lookupLocation(t.c.text) || endsInPlaceHead(t.c.words) || opensPlace(t.c.words) || isDecided(t);
  retypePlaceMentions(typed, 'PERSON', eligible, placed, (count) => count.named >= count.places);
}

/** Words that make a name of two words no person's: ordinary English ones and places' kinds and heads. */
const ordinaryOrPlaceWord = (word: string) => {
  const lower = word.toLowerCase();
  return isCommonWord(lower) || PLACE_KINDS.has(lower) || LOCATION_HEADS.has(lower);
};

/** Retypes (in place) as `type` the place mentions of each name `eligible` lets through and `type` gives
 *  at one mention, when `outnumbers` passes its mentions of that type and as a place, and none of its
 *  place mentions is `placed`. */
function retypePlaceMentions(
  typed: TypedCandidate[],
  type: 'PERSON' | 'ORGANIZATION',
  eligible: (t: TypedCandidate) => boolean,
  placed: (t: TypedCandidate) => unknown,
  outnumbers: (count: { named: number; places: number }) => boolean,
): void {
  const counts = new Map<string, { named: number; places: number }>();
  for (const t of typed) if (t.type === type && eligible(t)) counts.set(nameKey(t), { named: 0, places: 0 });
  for (const t of typed) {
    const count = counts.get(nameKey(t));
    if (count && t.type === type) count.named++;
    else if (count && t.type === 'LOCATION') count.places++;
  }
  const places = new Set(typed.filter((t) => t.type === 'LOCATION' && counts.has(nameKey(t)) && placed(t)).map(nameKey));
  for (const t of typed) {
    const count = counts.get(nameKey(t));
    if (t.type === 'LOCATION' && count && outnumbers(count) && !places.has(nameKey(t))) t.type = type;
  }
}

/** "Politico reported … Nobody at Politico has seen it": a word the gazetteer does not know, typed an
 *  organization where the story shows it and a place only where a preposition puts it, is the
 *  organization throughout. Retypes (in place). */
export function bodiesNamedAsPlaces(typed: TypedCandidate[]): void {
  const bodies = new Set(typed.filter((t) => t.type === 'ORGANIZATION').map(nameKey));
  if (!bodies.size) return;
  const placed = (t: TypedCandidate) => t.type === 'LOCATION' && t.c.words.length === 1 && bodies.has(nameKey(t));
  // A place the story names by itself ("Headingley is full") stays one.
  const namedAlone = new Set(typed.filter((t) => placed(t) && !PLACE_BEFORE.has(t.c.prev)).map(nameKey));
  for (const t of typed) if (placed(t) && !namedAlone.has(nameKey(t)) && !lookupLocation(t.c.text)) t.type = 'ORGANIZATION';
}

/** "Ann Holt, the president of Velmora Watch, said … Velmora Watch sued the county … a letter from Velmora
 *  Watch": a name of two words or more typed an organization at more mentions than a place is the
 *  organization throughout, when the gazetteer knows no place by the whole name, no place's head, opening
 *  word or kind makes one of it ("Velmora Harbour", "the Granite State") and the context decides none of
 *  its place mentions ("the town of …"): the preposition before it ("of", "in", "from") made the place.
 *  Retypes (in place). */
export function longerBodiesNamedAsPlaces(typed: TypedCandidate[], isDecided: (t: TypedCandidate) => boolean): void {
  const placeWord = (word: string) => PLACE_KINDS.has(word.toLowerCase());
  const eligible = (t: TypedCandidate) => t.c.words.length > 1 && !t.c.words.some(placeWord);
  const placed = (t: TypedCandidate) => lookupLocation(t.c.text) || endsInPlaceHead(t.c.words) || opensPlace(t.c.words) || isDecided(t);
  retypePlaceMentions(typed, 'ORGANIZATION', eligible, placed, (count) => count.named > count.places);
}

/** Kinds of firms a place names where it is from: "the Doncaster firm", "a Middlesbrough bakery chain";
 *  a club, a side or a group may bear a place's name ("the Leeds side", "the Tata group"). */
const BORNE_NAMES = new Set(['club', 'side', 'team', 'group', 'newspaper', 'paper', 'daily', 'weekly']);
const firmNoun = (word: string) => isCompanyWord(word) && !BORNE_NAMES.has(word);
const OPENING = new Set(['', 'the', 'a', 'an', '.', ',', 'and']);

/** "Westway Haulage, the Doncaster firm that …", "Middlesbrough bakery chain Harry's Bakes": a place the
 *  gazetteer knows, right before the kind of firm (or a noun and that kind) after an article or at a
 *  sentence's opening, is where the firm is from, whatever the model made of it. Retypes (in place). */
export function placesBeforeFirms(typed: TypedCandidate[]): void {
  for (const t of typed) {
    const { c } = t;
    if (t.type === 'LOCATION' || t.headline || !OPENING.has(c.prev) || !lookupLocation(c.text)) continue;
    if (firmNoun(c.next) || (isLowerCaseWord(c.next) && firmNoun(c.nextAfter))) t.type = 'LOCATION';
  }
}

// "Floods destroyed homes in Mai Mahiu … Mai Mahiu residents said": a name of two words or more the
// story puts where places stand, or a place the gazetteer knows typed so once ("in Indaiatuba, Sao Paulo
// state … Sao Paulo state governor"), and elsewhere read as a person's for want of anything better, is the
// place throughout. Not where a title, an honorific or a given name makes it a person's ("President
// Kenyatta", "Mary Hall"): "trust in Mary Hall" is still she.
import { lookupLocation } from '../gazetteer.js';
import { isCompanyWord } from '../description-heads.js';
import type { TypedCandidate } from './typed-candidates.js';
import { hasGivenName } from './name-words.js';

const PLACE_BEFORE = new Set(['in', 'near', 'at', 'from', 'outside', 'around']);
const key = (t: TypedCandidate) => t.c.text.toLowerCase();

/** Retypes (in place) as places the persons named as above. */
export function placesNamedAsPersons(typed: TypedCandidate[]): void {
  const placed = new Set<string>();
  const personal = new Set<string>();
  for (const t of typed) {
    if (t.c.words.length < 2) continue;
    if (t.type === 'LOCATION' && (PLACE_BEFORE.has(t.c.prev) || lookupLocation(t.c.text))) placed.add(key(t));
    if (t.type === 'PERSON' && (t.c.titles.length || t.c.honorific || hasGivenName(t.c.words))) personal.add(key(t));
  }
  for (const t of typed) if (t.type === 'PERSON' && placed.has(key(t)) && !personal.has(key(t))) t.type = 'LOCATION';
}

/** "Politico reported … Nobody at Politico has seen it": a word the gazetteer does not know, typed an
 *  organization where the story shows it and a place only where a preposition puts it, is the
 *  organization throughout. Retypes (in place). */
export function bodiesNamedAsPlaces(typed: TypedCandidate[]): void {
  const bodies = new Set(typed.filter((t) => t.type === 'ORGANIZATION').map(key));
  if (!bodies.size) return;
  const placed = (t: TypedCandidate) => t.type === 'LOCATION' && t.c.words.length === 1 && bodies.has(key(t));
  // A place the story names by itself ("Headingley is full") stays one.
  const namedAlone = new Set(typed.filter((t) => placed(t) && !PLACE_BEFORE.has(t.c.prev)).map(key));
  for (const t of typed) if (placed(t) && !namedAlone.has(key(t)) && !lookupLocation(t.c.text)) t.type = 'ORGANIZATION';
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
    if (firmNoun(c.next) || (/^\p{Ll}+$/u.test(c.next) && firmNoun(c.nextAfter))) t.type = 'LOCATION';
  }
}

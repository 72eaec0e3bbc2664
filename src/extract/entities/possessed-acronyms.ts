// "his MIT office", "her UCLA lab", "their NATO allies": an acronym between a possessive pronoun and a noun in
// lower case names what the person works for or belongs to, a body, not where the office stands, which a place's
// name there would say ("his Velmora office"); a country's or a state's letters stay places ("her UK passport",
// "his NY apartment"), and letters the learned typer read as no place are left as they are.
import { lookupLocation } from '../gazetteer.js';
import type { Candidate } from './candidates.js';
import type { TypedCandidate } from './typed-candidates.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** The letters of the states of the United States and of its cities the gazetteer knows by name only. */
const PLACE_LETTERS = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC NYC SF'.split(
    ' ',
  ),
);

/** Whether the name is an acronym of capitals after a possessive pronoun, before a noun in lower case, and no place's letters. */
const acronymOfPossessed = (c: Candidate) =>
  c.words.length === 1 &&
  /^\p{Lu}{2,6}$/u.test(c.text) &&
  POSSESSIVE_PRONOUNS.has(c.prev.toLowerCase()) &&
  /^\p{Ll}{2,}$/u.test(c.next) &&
  !lookupLocation(c.text) &&
  !PLACE_LETTERS.has(c.text);

/** Retypes (in place) as bodies the places named as above. */
export function bodiesOfPossessedAcronyms(typed: TypedCandidate[]): void {
  for (const t of typed) if (t.type === 'LOCATION' && acronymOfPossessed(t.c)) t.type = 'ORGANIZATION';
}

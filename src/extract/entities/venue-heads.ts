// "at Ashton Park", "an Ellis Park crowd", "on Capitol Hill": a name ending in a place's head that is a
// common surname too ("Park", "Hill": SURNAME_HEADS) is the place where a game is played, a crowd gathers
// or people are, not a person, when the words around it say so ("Ann Park said", "told Tom Hill" stay persons).
import { isFirstName, isKnownPerson } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import { SURNAME_HEADS } from './place-vocabulary.js';
import { isPossessiveMark } from '../tokens.js';

const AT_PLACE = new Set(['at', 'near', 'outside', 'inside']);
const IN_PLACE = new Set(['in', 'on']);
// What a ground holds: "an Ellis Park crowd", "the Ashton Park pitch".
const VENUE_AFTER = new Set(['crowd', 'crowds', 'stadium', 'ground', 'pitch', 'fans', 'faithful', 'turf', 'terraces']);
// Verbs and adjectives whose "at" points at a person: "looked at Ann Park", "angry at Tom Hill".
const AT_PERSON = /^(?:look|laugh|aim|shot|shoot|glar|yell|shout|swip|jab|smil|point|direct|hit|lash|snap|wav|star|angry|mad|furious|upset|jeer|fir)/u;

/** Whether the name ends in a surname's place head and stands where places do: after "at" (no "looked
 *  at"), before a crowd or a pitch, or after "in" or "on" with no given name first ("on Capitol Hill"). */
export function venueBySurnameHead(c: Candidate): boolean {
  const head = c.words[c.words.length - 1]!.toLowerCase();
  if (c.words.length < 2 || !SURNAME_HEADS.has(head) || isPossessiveMark(c.next)) return false;
  if (VENUE_AFTER.has(c.next)) return true;
  if (AT_PLACE.has(c.prev)) return !AT_PERSON.test(c.prevBefore);
  return IN_PLACE.has(c.prev) && !isFirstName(c.words[0]!) && !isKnownPerson(c.words[0]!);
}

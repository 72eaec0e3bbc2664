// "Sinn Fein leader Gerry Adams", "Forza Italia chief Ada Rossi", "Shiv Sena spokesman Arun Rao": a
// name right before the role of who leads or speaks for a body, then the holder's name, is the body,
// wherever the story names it; a place keeps its type ("Kashmir leader Farooq Abdullah"), and a word
// the story left without a type is more often a people's than a body's ("Tutsi leader …"), as a
// party's member is ("Senate Republican leader …").
import { lookupLocation } from '../gazetteer.js';
import { isKnownPerson } from '../lexicon.js';
import { namesNoEntity } from './no-entity-names.js';
import type { TypedCandidate } from './typed-candidates.js';
import { nameKey, retypeAsOrganizations } from './retype.js';
import { PARTY_WORDS } from './person-vocabulary.js';

const LED_BY = /^\s+(?:leader|chief|chairman|chairwoman|spokesman|spokeswoman|secretary-general|founder)\s+\p{Lu}\p{Ll}/u;
// Names are short: the role and the holder's first letters lie within these characters.
const WINDOW = 40;

/** Retypes as organizations (in place) the names the story shows led so, where it typed them a person
 *  (or left a longer name without a type) and the context did not decide (`decided`). */
export function bodiesByLeaders(text: string, typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean): void {
  const open = (t: TypedCandidate) =>
    (t.type === 'PERSON' || (t.type === null && t.c.words.length > 1)) &&
    !t.headline &&
    !t.c.onlyIfKnown &&
    !t.c.titles.length &&
    !t.c.honorific &&
    !decided(t);
  const bodies = new Set<string>();
  for (const t of typed) {
    const last = t.c.words[t.c.words.length - 1]!.toLowerCase();
    if (!open(t) || t.c.words.length > 3 || PARTY_WORDS.has(last) || lookupLocation(t.c.text) || namesNoEntity(t.c) || isKnownPerson(t.c.text)) continue;
    if (LED_BY.test(text.slice(t.c.end, t.c.end + WINDOW))) bodies.add(nameKey(t));
  }
  retypeAsOrganizations(typed, bodies, open);
}

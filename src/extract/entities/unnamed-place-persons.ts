// "Washington said the tariffs would stay": a capital, alone, that a speech verb made a person's, is the
// government seated there when the story names no one by it:
// no person in full with it as surname ("MaliVai Washington … Washington said"), no title or honorific
// before it ("Mr. Lestow"), no given name or known person's surname it is too ("Houston", "Jackson"),
// nothing else deciding it, and no sports report, where players go by surname. Retypes in place.
import { isCapital } from '../gazetteer.js';
import { isFirstName, isKnownPerson } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { key } from './entity-table.js';

/** Retypes as places the lone capitals typed persons that the story gives to no one, as above. */
export function placesNamingNoOne(typed: TypedCandidate[], sports: boolean, isDecided: (t: TypedCandidate) => boolean): void {
  if (sports) return;
  const personal = new Set<string>();
  for (const t of typed) {
    if (t.type !== 'PERSON') continue;
    if (t.c.words.length > 1) personal.add(key(t.c.words[t.c.words.length - 1]!));
    else if (t.c.titles.length || t.c.honorific || isDecided(t)) personal.add(key(t.c.text));
  }
  const lonePlace = (t: TypedCandidate) =>
    t.type === 'PERSON' && t.c.words.length === 1 && !personal.has(key(t.c.text)) && !isFirstName(t.c.text) && !isKnownPerson(t.c.text) && isCapital(t.c.text);
  for (const t of typed) if (lonePlace(t)) t.type = 'LOCATION';
}

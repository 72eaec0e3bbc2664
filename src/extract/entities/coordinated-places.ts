// "Factories in Gazipur and Narayanganj", "from Goma to Rutshuru and Masisi": names joined by "and" or
// "or" after a preposition of place are places together. A word no gazetteer knows, left untyped or
// taken for an organization, next to such a place is a place too, and so, outside sports reports, is a
// place the gazetteer knows that a club's name made an organization ("flights to Perth and Adelaide"). Each candidate is compared with its
// neighbours only, so the work stays linear.
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownOrganization } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { doesAsSide } from './report-sides.js';

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'between', 'around', 'outside', 'inside']);
const AND = /^,?\s+(?:and|or)\s+$/u;
const COMMA = /^,\s+$/u;
const CLAUSE_AND = /^,\s+(?:and|or)\s+$/u;

/** A word the story could mean as a place: one unknown word, not an organization by its own words, or,
 *  outside sports reports, one the gazetteer knows ("flights to Perth and Adelaide"; a report's
 *  "Perth and Adelaide" may be two sides). */
const mayBePlace = (t: TypedCandidate, sports: boolean) =>
  (t.type === null || t.type === 'ORGANIZATION') &&
  !t.headline &&
  !t.caps &&
  t.c.words.length === 1 &&
  /^\p{Lu}\p{Ll}{3,}$/u.test(t.c.text) &&
  !isCommonWord(t.c.text) &&
  !isKnownOrganization(t.c.text) &&
  (lookupLocation(t.c.text) ? !sports : !isFirstName(t.c.text));

/** Whether candidates from `i` on are listed with commas, within a few, until an "and" or "or" brings the
 *  last, a place where the list runs past the next ("outside Moscow, Interfax, Tass and Itar said" lists none). */
function listEndsWithAnd(typed: TypedCandidate[], i: number, between: (a: TypedCandidate, b: TypedCandidate) => string): boolean {
  for (let k = i; k + 1 < typed.length && k - i < MAX_LISTED; k++) {
    const gap = between(typed[k]!, typed[k + 1]!);
    if (AND.test(gap)) return k === i || typed[k + 1]!.type === 'LOCATION' || !!lookupLocation(typed[k + 1]!.c.text);
    if (!COMMA.test(gap)) return false;
  }
  return false;
}
const MAX_LISTED = 8;

/** Types as places (in place) the unknown words listed with a place after a preposition of place;
 *  `decided`: candidates whose type the context decided, left alone. */
export function coordinatedPlaces(typed: TypedCandidate[], text: string, decided: (t: TypedCandidate) => boolean, sports: boolean): void {
  // The first member of each list: a place after its preposition ("in Gazipur").
  let listed = false;
  let members = 0;
  for (let i = 0; i < typed.length; i++) {
    const t = typed[i]!;
    const before = typed[i - 1];
    const after = typed[i + 1];
    // "in Moscow, Interfax said" is no list; "in Goma, Masisi and Rutshuru" is; "at Ibrox, and
    // Rangers beat Dundee" opens a clause: a list of two takes no comma before its "and".
    const between = (a: TypedCandidate, b: TypedCandidate) => text.slice(a.c.end, b.c.start);
    const clauseAfterPlace = !!before && members === 1 && CLAUSE_AND.test(between(before, t));
    // "in Euston, Glasgow, Cardiff and Belfast": a comma joins a member to a list whose last member "and" brings.
    const joined =
      !!before && !clauseAfterPlace && (AND.test(between(before, t)) || (COMMA.test(between(before, t)) && !!after && listEndsWithAnd(typed, i, between)));
    members = joined ? members + 1 : 1;
    if (!joined) listed = t.type === 'LOCATION' && PLACE_PREPOSITIONS.has(t.c.prev);
    // "at Kingsholm and Orrell beat Sale": in a sports report a name doing what a side does opens a clause.
    else if (listed && mayBePlace(t, sports) && !decided(t) && !(sports && doesAsSide(t))) t.type = 'LOCATION';
    else listed = listed && t.type === 'LOCATION';
  }
}

// "analysts at Hoare Govett and James Capel", "shares of Barclays, Lloyds and NatWest": words before a
// list that say its first name is a firm's say so of every name listed with it, though a later one
// looks like a person's. Only neighbouring candidates are compared: linear in the text's length.
import { lookupLocation } from '../gazetteer.js';
import { firmContextBefore } from './organization-context.js';
import type { TypedCandidate } from './typed-candidates.js';
import { nameKey, retypeAsOrganizations } from './retype.js';

const JOINED = /^\s*,?\s*(?:and|or)\s*$/u;
const COMMA = /^\s*,\s*$/u;

const SERIAL_AND = /^\s*,\s*(?:and|or)\s*$/u;

/** Whether `t` is listed after `previous`: by "and" or "or", or by a comma where the list goes on after
 *  `t` ("Barclays, Lloyds and NatWest"; "at Torino, Emiliano Mondonico" is an apposition). A comma before
 *  "and" ends a list only where commas listed `previous` ("Barclays, Lloyds, and NatWest"): after a
 *  single name it closes an apposition ("a professor at Harwick University, and Tom Brann …"). */
function listedAfter(text: string, previous: TypedCandidate, t: TypedCandidate, next: TypedCandidate | undefined, inList: boolean): boolean {
  const between = text.slice(previous.c.end, t.c.start);
  if (SERIAL_AND.test(between)) return inList;
  if (JOINED.test(between)) return true;
  if (!COMMA.test(between) || !next) return false;
  const after = text.slice(t.c.end, next.c.start);
  return JOINED.test(after) || COMMA.test(after);
}

/** Retypes as organizations (in place), wherever the story names them untitled, the names listed after
 *  a firm that its context types as one; not a place, nor a name with a title. */
export function firmsListedTogether(text: string, typed: TypedCandidate[]): void {
  const firms = new Set<string>();
  let listOpen = false;
  let previousListed = false;
  for (let i = 0; i < typed.length; i++) {
    const t = typed[i]!;
    const previous = typed[i - 1];
    const listed: boolean = !!previous && listOpen && listedAfter(text, previous, t, typed[i + 1], previousListed);
    previousListed = listed;
    listOpen = t.type === 'ORGANIZATION' && !t.headline && (firmContextBefore(t.c) || listed);
    if (!listed || t.headline || t.c.titles.length || t.c.honorific || t.c.words.length > 3 || lookupLocation(t.c.text)) continue;
    if (t.type === 'PERSON' || t.type === null) firms.add(nameKey(t));
    listOpen = true;
  }
  retypeAsOrganizations(typed, firms, (t) => t.type !== 'LOCATION' && !t.c.titles.length && !t.c.honorific);
}

// Results lines of motor racing and cycling: "3. Ann Holt (Canada), Lorca Ford, 1:02.115", "4. Tom Weller
// (Belgium) Vantor 5:03:12". A rider's or driver's team (or car) stands between the nationality in
// brackets and the time or points: an organization, whatever its words would be alone.
import { lookupLocation } from '../gazetteer.js';
import { isSpaceAt } from '../plain-tokens.js';
import { isNation } from './sport-sides.js';
import type { TypedCandidate } from './typed-candidates.js';

/** A name's nationality in brackets, and a comma, right before: "Holt (Canada), ". */
const NATIONALITY_BEFORE = /\p{L}\.?\s+\(([^()\n]{2,30})\)\s*,?\s*$/u;
/** A time, a lap's speed or points right after on the same line, or the leader's time: ", 1:02.115", " 5:03:12",
 *  " 11", " same time" (a score opening the next line is the next row's: "71 Ann Holt (Canada), Tom Pike\n72 …"). */
const FIGURE_AFTER = /^[^\S\n]*,?[^\S\n]*(?:\d|same time\b)/u;

/** Whether the name stands where a results line puts an entrant's team. */
function namesEntrantTeam(text: string, t: TypedCandidate): boolean {
  const from = Math.max(0, t.c.start - 60);
  if (!closesBracketBefore(text, from, t.c.start)) return false;
  const nationality = NATIONALITY_BEFORE.exec(text.slice(from, t.c.start));
  return !!nationality && isNation(lookupLocation(nationality[1]!) ?? '') && FIGURE_AFTER.test(text.slice(t.c.end, t.c.end + 12));
}

/** Whether text[from, end) ends in ")" and the spaces and comma NATIONALITY_BEFORE allows after it:
 *  the pattern, anchored at its end, would try every offset of the 60 characters before each name to
 *  find no bracket there. */
function closesBracketBefore(text: string, from: number, end: number): boolean {
  let i = end - 1;
  while (i >= from && isSpaceAt(text, i)) i--;
  if (i >= from && text[i] === ',') i--;
  while (i >= from && isSpaceAt(text, i)) i--;
  return i >= from && text[i] === ')';
}

/** Types as organizations the teams a results line names after its entrants' nationalities. */
export function entrantTeams(text: string, typed: TypedCandidate[]): void {
  for (const t of typed) if (namesEntrantTeam(text, t)) t.type = 'ORGANIZATION';
}

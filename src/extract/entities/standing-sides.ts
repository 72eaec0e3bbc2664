// "Lying three points behind Varnok", "Kelvo are five points clear of Marbury": in a sports report the
// name a gap in points is counted from is a side's: a club's where the name has no type or is a town's,
// wherever the story names it. A nation's side stays the nation, a person (a driver, a player) a person.
import { nameKey, retypeAsOrganizations } from './retype.js';
import { namesNationPlace } from './sport-sides.js';
import type { TypedCandidate } from './typed-candidates.js';

/** A gap in points right before the side: "three points behind", "12 points clear of the". */
const POINTS_APART =
  /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+points?\s+(?:behind|(?:ahead|clear|adrift)\s+of)\s+(?:the\s+)?$/u;
/** The last word a gap's phrase may end in before the side (asked first: cheaper than the pattern). */
const GAP_END = /^(?:behind|of|the)$/u;

/** A name that may be a club's: untitled, of no type or a town's. */
const mayBeClub = (t: TypedCandidate) =>
  !t.headline && !t.c.titles.length && !t.c.honorific && (t.type === null || (t.type === 'LOCATION' && !namesNationPlace(t.c.text)));

/** Retypes as organizations (in place) the sides a gap in points is counted from; none unless `sports`. */
export function sidesByPoints(text: string, typed: TypedCandidate[], sports: boolean): void {
  if (!sports) return;
  const clubs = new Set<string>();
  for (const t of typed)
    if (GAP_END.test(t.c.prev) && mayBeClub(t) && POINTS_APART.test(text.slice(Math.max(0, t.c.start - 40), t.c.start))) clubs.add(nameKey(t));
  retypeAsOrganizations(typed, clubs, mayBeClub);
}

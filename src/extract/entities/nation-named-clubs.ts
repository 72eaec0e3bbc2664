// "Bastia 2 Monaco 1", "Lyon 15 6 4 5 20 19 22 / Monaco 15 9 4 2 25 11 31": a nation's name among the
// clubs of a results line or league table names a club (a nation's side is named as the nation, so the
// table typed it a place): the club wherever the story names it, but at a venue ("in Monaco") or in the
// dateline. A table of nations ("Italy 3 3 0 0 7 1 9 / England 3 2 0 1 5 2 6") stays one of places.
import { nameKey, retypeAsOrganizations } from './retype.js';
import { namedAsVenue } from './report-sides.js';
import { namesNationPlace } from './sport-sides.js';
import type { TypedCandidate } from './typed-candidates.js';

/** Retypes as organizations (in place) the nations' names whose neighbours in a table are clubs' on both sides (on one at its ends). */
export function clubsNamedForNations(typed: TypedCandidate[]): void {
  const sides = typed.filter((t) => t.c.teamInTable);
  const isClub = (t: TypedCandidate | undefined) => !t || !namesNationPlace(t.c.text);
  const clubs = new Set<string>();
  for (const [i, t] of sides.entries()) {
    const [before, after] = [sides[i - 1], sides[i + 1]];
    if (namesNationPlace(t.c.text) && (before || after) && isClub(before) && isClub(after)) clubs.add(nameKey(t));
  }
  retypeAsOrganizations(typed, clubs, (t) => t.type === 'LOCATION' && !namedAsVenue(t));
}

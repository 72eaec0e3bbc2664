// "Velmora win 3-2 on aggregate", "Korvena Rovers won 4-2 on penalties", "Ostrava go through on away goals":
// a tie decided on aggregate, on penalties or on away goals is a club's (a player wins no tie on aggregate),
// so the name before it is the club's wherever the story names it, whatever its words looked like (a town's,
// a person's); a nation's side stays the nation, a titled name a person, and a town at a venue the town.
import { nameKey, retypeAsOrganizations } from './retype.js';
import { namedAsVenue } from './report-sides.js';
import { namesNationPlace } from './sport-sides.js';
import type { TypedCandidate } from './typed-candidates.js';

const TIE_WON = /^\s+(?:win|wins|won|go|goes|went|lose|loses|lost)\s+(?:through\s+)?(?:\d{1,2}-\d{1,2}\s+)?on\s+(?:aggregate|penalties|away\s+goals)\b/u;

const mayBeClub = (t: TypedCandidate) => !namedAsVenue(t) && !t.c.titles.length && !t.c.honorific && !namesNationPlace(t.c.text);

/** Retypes as organizations (in place) the names a tie is won or lost by as above. */
export function clubsWinningTies(text: string, typed: TypedCandidate[]): void {
  const clubs = new Set<string>();
  for (const t of typed) if (mayBeClub(t) && TIE_WON.test(text.slice(t.c.end, t.c.end + 60))) clubs.add(nameKey(t));
  retypeAsOrganizations(typed, clubs, mayBeClub);
}

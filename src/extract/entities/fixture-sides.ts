// "Al Ahly beat Zamalek 2-1", "Club Zoute drew 1-1 with Anderlecht": the two sides of one result are of
// one kind. Where one is a club, a name on the other side that looks like a person's ("Al Ahly"), a
// town's ("Kolding stunned Vejle 3-1") or no name the typer knew ("Braga drew with Guimaraes") is a club
// too; a tennis result ("Sandra Vos beat Ana Ruiz 6-4 6-3") has persons on both sides, and a nation's
// side stays the nation ("Wales drew with Leeds").
import { isCapital, isSmallTown } from '../gazetteer.js';
import type { TypedCandidate } from './typed-candidates.js';
import { nameKey, retypeAsOrganizations } from './retype.js';
import { namesNoEntity } from './no-entity-names.js';
import { namesCompetition, namesNationPlace } from './sport-sides.js';
import { VENUE_BEFORE } from './report-sides.js';

/** What stands between the two sides: the result's verb, with the score where it comes first. */
const BETWEEN =
  /^\s+(?:beat|defeated|thrashed|edged|routed|overcame|stunned|crushed|trounced|hammered|thumped|walloped|downed|outclassed|outplayed|demolished|humbled|upset|swept|(?:eased|cruised|edged|squeezed)\s+past|saw\s+off|drew(?:\s+\d{1,2}-\d{1,2})?\s+with|lost(?:\s+\d{1,2}-\d{1,2})?\s+to|were\s+beaten\s+by|(?:were|was)\s+held\s+(?:to\s+a\s+(?:\d{1,2}-\d{1,2}\s+|goalless\s+|scoreless\s+)?draw\s+)?by|(?:drew|lost|won)\s+\d{1,2}-\d{1,2}\s+(?:with|to|against|at))\s+$/u;
/** "Feyenoord and Velmora Rovers will meet in the final", "… meet on Sunday": two sides joined by "and" before
 *  the verb of a fixture still to be played or just played. */
const JOINED = /^\s+and\s+$/u;
const MEETING_AFTER = /^\s+(?:(?:will|are\s+to|are\s+due\s+to|are\s+set\s+to)\s+)?(?:meet|met|clash|clashed|face\s+off|play\s+(?:each\s+other|on|in|at))\b/u;
/** A single score after the second side ("2-1 at home"), not a set's followed by more ("6-4 6-3"). */
const ONE_SCORE_AFTER = /^\s+\d{1,2}-\d{1,2}(?!\s*\(?\d)/u;
const SCORE_BETWEEN = /\d-\d/u;
/** A draw needs no score to be one between sides: "drew with", "were held to a goalless draw by" (players of a game drawn are of one kind too). */
const DRAWN = /\b(?:drew\s+with|held\b)/u;

/** A side of a result that may be the club the other side shows: a person's name with no title, a
 *  town's (not a nation's, nor where it stands as a venue or the dateline), or a name of no type that
 *  is no people nor competition. */
const mayBeClub = (t: TypedCandidate) => {
  if (t.c.titles.length || t.c.honorific || t.dateline) return false;
  if (t.type === 'PERSON') return true;
  if (t.type === 'LOCATION') return !namesNationPlace(t.c.text) && !VENUE_BEFORE.has(t.c.prev);
  return t.type === null && !namesNoEntity(t.c) && !namesCompetition(t.c);
};

/** A town's name, no capital's nor a large city's (those speak for a government or are known by their clubs). */
const townOfNoClubOwnName = (t: TypedCandidate) => t.type === 'LOCATION' && !isCapital(t.c.text) && isSmallTown(t.c.text);

/** Retypes (in place) as a club each side of a result that may be one (see mayBeClub) when the other
 *  side is an organization, wherever the story names it so. */
export function sidesOfOneKind(text: string, typed: TypedCandidate[]): void {
  const clubs = new Set<string>();
  for (let i = 1; i < typed.length; i++) {
    const [a, b] = [typed[i - 1]!, typed[i]!];
    if (a.headline || b.c.start - a.c.end > 40) continue;
    const between = text.slice(a.c.end, b.c.start);
    const after = text.slice(b.c.end, b.c.end + 30);
    const result = BETWEEN.test(between) && (SCORE_BETWEEN.test(between) || DRAWN.test(between) || ONE_SCORE_AFTER.test(after));
    // Sides joined by "and" are no result's: there a person is as likely ("the EU and Holt will meet"), and only
    // a town no capital nor large city is read as its club ("London" meeting is its government).
    const meeting = !result && JOINED.test(between) && MEETING_AFTER.test(after);
    if (!result && !meeting) continue;
    for (const [side, other] of [
      [a, b],
      [b, a],
    ] as const)
      if (other.type === 'ORGANIZATION' && side.type !== 'ORGANIZATION' && mayBeClub(side) && (!meeting || townOfNoClubOwnName(side))) clubs.add(nameKey(side));
  }
  retypeAsOrganizations(typed, clubs, mayBeClub);
}

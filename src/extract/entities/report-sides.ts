// The places and names a sports report means as sides ("Chicago beat Miami 99-92", "Vicenza stay
// top", "Tottenham's Darren Anderton"): the typer makes them the side's organization wherever the
// report names them, but at a venue ("in Chicago") or in the dateline.
import { isLargeCity, lookupLocation, isDemonymWord } from '../gazetteer.js';
import { isFirstName, isKnownOrganization, isKnownPerson } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { isNation, playsAsTeam, playerOfNation, namesNationPlace } from './sport-sides.js';
import { isInitials } from './name-words.js';
import { resultByScore, scoredAgainst, visitedAtHome } from './away-sides.js';
import { namesPartyMembers } from './party-names.js';
import { plainLower } from './typer-features.js';
import { resultFor } from './result-sides.js';
import { liftedToResult } from './lifted-sides.js';
import { fullNameSurnames } from './retype.js';
import { isTitleCasePlural } from '../tokens.js';

// Where a place named in a sports report is the venue, not the side: "in Chicago", "at Leeds".
export const VENUE_BEFORE = new Set(['in', 'at', 'near', 'outside']);

/** Whether a candidate names where a game was played or the story was filed: at a venue or in the
 *  dateline, where a place stays the place whatever side bears its name. */
export const namedAsVenue = (t: TypedCandidate): boolean => t.dateline || VENUE_BEFORE.has(t.c.prev);

/** The places a sports report names as sides in its running text ("Chicago beat Miami 99-92",
 *  "a 75-19 victory over Gloucester"): there the report means the side wherever it names the
 *  place ("35 points for Chicago"), but at a venue or in the dateline. A nation's side stays the
 *  nation (see classify). Lower-cased names; none unless `sports` (the text is a sports report). */
export function sidesOfReport(typed: TypedCandidate[], text: string, sports: boolean): Set<string> {
  const sides = new Set<string>();
  if (!sports) return sides;
  const unknown = unknownNames(typed);
  for (const t of typed) {
    if (t.type === 'ORGANIZATION' && !t.caps && !t.headline && playsAsTeam(t.c)) sides.add(plainLower(t.c.text));
    else if (visitedAtHome(t, text) || resultByScore(t, text) || scoredAgainst(t, text)) sides.add(plainLower(t.c.text));
    else if (
      !t.headline &&
      (fieldsPlayer(t, text) ||
        pluralAsSide(t) ||
        clubOfTown(t) ||
        describedAsSide(t) ||
        namedBeforeSideNoun(t) ||
        townAsWho(t, text) ||
        scoredAfter(t) ||
        beatenBy(t, text) ||
        givenResult(t, text) ||
        carriedSide(t, text, unknown) ||
        resultFor(t, text, (side) => townOfNoNation(side.c.text) || pluralNamedSide(side)))
    )
      sides.add(plainLower(t.c.text));
  }
  addListedSides(typed, text, sides);
  return sides;
}

/** "Melrose beat Stirling County 33-20": a town's name before a score of two sides in running text (a nation's side stays the nation). */
const scoredAfter = (t: TypedCandidate) =>
  !t.caps && t.type === 'LOCATION' && /^\d{1,3}-\d{1,3}$/u.test(t.c.next) && !t.c.titles.length && !namesNationPlace(t.c.text);

// Words a report puts before a side's name: "newly promoted Verona", "Cup hopefuls Parma", "holders Juventus", "bottom club Breda".
const SIDE_DESCRIPTION =
  /^(?:(?:newly-)?promoted|relegated|hopefuls|leaders|holders|newcomers|visitors|outsiders|underdogs|strugglers|\p{Ll}+-placed|club|side|rivals|champions|hosts|opponents|neighbours)$/u;
const describedAsSide = (t: TypedCandidate) =>
  !t.caps && t.c.words.length === 1 && SIDE_DESCRIPTION.test(t.c.prev) && !isFirstName(t.c.text) && !namesNationPlace(t.c.text);

/** "his young Harriers side", "the Saracens team": a name a report puts before its side's noun is the side; a
 *  place's name there stays the place ("the Volgograd side", "the England team"), a person's the person. */
const namedBeforeSideNoun = (t: TypedCandidate) =>
  !t.caps &&
  t.type !== 'PERSON' &&
  /^(?:side|team|squad|outfit)$/u.test(t.c.next) &&
  !t.c.titles.length &&
  !isFirstName(t.c.words[0]!) &&
  !lookupLocation(t.c.text);

/** "Hercules, who have won only once", "Nottingham Forest, who were docked": a town (or a town and a word after it) said to be "who" in a sports report is its side (a nation's
 *  side stays the nation), but not with a verb in the singular after "who" nor a known surname ("Sheffield,
 *  who was benched", "Ferguson, who served"). */
const townAsWho = (t: TypedCandidate, text: string) => {
  if (t.caps || t.c.next !== ',' || t.c.nextAfter !== 'who' || t.c.titles.length || isKnownPerson(t.c.text)) return false;
  if (!townOfNoNation(t.c.text) && !(namedForTown(t) && !isFirstName(t.c.words[0]!))) return false;
  const verb = /^\s*,\s*who\s+(\p{Ll}+)/u.exec(text.slice(t.c.end, t.c.end + 40))?.[1] ?? '';
  return !/^(?:is|was|has|does)$|[^s]s$/u.test(verb);
};

/** "Newcastle were held at Anfield by Nottingham Forest", "Bath were beaten 28-15 by Leicester": a town (or a town
 *  and a word after it) a side was held or beaten by is a side (a nation's stays the nation; "beaten in straight
 *  sets by Philippoussis" names no town). */
const beatenBy = (t: TypedCandidate, text: string) =>
  t.c.prev === 'by' && !t.caps && !t.c.titles.length && namedAsTown(t) && BEATEN_BY.test(text.slice(Math.max(0, t.c.start - 60), t.c.start));
const BEATEN_BY = /\b(?:were|was|been|being)\s+(?:held|beaten|defeated|thrashed|hammered|edged|knocked\s+out)\b[^.;:!?"“”]{0,40}?\bby\s+$/u;

/** "to give Minnesota a 3-2 win", "gave Texas a 5-4 lead in the eighth": a town (or a town and a word after it)
 *  given a lead or a win is a side (a nation's stays the nation). */
const givenResult = (t: TypedCandidate, text: string) =>
  /^(?:give|gives|gave|giving|handed|hand|hands)$/u.test(t.c.prev) &&
  !t.caps &&
  !t.c.titles.length &&
  namedAsTown(t) &&
  /^\s+an?\s+(?:\d{1,3}-\d{1,3}\s+|(?:\p{Ll}+-run|first|early|late|narrow|comfortable)\s+)?(?:lead|win|victory|advantage)\b/u.test(
    text.slice(t.c.end, t.c.end + 40),
  );

/** "to lift Seattle past Boston", "Valencia's 2-1 win", "Velmora held Korvena to a 1-1 draw": a town (or a town
 *  and a word after it), or a name the gazetteer and the lexicon lack, carried to, owning, holding or held to a
 *  result (a nation's stays the nation). */
const carriedSide = (t: TypedCandidate, text: string, unknown: (t: TypedCandidate) => boolean) =>
  !t.caps && !t.c.titles.length && (namedAsTown(t) || unknown(t)) && liftedToResult(t.c.prev, t.c.end, text);

/** Whether a name of a word or two is none the gazetteer or the lexicon knows, no given name opens it and
 *  the story names no person in full with its last word ("Tom Pike … Pike's 2-1 win" is a player's). */
function unknownNames(typed: TypedCandidate[]): (t: TypedCandidate) => boolean {
  const surnames = fullNameSurnames(typed, plainLower);
  return (t) =>
    t.type === null &&
    t.c.words.length <= 2 &&
    !t.c.honorific &&
    !lookupLocation(t.c.text) &&
    !isFirstName(t.c.words[0]!) &&
    !isKnownPerson(t.c.text) &&
    !isKnownOrganization(t.c.text) &&
    !surnames.has(plainLower(t.c.words[t.c.words.length - 1]!));
}

/** Whether a name is a place's but no nation's: "Leeds", "Ohio", not "England". */
const townOfNoNation = (name: string) => {
  const place = lookupLocation(name);
  return !!place && !isNation(place);
};

/** "Lazio and Bologna", "Parma, Roma and Udinese": a town listed with a side, as the report names
 *  sides, is one too (the list is read both ways, so a side anywhere in it counts). */
function addListedSides(typed: TypedCandidate[], text: string, sides: Set<string>): void {
  const isSide = (t: TypedCandidate) => sides.has(plainLower(t.c.text)) || (t.type === 'ORGANIZATION' && !lookupLocation(t.c.text));
  const listed = (a: TypedCandidate, b: TypedCandidate) => a.headline === b.headline && /^\s*(?:,|,?\s*and|,?\s*or)\s*$/u.test(text.slice(a.c.end, b.c.start));
  for (const order of [typed, [...typed].reverse()]) {
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      const [first, second] = order === typed ? [a, b] : [b, a];
      if (!listed(first, second) || !isSide(a) || b.caps || b.headline || b.c.words.length > 1 || !townOfNoNation(b.c.text)) continue;
      sides.add(plainLower(b.c.text));
    }
  }
}

/** "Eintracht Kassel", "Celta Vigo", "Sparta Prague": in a sports report a name of a word or two
 *  that is no given name, initial or people, then a city, is the city's club. */
function clubOfTown(t: TypedCandidate): boolean {
  const words = t.c.words;
  const last = words[words.length - 1]!;
  if (t.caps || t.c.titles.length || words.length < 2 || words.length > 3 || !isLargeCity(last) || lookupLocation(t.c.text) || playerOfNation(t.c))
    return false;
  return townOfNoNation(last) && words.every((w) => /^\p{Lu}/u.test(w)) && !isFirstName(words[0]!) && !isInitials(words[0]!) && !isDemonymWord(words[0]!);
}

// Verbs a side takes in the plural: "Vicenza stay top", "Parma were held", "Bochum have won".
const PLURAL_VERB = /^(?:are|were|have|stay|remain|lead|go|climb|drop|slip|face|meet|host|need|travel|play|move)$/u;
// What a side does, as American reports write it of a city: "Miami rallied", "Denver hosts Utah".
const SIDE_VERB =
  /^(?:rallied|hosts|hosted|visits|visited|clinched|improved|trailed|trails|outscored|swept|snapped|routed|edged|blanked|stays|remains|stayed|remained|went|crushed|thrashed|drew|moved|slipped)$/u;
// What a side does in a match, in the past: "Houston lost", "Seattle won in 10 innings".
const RESULT_VERB = /^(?:lost|won|beat)$/u;
const BOTH = /^(?:both|all)$/u;
// ... and what it does to the other side: "hosts Boston", "visit Toronto", "swept Seattle".
const SIDE_OBJECT_VERB = /^(?:hosts?|hosted|visits?|visited|swept|blanked|routed|outscored|edged|faces?|meets?)$/u;

/** "Wasps drew", "Orrell beat Sale", "Houston and St Louis both lost", "Los Angeles fell to 21-17": the name
 *  is followed by what a side does, or by the fall of its record. */
export const doesAsSide = (t: TypedCandidate) => {
  const verb = BOTH.test(t.c.next) ? t.c.nextAfter : t.c.next;
  return (
    PLURAL_VERB.test(verb) ||
    SIDE_VERB.test(verb) ||
    RESULT_VERB.test(verb) ||
    (RECORD_FALL.test(t.c.next) && t.c.nextAfter === 'to') ||
    (/^(?:has|had)$/u.test(t.c.next) && PERFECT_RESULT.test(t.c.nextAfter))
  );
};
// ... with "has" or "had", as American reports write of a city: "Montreal has won five of its last six".
const PERFECT_RESULT = /^(?:won|lost|clinched|dropped)$/u;
const RECORD_FALL = /^(?:fell|dropped)$/u;

/** "Vicenza stay top", "Miami rallied", "the Bulls visit Toronto": a town (not a nation) or a name in
 *  the plural that opens its clause with what a side does, or that a side does it to, in a sports report is its side. */
function pluralAsSide(t: TypedCandidate): boolean {
  // The town opens its clause: "besieging Turin were defeated" has another subject.
  const opens = /^(?:|[.,;:!?"“”]|and|but|while)$/u.test(t.c.prev);
  const acts = opens && doesAsSide(t);
  return !t.caps && (acts || SIDE_OBJECT_VERB.test(t.c.prev)) && !t.c.titles.length && !isFirstName(t.c.words[0]!) && (namedAsTown(t) || pluralNamedSide(t));
}

/** "Wasps stayed second", "Harlequins crushed …": a word in the plural that is no place, people, party's
 *  members nor known person's name. */
const pluralNamedSide = (t: TypedCandidate) =>
  t.c.words.length === 1 &&
  isTitleCasePlural(t.c.text) &&
  !isKnownPerson(t.c.text) &&
  !lookupLocation(t.c.text) &&
  !isDemonymWord(t.c.text) &&
  !namesPartyMembers(t.c.text) &&
  !t.c.onlyIfKnown;

/** "Nottingham Forest", "Derby County": a town and a word after it the gazetteer does not know together. */
const namedForTown = (t: TypedCandidate) => t.c.words.length === 2 && townOfNoNation(t.c.words[0]!) && !lookupLocation(t.c.text);

/** "Leeds", "Nottingham Forest": a town (a nation's side stays the nation), or a town and a word after it. */
const namedAsTown = (t: TypedCandidate) => townOfNoNation(t.c.text) || namedForTown(t);

// "Galatasaray's Romanian international", "Reggiana's new striker": a side's players, named after it.
const PLAYER_AFTER =
  /^['’]s\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:(?:new|former|veteran|young|teenage|star)\s+)?(?:striker|midfielder|defender|goalkeeper|keeper|international|forward|winger|playmaker|fullback|full-back|players?|fans|supporters)\b/u;

// "Tottenham's Darren Anderton": a side's player named in full after its possessive.
const NAMED_PLAYER_AFTER = /^['’]s\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}/u;

/** Whether a name other than a nation's is followed by its player: it is a club. */
function fieldsPlayer(t: TypedCandidate, text: string): boolean {
  const after = text.slice(t.c.end, t.c.end + 60);
  const named = NAMED_PLAYER_AFTER.exec(after);
  // "Glenn Hoddle's England players" are a manager's.
  if (t.c.titles.length || isFirstName(t.c.words[0]!) || !(PLAYER_AFTER.test(after) || (named && isFirstName(named[1]!)))) return false;
  const place = lookupLocation(t.c.text);
  return !place || !isNation(place);
}

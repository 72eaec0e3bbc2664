// "Aldershot won 3-1 at home to Bremen": in a sports report the town a side won, lost or drew "at home
// to" is the visiting side, a club, whether the gazetteer knows the town or not. (A town a side played
// "at" after its result, "a 3-1 win at Volendam", is where the match was played: CoNLL-2003 types it a
// place.) So is a name that wins, loses or draws by one score: "Maritimo lost 3-1 at home".
import { lookupLocation } from '../gazetteer.js';
import { isFirstName, isKnownPerson } from '../lexicon.js';
import { isNation } from './sport-sides.js';
import type { TypedCandidate } from './typed-candidates.js';

const AT_HOME_TO = /\bat\s+home\s+to\s+$/iu;

/** Whether the name `t`, no nation's, is the side a result was "at home to"; after the result's verb
 *  also one that reads as a person's ("lost 2-0 at home to Casa Pia"), but a person the lexicon knows. */
export function visitedAtHome(t: TypedCandidate, text: string): boolean {
  if (t.c.prev !== 'to' || t.c.prevBefore !== 'home' || t.c.titles.length || !AT_HOME_TO.test(text.slice(Math.max(0, t.c.start - 16), t.c.start))) return false;
  if (isNoNationNorPerson(t)) return true;
  return !lookupLocation(t.c.text) && !t.c.honorific && !isKnownPerson(t.c.text) && RESULT_AT_HOME.test(text.slice(Math.max(0, t.c.start - 40), t.c.start));
}
// The result's verb and its score before "at home to": "lost 2-0 at home to", "drew at home to".
const RESULT_AT_HOME = /\b(?:won|lost|drew|beaten|defeated|held)(?:\s+\d{1,2}-\d{1,2})?\s+at\s+home\s+to\s+$/u;

const isNoNationNorPerson = (t: TypedCandidate) => {
  const place = lookupLocation(t.c.text);
  return place ? !isNation(place) : t.type !== 'PERSON' && !isFirstName(t.c.words[0]!);
};

// A side's result and one score, in its sentence: "lost 3-1", "beat Porto 2-0", "drew 1-1 with Braga";
// not a player's sets ("beat Chang 6-3 6-4", "won 6-4 in the third set").
// So are "Vitesse, beaten 2-1 by …", "were held 2-2 by …" and "came from behind to beat Velmora 2-1".
const RESULT_BY_SCORE =
  /^(?:\s*,)?\s+(?:(?:came\s+from\s+behind|fought\s+back|hit\s+back|rallied)\s+to\s+(?=beat|draw|win|edge)|(?:were|was|have\s+been|has\s+been)\s+)?(?:beat|beaten|defeated|lost|drew|draw|won|win|held|thrashed|trounced|edged|edge|crushed|routed)\b[^.;:\d]{0,40}?(?!(?:[67]-[0-7]|[0-7]-[67])\b)\d{1,3}-\d{1,3}(?!\s*\(?\d)/u;
// The other side after a result and its score: "a 3-0 win over Roda", "a 2-1 defeat by Breda", "a 1-1 draw with Twente",
// "Seville's 3-0 defeat of Valencia".
const SCORED_AGAINST =
  /(?<![\d-])(?!(?:[67]-[0-7]|[0-7]-[67])\b)\d{1,3}-\d{1,3}\s+(?:(?:home|away)\s+)?(?:win|victory|defeat|loss|draw|triumph|success|thrashing|drubbing)\s+(?:over|against|by|to|with|of)\s+$/u;

/** Whether the name `t`, no nation's nor person's, is the other side of a result and its score ("a 3-0 win over Roda JC"). */
export const scoredAgainst = (t: TypedCandidate, text: string): boolean =>
  !t.caps && !t.c.titles.length && SCORED_AGAINST.test(text.slice(Math.max(0, t.c.start - 40), t.c.start)) && isNoNationNorPerson(t);

/** Whether the name `t`, no nation's nor person's, opens a clause that reports its result by one score ("while Maritimo lost 3-1"). */
export const resultByScore = (t: TypedCandidate, text: string): boolean =>
  !t.caps &&
  !t.c.titles.length &&
  /^(?:|[.,;:!?"“”]|and|but|while|as|after|when|before)$/u.test(t.c.prev) &&
  RESULT_BY_SCORE.test(text.slice(t.c.end, t.c.end + 60)) &&
  isNoNationNorPerson(t);

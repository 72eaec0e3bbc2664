// "Ann Holt won Ohio", "lost Ohio to Tom Weller", "the Ohio senator": a state of the United States is the
// place, whatever the verbs of a contest around it made the rules or the typer see in it, outside a sports
// report; a state's side stays one where a score or "v" shows it plays ("Kentucky beat Duke 80-72"), and a
// state opening a longer name stays that name's ("Ohio State", "Washington Post" in a headline).
import { isUsState } from '../gazetteer.js';
import { isCalendarWord } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import type { TypedCandidate } from './typed-candidates.js';
import { afterScore } from './sport-sides.js';
import { PERSON_TITLES } from './person-vocabulary.js';

const VERSUS = /^(?:v|vs\.?)$/u;

/** A score or "v" beside the name: "Kentucky 80-72", "beat Kentucky 80-72", "Kentucky v Duke". */
const playsByScore = (c: Candidate) => /^\d{1,3}-\d{1,3}$/u.test(c.next) || afterScore(c) || VERSUS.test(c.prev) || VERSUS.test(c.next);

/** A capitalised word right after the name that is no title nor day: "Washington | Post", not "Ohio Gov." nor "Ohio Tuesday". */
function opensLongerName(c: Candidate, text: string): boolean {
  const word = /^ (\p{Lu}[\p{L}.]*)/u.exec(text.slice(c.end, c.end + 40))?.[1];
  return !!word && !PERSON_TITLES.has(word.toLowerCase().replace(/\.$/u, '')) && !isCalendarWord(word);
}

/** Makes a state typed an organization a place (in place); `sportsReport`: the text reads as a sports
 *  report. */
export function statesAsPlaces(typed: TypedCandidate[], text: string, sportsReport: boolean): void {
  if (sportsReport) return;
  for (const t of typed) if (t.type === 'ORGANIZATION' && isUsState(t.c.text) && !playsByScore(t.c) && !opensLongerName(t.c, text)) t.type = 'LOCATION';
}

// "Aldershot won 3-1 at home to Bremen": in a sports report the town a side won, lost or drew "at home
// to" is the visiting side, a club. (A town a side played "at" after its result, "a 3-1 win at Volendam",
// is where the match was played: CoNLL-2003 types it a place.)
import { lookupLocation } from '../gazetteer.js';
import { isNation } from './classify.js';
import type { TypedCandidate } from './typed-candidates.js';

const AT_HOME_TO = /\bat\s+home\s+to\s+$/iu;

/** Whether the town of no nation `t` is the side a result was "at home to". */
export function visitedAtHome(t: TypedCandidate, text: string): boolean {
  if (t.c.prev !== 'to' || t.c.prevBefore !== 'home' || t.c.titles.length || !AT_HOME_TO.test(text.slice(Math.max(0, t.c.start - 16), t.c.start))) return false;
  const place = lookupLocation(t.c.text);
  return !!place && !isNation(place);
}

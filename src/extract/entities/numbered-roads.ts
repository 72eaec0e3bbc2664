// A road's word and its number name a road, a place: "Interstate 95", "Highway 61", "Route 9",
// "Interstates 80 and 90". The number is a word of the name, though capitals do not mark it.
import type { Token } from '../tokens.js';
import type { Candidate } from './candidates.js';

const ROAD_WORD = /^(?:Interstates?|Highways?|Routes?|Motorways?)$/u;
const ROAD_NUMBER = /^\d{1,3}[A-Z]?$/u;

/** The token after a run of one road's word that numbers the road, if any. */
export function roadNumberAfter(words: Token[], next: Token | undefined): Token | undefined {
  return words.length === 1 && ROAD_WORD.test(words[0]!.text) && next && ROAD_NUMBER.test(next.text) && next.start === words[0]!.end + 1 ? next : undefined;
}

/** "Interstate 95": a road's word and its number, the place the rules and no model decide. */
export const namesNumberedRoad = (c: Candidate) => c.words.length === 2 && ROAD_WORD.test(c.words[0]!) && ROAD_NUMBER.test(c.words[1]!);

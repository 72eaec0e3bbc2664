// "narrow wins for Hornets and Rotherham", "a 24-10 win for Ravens", "a heavy defeat for Otley": in a
// sports report the name a result is "for" is a side, a town's (not a nation's: "a win for England") or
// a name in the plural's.
import type { TypedCandidate } from './typed-candidates.js';

const RESULT_FOR = /\b(?:wins?|victory|victories|success(?:es)?|triumphs?|defeats?|loss(?:es)?|draws?)\s+for\s+$/u;

/** Whether a result is "for" the name (`namesSide` says whether it may name a side). */
export const resultFor = (t: TypedCandidate, text: string, namesSide: (t: TypedCandidate) => boolean) =>
  t.c.prev === 'for' && !t.caps && !t.headline && !t.c.titles.length && RESULT_FOR.test(text.slice(Math.max(0, t.c.start - 30), t.c.start)) && namesSide(t);

// A count hedged before the noun it counts: "At least half of voters said", "more than 20 lawmakers
// say", "nearly a third of residents". The hedge is one with the count: a speaker phrase opening at the
// count keeps it whole, never a piece of it ("least half of voters").
import { isSpeltCount } from './word-classes.js';
import type { Token } from './tokens.js';

/** Words a hedge is made of; which of their sequences are hedges is HEDGE. */
const HEDGE_WORD = /^(at|least|most|more|less|fewer|than|up|to|as|many|few|nearly|almost|about|around|roughly|some|over|under|well|just|only|close)$/iu;
const HEDGE =
  /^(?:(?:well|just|only)\s+)?(?:at least|at most|more than|less than|fewer than|up to|as many as|as few as|close to|nearly|almost|about|around|roughly|some|over|under)$/iu;
/** A count as the noun phrase's first word: "12", "twelve", "half", "dozens", "two-thirds". */
const COUNT = /^(?:\p{N}[\p{N},.]*%?|one|half|dozens|hundreds|thousands|millions|(?:one|two|three)-(?:thirds?|quarters?))$/iu;
/** A count after "a": "a third", "a dozen", "a majority". */
const COUNT_AFTER_A = /^(?:third|quarter|fifth|dozen|handful|majority|minority|hundred|thousand|million)$/iu;

/** Whether the words from `c` open with a count. */
function opensCount(tokens: Token[], c: number): boolean {
  const word = tokens[c]?.text ?? '';
  if (COUNT.test(word) || isSpeltCount(word)) return true;
  return /^an?$/iu.test(word) && COUNT_AFTER_A.test(tokens[c + 1]?.text ?? '');
}

/** Where a phrase opening at token `k` (its last word at `j`) opens with the hedge of its count taken
 *  whole: the hedge's first word, or `k` when the phrase opens with no count. */
export function hedgedCountStart(tokens: Token[], k: number, j: number): number {
  // ("At least half": the walk to the phrase's start may have taken in part of the hedge.)
  let count = k;
  while (count < j && HEDGE_WORD.test(tokens[count]!.text)) count++;
  if (!opensCount(tokens, count)) return k;
  for (let start = Math.max(0, count - 3); start < count; start++) {
    const words = tokens.slice(start, count).map((t) => t.text);
    if (HEDGE.test(words.join(' '))) return start;
  }
  return k;
}

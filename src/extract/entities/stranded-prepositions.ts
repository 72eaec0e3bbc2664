// "One of the lobbying firms Pike and Holt worked with has ties to …": names after a kind of firm that a
// verb and a preposition ending the clause follow are the subject of a clause about the firms, not the
// firms' names ("the firm Pike worked with regulators" and "investment banks Lazard and Rothschild" name firms).
import { isFiniteVerb } from '../lexicon.js';
import type { Token } from '../tokens.js';

const PREPOSITION = /^(?:with|for|to|on|at|about|from|against|into|by|under)$/u;
/** A name's word or what lists names: "Holt", "and", ",". */
const LISTED = /^(?:\p{Lu}[\p{L}'’.-]*|and|or|,)$/u;
/** A finite verb, or a word in "-ed" the lexicon does not list ("founded"). */
export const VERB = (word: string) => isFiniteVerb(word) || /^\p{Ll}{2,}ed$/u.test(word);

/** Whether the tokens from `after` (right after a name) are a clause ending in a preposition: names
 *  listed with it, a verb, a preposition, then the clause's end or the verb of the sentence it sits in. */
export function strandsPreposition(tokens: Token[], after: number): boolean {
  let i = after;
  while (i < tokens.length && i < after + 6 && LISTED.test(tokens[i]!.text)) i++;
  if (!VERB(tokens[i]?.text ?? '') || !PREPOSITION.test(tokens[i + 1]?.text ?? '')) return false;
  const end = tokens[i + 2]?.text;
  return end === undefined || !/^\p{L}/u.test(end) || isFiniteVerb(end);
}

// "“We will win,” said Tom Rath, a party veteran who had endorsed Ann Holt", "…, says Ida Brandt,
// who supports the levy": a relative clause on the speaker named after an inverted cue tells who that
// speaker is, a stance held; its verb and object ("endorsed Ann Holt") report no words of their own.
import { isClosingQuoteMark } from './quote-mark-tokens.js';
import { isAdverbish } from './topic-verbs.js';
import type { Token } from './tokens.js';
import { isAuxiliary, isPerfectAuxiliary } from './word-classes.js';

/** How far back from the relative pronoun the inverted cue may stand: the speaker and a role. */
const SPEAKER_REACH = 14;

/** Whether the verb at `at` opens a relative clause ("who had endorsed", "who openly supports") on a
 *  speaker given after an inverted "said" or "says" (one after a comma or a closing quote mark). */
export function describesInvertedSpeaker(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && (isAuxiliary(tokens[k]!.text) || isPerfectAuxiliary(tokens[k]!.text) || isAdverbish(tokens[k]!.text))) k--;
  if (!/^(who|which)$/iu.test(tokens[k]?.text ?? '')) return false;
  for (let n = k - 1; n > 0 && n >= k - SPEAKER_REACH; n--) {
    const word = tokens[n]!.text;
    if (/^[.!?;:“"]$/u.test(word)) return false;
    if (/^(said|says)$/iu.test(word)) return tokens[n - 1]!.text === ',' || isClosingQuoteMark(tokens[n - 1]!.text);
  }
  return false;
}

// Speech yet to come reports nothing said: "The company will announce new measures next month",
// "The minister is expected to unveil the budget on Friday", "Ann Holt is due to address the summit".
import { isAdverb, isCopula } from './lexicon.js';
import type { Token } from './tokens.js';

/** "is expected to", "was set to", "are due to": what comes before a bare cue when the act lies ahead
 *  ("plans to call on" is left to the plan's report). */
const AHEAD = /^(expected|set|due|scheduled|slated|poised)$/iu;

/** A discussion or a talk to come is reported as one held: "will discuss the plan", "met to discuss the
 *  levy", "will speak about trade", "came to talk about the budget". */
export const talkReportedAhead = (lemma: string) => lemma === 'discuss' || lemma === 'talk' || lemma === 'speak';

/** The verb at `cue` (or the light verb of a speech noun) is in the future: after "will" or "shall",
 *  or after "is expected to", "is due to" and the like. */
export function speechToCome(tokens: Token[], cue: number): boolean {
  let k = cue - 1;
  while (k > 0 && (/^(also|then|formally|officially|publicly|later|soon|first)$/iu.test(tokens[k]!.text) || isAdverb(tokens[k]!.text))) k--;
  const w = tokens[k]?.text ?? '';
  if (/^(will|shall|’ll|'ll)$/iu.test(w)) return true;
  if (!/^to$/iu.test(w)) return false;
  const before = tokens[k - 1]?.text ?? '';
  // "is expected to announce"; not "wants to say" (no act) nor "refused to say" (negation's).
  const be = tokens[k - 2]?.text ?? '';
  return AHEAD.test(before) && (isCopula(be) || /^(be|been|’s|'s)$/iu.test(be));
}

// What a speaker sets after a comma on the very thing said, a condition ("…, depending on fuel
// prices") or a likely result ("…, possibly forcing the boatyard to close"), goes on with what
// was said: it hedges the forecast, where a bare participle ("…, prompting complaints") or one
// after an adverb of manner ("…, implicitly blaming the council") is the narrator's addition.
import type { Token } from './tokens.js';

/** Adverbs of likelihood a speaker weighs a result by. */
const LIKELIHOOD = /^(possibly|probably|potentially|perhaps|likely)$/iu;

/** Whether the words at `k`, right after a comma, are the speaker's condition or likely result:
 *  "depending on …", "possibly forcing …". */
export function conditionOnSaidAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (/^depending$/iu.test(w)) return /^(on|upon)$/iu.test(tokens[k + 1]?.text ?? '');
  return LIKELIHOOD.test(w) && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? '');
}

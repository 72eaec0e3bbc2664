// Speech asked of someone is not yet said: "The regulator ordered the company to explain why the
// power failed", "The court asked the minister to clarify his remarks", "were told to declare …".
import type { Token } from './tokens.js';

/** Verbs that ask a speech act of someone else ("was forced to admit" did admit). */
const DIRECTIVE =
  /^(order|orders|ordered|ordering|tell|tells|told|ask|asks|asked|asking|urge|urges|urged|urging|require|requires|required|instruct|instructed|summon|summoned|invite|invites|invited|press|pressed|challenge|challenged|direct|directed|subpoenaed)$/iu;

/** The cue at `cue` opens an infinitive ("to explain") that a directive verb a few words before
 *  governs, in the same clause: what is asked for has not been said. */
export function demandedSpeech(tokens: Token[], cue: number): boolean {
  if (!/^to$/iu.test(tokens[cue - 1]?.text ?? '')) return false;
  for (let k = cue - 2; k >= Math.max(0, cue - 8); k--) {
    const w = tokens[k]!.text;
    if (/^[,;:.“”"]$/u.test(w)) return false;
    if (DIRECTIVE.test(w)) return true;
  }
  return false;
}

// A cue in "-ing" going on with a second "-ing" verb of the same subject: "…, touting the new ferry
// and pounding her rival for the delays", "was recalling her first year and detailing the cuts". The
// object the first reported ends before "and": the second verb is the subject's next act, not more
// of the object.
import { isAdverb, isVerbForm } from './lexicon.js';
import { ING_FORM, isParticiple } from './clause-openings.js';
import type { Token } from './tokens.js';

/** Whether "and" at `k` joins a second participle to the participle cue at `cue`, after an object
 *  phrase with no verb of its own: the word after "and" in "-ing", no noun or adjective ("and
 *  heating equipment", "and growing inequality"), as the word after it shows (an object, a particle,
 *  "to"). An object that is itself a gerund ("supporting the war and accepting …") or opens with a
 *  preposition ("about health care and getting …") takes the second "-ing" as its own. */
export function participleSeriesAt(tokens: Token[], cue: number, k: number): boolean {
  if (tokens[k]?.text !== 'and' || !ING_FORM.test(tokens[cue]?.text ?? '')) return false;
  const first = tokens[cue + 1]?.text ?? '';
  if (k < cue + 2 || ING_FORM.test(first) || /^(about|on|of|for|over|to|with|in|that)$/iu.test(first)) return false;
  if (tokens.slice(cue + 1, k).some((t) => /^[,;:()—–“”"]$/u.test(t.text) || isVerbForm(t.text) || /^(who|which|that)$/iu.test(t.text))) return false;
  const n = isAdverb(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  const second = tokens[n]?.text ?? '';
  return isParticiple(second) && AFTER_SECOND.test(tokens[n + 1]?.text ?? '');
}

/** What opens a participle's object or complement: a determiner, a pronoun, a name, "to", a particle. */
const AFTER_SECOND =
  /^(the|a|an|his|her|their|its|our|my|this|that|these|those|him|them|it|us|me|to|up|out|back|down|off|for|on|with|about|against|what|how|why|\p{Lu}\p{L}*)$/u;

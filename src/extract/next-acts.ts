// What the speaker did next, told after a phrase: "called the levy “a disgrace” before outlining
// his own plan", "praised the crew while handing out medals". With no clause of its own in the
// content, the participle after "before", "after" or "while" has the cue's subject for its own,
// so it is the narrator's account of the speaker, not what was said. After a clause ("said the
// ferry would sail before dawn while passengers slept") or an infinitive ("vowed to cut fares
// while raising wages") the participle goes on with what was said. So, after a phrase or an
// infinitive, does a perfect joined by "and": "urged the council to resign and has since called
// for a vote" (not "said the council had failed and has …", whose clause the perfect may go on).
import { NOT_PARTICIPLE } from './clause-openings.js';
import { cueLemma } from './cues.js';
import { isPersonalSubject, isThatWhetherOrIf } from './word-classes.js';
import { hasRegularPastShape, isVerbForm, tagsOf } from './lexicon.js';
import type { Token } from './tokens.js';

/** Whether "before", "after" or "while" at `k`, with a participle after it, closes a phrase
 *  content of the cue at `cue`. */
export function speakersNextActAt(tokens: Token[], cue: number, k: number): boolean {
  if (!TIME_LINK.test(tokens[k]!.text) || k < cue + 3) return false;
  const next = tokens[k + 1]?.text ?? '';
  // ("while telling another …": a cue of its own opens a report of its own.)
  if (!/^\p{Ll}{3,}ing$/u.test(next) || NOT_PARTICIPLE.has(next) || cueLemma(next)) return false;
  // ("announced the envoy two days after taking office": how long after is when the thing was done.)
  if (!OBJECT_START.test(tokens[cue + 1]?.text ?? '') || SPAN_BEFORE.test(tokens[k - 1]!.text)) return false;
  // ("said they’re likely to back him before …", "shows Rubio closing the gap after …": a clause.)
  if (isPersonalSubject(tokens[cue + 1]!.text)) return false;
  for (let n = cue + 1; n < k; n++) if (isVerbForm(tokens[n]!.text) || /^\p{Ll}{3,}ing$/u.test(tokens[n]!.text)) return false;
  return true;
}
const SPAN_BEFORE = /^(days|weeks|months|years|hours|minutes|moments|shortly|soon|just|right|long)$/iu;
const TIME_LINK = /^(before|after|while)$/iu;
/** A content opening with a noun phrase: no "that", "to", question word or preposition first. */
const OBJECT_START = /^(?!(that|to|whether|if|how|why|what|when|where|who|which|about|for|of|on|with|against|as)$)[\p{L}\p{N}“"‘]/iu;

/** Whether "and" at `k`, before "has" or "have" and a participle, closes a content with no verb of
 *  its own: an object or an infinitive ("urged the council to resign and has since called …"). */
export function perfectNextActAt(tokens: Token[], cue: number, k: number): boolean {
  if (tokens[k]!.text !== 'and' || !/^(has|have)$/u.test(tokens[k + 1]?.text ?? '') || k < cue + 2) return false;
  let at = k + 2;
  while (at < k + 4 && (/^\p{Ll}+ly$/u.test(tokens[at]?.text ?? '') || /^(also|since|now|already|even|long)$/u.test(tokens[at]?.text ?? ''))) at++;
  const participle = tokens[at]?.text ?? '';
  const tags = tagsOf(participle);
  if (!tags.includes('PastTense') && !tags.includes('Participle') && !hasRegularPastShape(participle)) return false;
  if (isPersonalSubject(tokens[cue + 1]?.text ?? '') || isThatWhetherOrIf(tokens[cue + 1]?.text ?? '')) return false;
  // ("cited a nation that borders China and has had …": a relative clause may go on too.)
  for (let n = cue + 1; n < k; n++) if (isVerbForm(tokens[n]!.text) || /^(that|who|which|whom)$/iu.test(tokens[n]!.text)) return false;
  return true;
}

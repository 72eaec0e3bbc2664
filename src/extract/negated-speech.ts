// Speech a sentence says did not happen: "declined to say", "would not say what", "would neither
// confirm nor deny", "avoids condemning …", and a negative subject: "Neither Holt nor Lee would say
// whether …", "Nobody at the ministry would confirm …".
import { isFiniteVerb, isFiniteAuxiliary } from './lexicon.js';
import type { Token } from './tokens.js';

/** What before a cue says the speech did not happen: "declined to (publicly) say", "did not say", "has not yet responded",
 *  "would neither confirm nor deny". */
const NEGATED = /(\b(not|never|neither|nor)|n['’]t|\b(declin|refus)(ed|es|e|ing) to)\s+(\p{Ll}+ly\s+|yet\s+)?$/iu;
/** "avoids condemning …", "stopped saying …": speech kept back, unless that is negated too ("could not resist pointing out"). */
const SHUNNED = /\b(avoid(s|ed|ing)?|resist(s|ed|ing)?|stop(s|ped|ping)?|refrain(s|ed|ing)? from)\s+(\p{Ll}+ly\s+)?$/iu;
const UNSHUNNED = /(\b(not|never)|n['’]t)\s+(\p{Ll}+ly\s+)?(avoid|resist|stop|refrain)/iu;

/** "did not say whether …", "would not say if …", "has never said she would …": a speech verb simply
 *  negated still reports what was (not) said, as annotated news counts it, like a comment declined
 *  (declined-speech.ts); "neither … nor", a negative subject and a speech act avoided report nothing. */
const SAID_NOT = /(\b(not|never)|n['’]t)\s+(\p{Ll}+ly\s+|yet\s+)?$/iu;
/** "not only said …", "didn't just say …": no negation of the speech. */
const NOT_ONLY = /(\bnot|n['’]t)\s+(only|just|merely|simply)\s+$/iu;

/** How the speech of a cue whose sentence reads `near` right before it (up to 30 characters) is
 *  negated: "said" (it was not, yet what it was not is reported: "did not say whether …"), "none"
 *  (no speech: "declined to say", "would neither confirm nor deny", "Nobody would say …"), or null. */
export function negationOf(tokens: Token[], act: number, near: string): 'said' | 'none' | null {
  if (NOT_ONLY.test(near)) return null;
  if (SAID_NOT.test(near)) return 'said';
  return unspoken(tokens, act, near) ? 'none' : null;
}

/** Subjects that say nobody spoke: "Neither Holt nor Lee", "No one", "Nobody at the ministry", "None of them". */
const NEGATIVE_SUBJECT = /^(neither|nobody|none)$/iu;

/** Whether the speech of the cue at token `act` is said not to have happened; `near` is the text of
 *  its sentence right before the cue (up to 30 characters). */
export function unspoken(tokens: Token[], act: number, near: string): boolean {
  if (NEGATED.test(near) || (SHUNNED.test(near) && !UNSHUNNED.test(near))) return true;
  return negativeSubject(tokens, act);
}

const CLAUSE_MARK = /^[,;:()“”"]$/u;
const CLAUSE_WORD = /^(and|but|or|that|who|which)$/iu;
const CLAUSE_OPENING_MARK = /^[,;:]$/u;
const NO = /^no$/iu;
const ONE = /^one$/iu;

/** "Neither Holt nor Lee would say …", "No one at the ministry would confirm …": the clause of the cue
 *  opens with a subject that denies anyone spoke, and no verb but an auxiliary stands between them. */
function negativeSubject(tokens: Token[], act: number): boolean {
  let k = act - 1;
  while (k >= 0 && !CLAUSE_MARK.test(tokens[k]!.text) && !CLAUSE_WORD.test(tokens[k]!.text)) {
    const w = tokens[k]!.text;
    const opens = k === 0 || CLAUSE_OPENING_MARK.test(tokens[k - 1]!.text);
    if (opens && (NEGATIVE_SUBJECT.test(w) || (NO.test(w) && ONE.test(tokens[k + 1]?.text ?? '')))) return true;
    // Only an auxiliary may stand between a negative subject and its cue: "would say", "has confirmed".
    if (isFiniteVerb(w) && !isFiniteAuxiliary(w)) return false;
    k--;
  }
  return false;
}

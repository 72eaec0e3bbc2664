// Cue words that only name or qualify a thing: a participle before its noun ("the asking price",
// "both pledged delegates", "Korvena's reported net worth") and a noun of a compound that a verb
// follows ("Jobs report gives …", "the Treasury note fell"). Neither reports speech.
import { cueLemma } from './cues.js';
import { isAdverb, isClosedClassWord, isFiniteVerb, isModal } from './lexicon.js';
import { isPossessiveMark, type Token } from './tokens.js';
import { isSubjectPronoun } from './word-classes.js';

// Words before a participle that make it a noun's modifier: "the asking price", "other telling signs".
const MODIFIER_DETERMINER = /^(the|a|an|this|these|those|other|most|such|both|several|many|few|no)$/iu;
// Quantifiers that may stand for a subject ("they both pledged support"), so count only after a preposition.
const SUBJECT_QUANTIFIER = /^(both|several|many|few)$/iu;

/** The word after a participle is the noun it qualifies: a lower-case content word. */
const headNoun = (word: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !isClosedClassWord(word) && word !== 'that';

/** "the asking price", "other telling signs", "both pledged delegates", "Korvena's reported net worth",
 *  "its emotionally charged debate", "made it on to recommended lists": the cue word qualifies the
 *  noun after it. ("They both pledged support", "she's declared victory", "his telling reporters" and
 *  "had been telling reporters" stay cues.) */
export function modifierParticiple(tokens: Token[], i: number): boolean {
  const form = tokens[i]!.text;
  const ed = /^\p{Ll}+ed$/u.test(form) && cueLemma(form) !== form;
  if ((!ed && !/^\p{Ll}+ing$/u.test(form)) || !headNoun(tokens[i + 1]?.text ?? '')) return false;
  let k = i - 1;
  // "Britain's emotionally charged debate": an adverb between the determiner and the participle.
  if (ed && /ly$/u.test(tokens[k]?.text ?? '') && isAdverb(tokens[k]!.text)) k--;
  const prev = tokens[k]?.text ?? '';
  if (MODIFIER_DETERMINER.test(prev)) {
    if (!SUBJECT_QUANTIFIER.test(prev)) return true;
    return /^(in|of|for|with|by|among|to|from|on|at)$/iu.test(tokens[k - 1]?.text ?? '');
  }
  if (!ed) return false;
  // "Korvena's stated aim" (not "she's declared victory", where the mark is "has").
  if (isPossessiveMark(prev)) return !isSubjectPronoun(tokens[k - 1]?.text ?? '') && !/^(who|that|there|it)$/iu.test(tokens[k - 1]?.text ?? '');
  // "on to recommended slates": no infinitive has the -ed form.
  return prev.toLowerCase() === 'to' && k === i - 1;
}

/** "Jobs report gives …", "the Treasury note fell", "His cost estimates have been …": a cue noun after
 *  another noun with a finite verb after it is that verb's subject. (A modal after it may open what a
 *  relative clause reports: "the plan critics claim would fail".) */
export function compoundNounSubject(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  // (A plural takes "have" and "do": "His cost estimates have been …"; "estimates put the cost at …" cite a source.)
  const verb = isFiniteVerb(next) || (/s$/u.test(tokens[i]!.text) && /^(have|do)$/u.test(next));
  if (!verb || isModal(next) || cueLemma(next)) return false;
  if (/^(other|such)$/iu.test(prev)) return true;
  if (!/^[\p{L}\d][\p{L}\d-]*$/u.test(prev) || isClosedClassWord(prev) || isSubjectPronoun(prev) || isFiniteVerb(prev)) return false;
  // "which critics claim is …": the noun before is the subject of a relative clause.
  return !/^(which|that|who|what)$/iu.test(tokens[i - 2]?.text ?? '');
}

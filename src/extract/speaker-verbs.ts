// A verb joined to the speaker's by "and" after the content: "Residents believe the new road will
// bring more lorries and are urging the council to think again". The plural verb cannot agree with
// the content's singular subject ("the new road"), so it is the plural speakers' next act, not
// more of what they said.
import { isFiniteAuxiliary, isAdverb, isFiniteVerb, tagsOf, isPluralAuxiliary, isModal } from './lexicon.js';
import { isLowerCaseWord, type Token } from './tokens.js';

/** Whether "and" at `k` joins a plural verb ("and are urging", "and have asked") to the plural
 *  speaker of the cue at `cue`, after a content whose clause has a singular subject. */
export function speakersVerbAt(tokens: Token[], cue: number, k: number): boolean {
  if (tokens[k]?.text.toLowerCase() !== 'and' || !isPluralAuxiliary(tokens[k + 1]?.text ?? '')) return false;
  return pluralSpeaker(tokens, cue) && singularSubjectBefore(tokens, cue, k);
}

/** A plural speaker: a cue in the plain present ("Residents say", "Parents fear"), or after "they",
 *  "we" or a plural noun ("Campaigners said"). */
function pluralSpeaker(tokens: Token[], cue: number): boolean {
  const verb = tokens[cue]!.text;
  const before = tokens[cue - 1]?.text ?? '';
  if (/^(they|we)$/iu.test(before) || /^\p{L}{3,}[^s’']s$/u.test(before)) return true;
  return !/s$/u.test(verb) && !tagsOf(verb).includes('PastTense') && /^\p{L}/u.test(before) && !isModal(before) && !/^(i|you|to|did|do)$/iu.test(before);
}

/** Whether the content's clause, right after the cue (or its "that"), opens with a singular
 *  subject before its verb and `k`: "he has", "the plan is", "the new road will" (not "the workers
 *  had", "the police are"). */
function singularSubjectBefore(tokens: Token[], cue: number, k: number): boolean {
  const open = /^that$/iu.test(tokens[cue + 1]?.text ?? '') ? cue + 2 : cue + 1;
  if (/^(he|she|it)$/iu.test(tokens[open]?.text ?? '')) return isFiniteVerb(tokens[open + 1]?.text ?? '') && open + 1 < k;
  if (!DETERMINER.test(tokens[open]?.text ?? '')) return false;
  // Up to two words before the noun: "the new road", "the proposed bus lane".
  for (let n = open + 1; n <= open + 3 && n + 1 < k; n++) {
    const w = tokens[n]!.text;
    if (!isLowerCaseWord(w) || isFiniteVerb(w)) return false;
    let verb = n + 1;
    while (verb < k && isAdverb(tokens[verb]!.text)) verb++;
    // ("the parking charges have": a word in -s before a verb is a plural noun, no verb.)
    const noun = /^\p{Ll}{3,}s$/u.test(tokens[verb]?.text ?? '') && isFiniteAuxiliary(tokens[verb + 1]?.text ?? '');
    if (verb < k && isFiniteVerb(tokens[verb]!.text) && !noun) return !/s$/u.test(w) && !GROUPS.test(w);
  }
  return false;
}
const DETERMINER = /^(the|a|an|this|his|her|its|their|our)$/iu;
/** Nouns without -s that take a plural verb. */
const GROUPS = /^(police|people|staff|public|government|majority|family|team|crew|children|men|women)$/u;

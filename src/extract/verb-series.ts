// The sentence's subject going on with its next verb after a comma: "Ann Holt mocked her rivals,
// talked over them and …", "…, suggesting the council sell the quay, was cautious about …", "Tom
// Reyes, who denounced the ferry company, will not attend …". What the cue reported ends at the comma.
import { cueLemma, LISTENER_VERBS } from './cues.js';
import { isAdverb, isFiniteAuxiliary, isFiniteVerb, isPreposition, isUnlistedPastForm, tagsOf } from './lexicon.js';
import { isClosingQuoteMark, isOpeningMarkOrApostrophe } from './quote-mark-tokens.js';
import type { Token } from './tokens.js';

/** Whether the comma at `k` closes the content of the cue at `cue` before the subject's next verb:
 *  a past form or an auxiliary right after it (an adverb between at most), after a phrase with no
 *  comma and no verb of its own ("her rivals"). A participle on a noun ("followed by", "said the
 *  bill, passed in May, was …") goes on, as does a clause's own series of verbs ("said the hall had
 *  lost its traders, closed its cafe …"). */
export function nextVerbOfSubjectAt(tokens: Token[], cue: number, k: number): boolean {
  // ("citing “the port's long tradition,” said …": a quoted object, its closing marks after the comma.)
  const opens = quotedObjectMarks(tokens, cue);
  if (tokens[k]?.text !== ',' || k < cue + 2 || tokens.slice(cue + 1 + opens, k).some((t) => /^[,;:()—–“”"]$/u.test(t.text))) return false;
  const closed = k + 1 + opens;
  if (tokens.slice(k + 1, closed).some((t) => !isClosingQuoteMark(t.text))) return false;
  const verb = isAdverb(tokens[closed]?.text ?? '') ? closed + 1 : closed;
  const word = tokens[verb]?.text ?? '';
  const auxiliary = isFiniteAuxiliary(word);
  if (!(auxiliary || pastForm(word)) || (!auxiliary && participleAt(tokens, verb))) return false;
  // ("told the man who plays the rival in rehearsals, has been chosen": a relative clause in the
  // content leaves its subject waiting for the verb after the comma.)
  const phrase = !tokens.slice(cue + 1, k).some((t) => isFiniteVerb(t.text) || /^(who|whom|which|that)$/iu.test(t.text));
  // ("…, aides told Politico, has been chosen": the one told, in an attribution set off.)
  const told = LISTENER_VERBS.has(cueLemma(tokens[cue]!.text) ?? '');
  return phrase && !told;
}

/** How many quote marks open the object right after the cue at `cue` ("citing “…", "citing ''…"). */
function quotedObjectMarks(tokens: Token[], cue: number): number {
  let n = 0;
  while (n < 2 && isOpeningMarkOrApostrophe(tokens[cue + 1 + n]?.text ?? '')) n++;
  return n;
}

/** A past form: one the lexicon lists, or an unlisted word in -ed. */
function pastForm(word: string): boolean {
  return tagsOf(word).includes('PastTense') || isUnlistedPastForm(word);
}

/** "followed (closely) by Cruz at 17 percent", "enshrined in law", "passed last year, was …": a past form
 *  before a preposition, or whose phrase a comma closes before a finite verb, is a participle on the
 *  noun before it, not the subject's next verb. */
function participleAt(tokens: Token[], verb: number): boolean {
  const after = isAdverb(tokens[verb + 1]?.text ?? '') ? verb + 2 : verb + 1;
  if (isPreposition(tokens[after]?.text ?? '')) return true;
  const close = tokens.findIndex((t, n) => n > verb && /^[,;:.!?]$/u.test(t.text));
  if (close < 0 || tokens[close]!.text !== ',') return false;
  const next = isAdverb(tokens[close + 1]?.text ?? '') ? close + 2 : close + 1;
  return isFiniteAuxiliary(tokens[next]?.text ?? '');
}

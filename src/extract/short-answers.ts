// "64 per cent said yes", "She said no.", "He said he would.": an answer of a word or two reports
// speech, though it makes no clause of its own.
import { trimmed } from './quote-draft.js';
import type { TextSpan } from './types.js';

/** The cues one answers with. */
const ANSWER_CUES = new Set(['say', 'answer', 'reply', 'respond']);

/** "yes" or "no", and what it answered ("said no to the plan"), up to what closes it or the next
 *  clause ("said no, and left", "said yes when asked …"); not "said no one would come". */
const YES_OR_NO = /^(?:yes|no)(?:\s+to\s+[^,.;:!?]*?)?(?=$|[,.;:!?]|\s+(?:when|after|but|and|again|too|then|at|in|on|during)\b)/iu;

/** "said he would", "replied that she could not": a pronoun and an auxiliary alone, all the words
 *  after the cue, stand for the clause asked about (not "said it was built", with a verb after it). */
const PRONOUN_AND_AUXILIARY =
  /^(?:that\s+)?(?:I|you|he|she|it|we|they)\s+(?:(?:would|will|could|can|might|may|should|must|did|does|do|had|has|have|was|were|is|are)(?:\s+not|n['’]t)?|won['’]t|can['’]t)$/iu;

/** A pronoun and an auxiliary closing the sentence ("Pike said he would."); not those of an aside
 *  before the main clause ("As he said he would, Pike resigned"). */
const auxiliaryAnswer = (text: string, content: TextSpan) =>
  /^\s*([.!?]|$)/u.test(text.slice(content.end, content.end + 3)) ? PRONOUN_AND_AUXILIARY.exec(content.text) : null;

/** The answer of a word or two that opens `content` after the cue `lemma`, or null. */
export function shortAnswer(text: string, lemma: string, content: TextSpan): TextSpan | null {
  const answer = ANSWER_CUES.has(lemma) ? (YES_OR_NO.exec(content.text) ?? auxiliaryAnswer(text, content)) : null;
  return answer ? trimmed(text, content.start, content.start + answer[0].length) : null;
}

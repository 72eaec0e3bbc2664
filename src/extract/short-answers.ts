// "64 per cent said yes", "She said no.": an answer of one word reports speech, though it makes no clause.
import { trimmed } from './quote-draft.js';
import type { TextSpan } from './types.js';

/** The cues one answers with. */
const ANSWER_CUES = new Set(['say', 'answer', 'reply', 'respond']);

/** "yes" or "no", and what it answered ("said no to the plan"), up to what closes it or the next
 *  clause ("said no, and left", "said yes when asked …"); not "said no one would come". */
const YES_OR_NO = /^(?:yes|no)(?:\s+to\s+[^,.;:!?]*?)?(?=$|[,.;:!?]|\s+(?:when|after|but|and|again|too|then|at|in|on|during)\b)/iu;

/** The one-word answer that opens `content` after the cue `lemma`, or null. */
export function shortAnswer(text: string, lemma: string, content: TextSpan): TextSpan | null {
  const answer = ANSWER_CUES.has(lemma) ? YES_OR_NO.exec(content.text) : null;
  return answer ? trimmed(text, content.start, content.start + answer[0].length) : null;
}

// A name closing the words before a colon introduces the quotation after it, with no cue: "Pollster
// Ann Holt: “…”", "- Tom Pike: “…”" (a digest quoting its sources), "More from Holt: “…”".
import { isFiniteVerb, isPreposition } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { SpeakerFinder } from './speakers.js';
import type { Token } from './tokens.js';

/** The name ending `head` (the sentence up to the quotation) right before its closing colon, or null.
 *  The object of a preposition ("a message to the paper’s editor Holt:", "said on KTV:") is no
 *  speaker, unless "from" opens the sentence or follows "more" ("More from Holt:"); nor is the author of a piece
 *  ("“…,” by Tom Pike: “…”"), quoted as the piece. */
export function nameBeforeColon(head: Token[], speakers: SpeakerFinder): SpeakerSurface | null {
  const colon = head.length - 1;
  if (colon < 1 || head[colon]!.text !== ':') return null;
  const who = speakers.phraseEndingAt(head, colon - 1);
  if (who?.kind !== 'NAME') return null;
  // The word the name's phrase hangs on: back over its title and descriptive words ("the Dutch paper",
  // "secretary of state").
  let n = head.findLastIndex((t) => t.end <= who.start);
  for (let k = 0; k < 6 && n >= 0 && describes(head[n]!.text); k++) n--;
  const word = head[n]?.text.toLowerCase() ?? '';
  if (word === 'from' && (n <= 1 || /^(more|[-–—:])$/iu.test(head[n - 1]!.text))) return who;
  // "Stated Holt:" is a cue's; a possessed name ("the firm’s Holt:") is described, not quoted.
  return isPreposition(word) || /^['’]s?$/u.test(word) ? null : who;
}

/** A word of a name's title or description: a word, not a verb, not a preposition but "of". */
const describes = (word: string) => /^\p{L}[\p{L}’'-]*$/u.test(word) && (word.toLowerCase() === 'of' || (!isPreposition(word) && !isFiniteVerb(word)));

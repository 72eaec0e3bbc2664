// A participle joined by "and" or "but" to the participle of an absolute phrase opened by "with" has
// that phrase's subject: in "The city stepped up pressure on the board, with top harbour officials
// underlining the risks and vowing to close the pier" the officials vow, not the city ("Stocks fell,
// with analysts saying …" already gives the analysts the participle right after them). So has an
// infinitive of speech after the phrase's participle: in "…, with Tom Pike taking to the radio to call
// her a liar" Pike calls her one.
import { isAdverb, isAndOrBut, isFiniteVerb } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { SpeakerFinder } from './speakers.js';
import type { Token } from './tokens.js';

/** What no absolute phrase runs past: quotation marks, dashes (also written with hyphens), a semicolon, a colon, brackets, a comma. */
const BREAKS = /^([“”"‘’;:—–(),]|-+)$/u;
/** How far before the cue "with" may stand. */
const REACH = 25;
/** A participle: a word in -ing written in lower case. */
const PARTICIPLE = /^\p{Ll}+ing$/u;

/** The subject of the "with" phrase whose participle the participle cue at `i` is joined to by "and"
 *  or "but" (past adverbs), or whose participle the infinitive cue at `i` ("to" before it) follows, or
 *  null: the words from "with" to the first participle are that subject, and none of the words up to
 *  the cue is a finite verb or a break. */
export function absolutePhraseSubject(speakers: SpeakerFinder, tokens: Token[], i: number): SpeakerSurface | null {
  const infinitive = /^to$/iu.test(tokens[i - 1]?.text ?? '');
  if (!infinitive && !PARTICIPLE.test(tokens[i]!.text)) return null;
  // (`and`: the word before which the phrase's participle must stand, "and", "but" or "to".)
  let and = i - 1;
  while (!infinitive && and > 0 && isAdverb(tokens[and]!.text)) and--;
  if (!infinitive && !isAndOrBut(tokens[and]?.text ?? '')) return null;
  for (let w = and - 1; w >= Math.max(0, i - REACH); w--) {
    const word = tokens[w]!.text;
    if (BREAKS.test(word) || isFiniteVerb(word)) return null;
    if (word.toLowerCase() !== 'with') continue;
    // ("features families with varying roots speaking …", "ran ads with both outlets reminding …": a
    // phrase on a noun; the absolute one is set off by a comma or opens the sentence.)
    if (w > 0 && tokens[w - 1]!.text !== ',') return null;
    // (The first participle after "with", past the subject's words: "with top officials underlining".)
    const participle = tokens.findIndex((t, n) => n > w + 1 && n < and && PARTICIPLE.test(t.text));
    if (participle < 0) return null;
    const subject = speakers.phraseEndingAt(tokens, participle - 1, true);
    return subject && subject.start === tokens[w + 1]!.start ? subject : null;
  }
  return null;
}

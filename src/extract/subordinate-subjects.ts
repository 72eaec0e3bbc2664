// A verb joined by "and" inside a subordinate clause goes with that clause's own subject: in "Some
// booed, and when Ann Holt thanked the town and said it was good to be home, …" Ann Holt said it, not
// the subject of the main clause. (A participle after the clause's comma, ", saying …", still goes with
// the main subject: "The minister resigned after a memo leaked, saying …".) Pronoun subjects are read
// in subordinate-pronouns.ts.
import { isAdverb, isAndOrBut, isVerbForm } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { QuoteDraft } from './quote-draft.js';
import type { SpeakerFinder } from './speakers.js';
import type { Token } from './tokens.js';
import { SUBORDINATING_CONJUNCTIONS } from './word-classes.js';

/** What opens the clause: a subordinating conjunction, "as", "once", "after", "before". */
const OPENERS = new RegExp(`^(${SUBORDINATING_CONJUNCTIONS}|as|once|after|before)$`, 'iu');
/** What the clause cannot run past: quotation marks, dashes, a semicolon, a colon, brackets, "that". */
const BREAKS = /^([“”"‘’;:—–()]|that)$/iu;
/** How many words before the cue the clause may open. */
const REACH = 25;

/** The subject of the subordinate clause a verb joined by "and" or "but" at `i` belongs to, when
 *  the clause is not closed before it (no comma after the subject but one closing an apposition on
 *  it), or null. */
export function subordinateJoinedSubject(speakers: SpeakerFinder, tokens: Token[], i: number, earlier: QuoteDraft[]): SpeakerSurface | null {
  let and = i - 1;
  while (and > 0 && isAdverb(tokens[and]!.text)) and--;
  if (!isAndOrBut(tokens[and]?.text ?? '')) return null;
  for (let s = and - 1; s >= Math.max(0, and - REACH); s--) {
    const word = tokens[s]!.text;
    if (BREAKS.test(word)) return null;
    if (!OPENERS.test(word)) continue;
    // ("when Sen. Ann Holt …": titles may stand before the subject the finder gives.)
    const subject = speakers.subject(tokens.slice(s + 1, and));
    const opening = subject ? tokens.findIndex((t) => t.start >= subject.start) : -1;
    if (!subject || subject.kind === 'PRONOUN' || opening < s + 1 || opening > s + 4) return null;
    if (tokens.slice(s + 1, opening).some((t) => isVerbForm(t.text) || t.text === ',')) return null;
    if (earlier.some((q) => q.start <= subject.start && subject.start < q.end)) return null;
    return ownVerbBefore(tokens, subject, and) ? subject : null;
  }
  return null;
}

/** Whether the words from the subject to the "and" at `and` hold the clause's own verb and no
 *  comma but a pair setting off an apposition right after the subject. */
function ownVerbBefore(tokens: Token[], subject: SpeakerSurface, and: number): boolean {
  let k = tokens.findIndex((t) => t.start >= subject.end);
  if (k < 0 || k >= and) return false;
  if (tokens[k]!.text === ',') {
    const close = tokens.findIndex((t, n) => n > k && n < and && t.text === ',');
    if (close < 0) return false;
    k = close + 1;
  }
  const rest = tokens.slice(k, and);
  return !rest.some((t) => t.text === ',') && rest.some((t) => isVerbForm(t.text));
}

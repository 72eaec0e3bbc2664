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
/** What a clause cannot run past: quotation marks, dashes, a semicolon, a colon, brackets, "that". */
export const CLAUSE_BREAKS = /^([“”"‘’;:—–()]|that)$/iu;
/** How many words before the cue a clause may open. */
export const CLAUSE_REACH = 25;

/** The subject of the subordinate clause a verb joined by "and" or "but" at `i` belongs to, when
 *  the clause is not closed before it (no comma after the subject but one closing an apposition on
 *  it), or null. */
export function subordinateJoinedSubject(speakers: SpeakerFinder, tokens: Token[], i: number, earlier: QuoteDraft[]): SpeakerSurface | null {
  let and = i - 1;
  while (and > 0 && isAdverb(tokens[and]!.text)) and--;
  if (!isAndOrBut(tokens[and]?.text ?? '')) return null;
  // ("while Dan Weld proposed we “wake up and smell the sea” and said …": the words a cue of the clause
  // took for content, quotation marks and all, are part of the clause.)
  const quotedAt = (t: Token) => earlier.some((q) => q.cue && q.cue.end <= q.start && t.start >= q.start && t.end <= q.end);
  for (let s = and - 1; s >= Math.max(0, and - CLAUSE_REACH); s--) {
    const word = tokens[s]!.text;
    if (quotedAt(tokens[s]!)) continue;
    if (CLAUSE_BREAKS.test(word)) return null;
    if (!OPENERS.test(word)) continue;
    const subject = clauseOpeningSubject(speakers, tokens, s + 1, and, earlier);
    return subject && ownVerbBefore(tokens, subject, and, quotedAt) ? subject : null;
  }
  return null;
}

/** The named or described subject opening the clause of the words from `open` to `end`: within its
 *  first four words (titles may stand before the subject the finder gives: "when Sen. Ann Holt …"),
 *  after no verb or comma, and outside the quotes found before; null otherwise. */
export function clauseOpeningSubject(speakers: SpeakerFinder, tokens: Token[], open: number, end: number, earlier: QuoteDraft[]): SpeakerSurface | null {
  const subject = speakers.subject(tokens.slice(open, end));
  if (!subject || subject.kind === 'PRONOUN') return null;
  const opening = tokens.findIndex((t) => t.start >= subject.start);
  if (opening < open || opening > open + 3) return null;
  if (tokens.slice(open, opening).some((t) => isVerbForm(t.text) || t.text === ',')) return null;
  if (earlier.some((q) => q.start <= subject.start && subject.start < q.end)) return null;
  return subject;
}

/** Where the words after the subject go on, past an apposition set off by commas right after it
 *  ("Mayor Lee, 61, fired"), before `end`; -1 where there are none or the apposition is not closed. */
export function pastApposition(tokens: Token[], subject: SpeakerSurface, end: number): number {
  const k = tokens.findIndex((t) => t.start >= subject.end);
  if (k < 0 || k >= end) return -1;
  if (tokens[k]!.text !== ',') return k;
  const close = tokens.findIndex((t, n) => n > k && n < end && t.text === ',');
  return close < 0 ? -1 : close + 1;
}

/** Whether the words from the subject to the "and" at `and` hold the clause's own verb and no
 *  comma but a pair setting off an apposition right after the subject (none counted inside the words
 *  a cue of the clause took for content, `quotedAt`). */
function ownVerbBefore(tokens: Token[], subject: SpeakerSurface, and: number, quotedAt: (t: Token) => boolean): boolean {
  const k = pastApposition(tokens, subject, and);
  if (k < 0) return false;
  const rest = tokens.slice(k, and).filter((t) => !quotedAt(t));
  return !rest.some((t) => t.text === ',') && rest.some((t) => isVerbForm(t.text));
}

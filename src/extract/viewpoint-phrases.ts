// A clause told as someone's view or words by a phrase set off by commas: "In Ann Holt's view, the
// levy will fail", "the quay matters because, in the mayor's words, “it is the heart of the town”",
// "The pier was a waste of money, in his view", "The only fix, in Tom Pike's opinion, is a new quay".
// The possessor holds or said the clause, as "according to" names who did; the phrase inside a clause
// it does not set off ("the party leader in his view", "which in his view has grown") reports nothing.
import { contentEnd } from './content-end.js';
import { isFiniteVerb } from './lexicon.js';
import { addGap, draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { possessiveBefore, possessorAt } from './speech-nouns.js';
import { spanOf } from './tokens.js';

/** Nouns of a view held or words said, after "in" and a possessor: "in her view", "in Holt's words". */
const VIEWPOINT = /^(view|words|opinion|estimation|judgment|judgement)$/u;

/** Whether the word may be the noun of such a phrase: the word viewpointReport asks first. */
export const viewpointNoun = (word: string) => VIEWPOINT.test(word);

/** The clause the phrase "in X's view" at its noun `i` sets off, said or held by X, or null. */
export function viewpointReport(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence, speakers } = s;
  if (!viewpointNoun(tokens[i]!.text)) return null;
  const mark = possessiveBefore(tokens, i);
  if (mark < 0) return null;
  const who = possessorAt(text, tokens, mark, speakers);
  if (!who) return null;
  const opening = tokens.findIndex((t) => t.start >= who.start) - 1;
  if (!/^in$/iu.test(tokens[opening]?.text ?? '')) return null;
  const before = tokens[opening - 1]?.text ?? '';
  const after = tokens[i + 1]?.text ?? '';
  const first = tokens[0]!;
  let q: QuoteDraft | null = null;
  if (after === ',' && i + 2 < tokens.length) {
    // "The only fix, in Holt's opinion, is a new quay": the clause's subject before the phrase, its verb after.
    const interrupted = before === ',' && opening > 1 && isFiniteVerb(tokens[i + 2]!.text);
    const from = interrupted ? first.start : tokens[i + 2]!.start;
    const content = trimmed(text, from, contentEnd(tokens, i + 1, sentence.end));
    if (content && interrupted) {
      q = draft(content, spanOf(tokens[i]!), who, false, sentence);
      addGap(text, q, { start: tokens[opening - 1]!.start, end: tokens[i + 1]!.end });
    } else if (content && (opening === 0 || before === ',' || /^(because|that|and|but|so)$/iu.test(before))) {
      q = draft(content, spanOf(tokens[i]!), who, false, sentence);
    }
  } else if (before === ',' && opening > 1 && (i + 1 >= tokens.length || /^[.!?]$/u.test(after))) {
    // "The pier was a waste of money, in his view.": the sentence before the phrase.
    const content = trimmed(text, first.start, tokens[opening - 1]!.start);
    if (content) q = draft(content, spanOf(tokens[i]!), who, false, sentence);
  }
  return q;
}

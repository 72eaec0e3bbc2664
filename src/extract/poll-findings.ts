// What a poll found, told as a clause after the poll that opens the sentence: "In a Gazette poll last
// week, Ann Holt led Tom Pike by ten points", "In the latest polls, she trails". With no report of its
// own in the sentence, the clause is the poll's finding and the poll its source.
import { isVerbForm, mayBePresentInS } from './lexicon.js';
import { openingPollPattern } from './poll-shares.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';

/** "In a/the … poll(s) …, ": the poll named, up to the comma closing the opening; a poll's name may
 *  write it with a capital ("In a Velmora Times/Harbour College Poll, …"), a possessor may stand for
 *  the article ("In May's Gazette poll, …"), and polls in the plural need none ("In exit polls, …",
 *  "In recent polls from the Gazette, …"). */
const OPENING_POLLS = openingPollPattern(String.raw`a|an|the|\p{Lu}\p{L}*['’]s`, '[Pp]olls?|[Ss]urveys?');
const OPENING_PLURAL_POLLS = /^In\s+((?:[\p{Ll}-]+\s+){0,2}(?:polls|surveys)\b[^,;:"“”]{0,60}?),\s/u;
/** A connective set off after the opening, no part of the finding: "In the poll, however, …". */
const CONNECTIVE = /^(however|though|meanwhile|moreover|too|also),\s*/iu;

/** The clause after an opening poll in a sentence that reports nothing else, as the poll's, or null. */
export function openingPollFinding(s: ReportSentence): QuoteDraft | null {
  const { text, sentence, tokens, speakers } = s;
  const opening = text.slice(sentence.start, sentence.end);
  const m = OPENING_POLLS.exec(opening) ?? OPENING_PLURAL_POLLS.exec(opening);
  if (!m) return null;
  const pollStart = sentence.start + m[0].indexOf(m[1]!);
  let from = sentence.start + m[0].length;
  from += CONNECTIVE.exec(text.slice(from, sentence.end))?.[0].length ?? 0;
  // ("In the polls, anyway.": a clause has its verb.)
  const first = tokens.findIndex((t) => t.start >= from);
  const clause = first >= 0 && tokens.slice(first).some((t) => isVerbForm(t.text) || mayBePresentInS(t.text));
  const content = clause ? trimmed(text, from, sentence.end) : null;
  return content && draft(content, null, speakers.surface(pollStart, pollStart + m[1]!.length, 'NOMINAL', null), false, sentence);
}

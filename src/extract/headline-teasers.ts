// A headline written in title case reports up to the words it adds to draw the reader on: "Ada
// Pike Just Revealed Who She Will Back – It May Surprise You", "… The One Road He Would Close, And
// He Means It", "Harbour Chief Says No To Ferry Deal As Islanders Step Up Protest". The lexicon
// reads no capitalised word as a verb, so the breaks the body's rules find by verbs are read here
// by the marks and capitals a headline has instead. A second speech verb after a comma ("Pike Says
// Tolls Must Go, Warns Of Fare Rise", "Mayor slams harbour board, praises ferry crews") closes the
// first act in either case, and reports what follows it as a quote of its own.
import { cueLemma } from './cues.js';
import { extended } from './extended.js';
import { trimmed, type QuoteDraft } from './quote-draft.js';
import { quotationsOpenAfter } from './tokens.js';

/** Where a headline's teaser or second clause begins: a dash before a capitalised word ("– It May
 *  Surprise You", "- And It Says A Lot"), "But" or "And" after a comma or before a subject pronoun
 *  (", But She Backed …", "And He Means It"), "While" before a capitalised word, "As" before another
 *  subject and its verb, one of the two in -s ("As Islanders Step …", "As Kerr Turns …"; "As Fast
 *  As Ferries" compares). */
const TEASER_BREAK =
  /\s+While\s+(?=\p{Lu})|\s*[—–]\s+(?=\p{Lu})|\s+-\s+(?=\p{Lu})|-\s+(?=(?:And|But)\s)|,\s+(?:But|And)\s+(?=\p{Lu})|\s+(?:But|And)\s+(?=(?:He|She|It|They|We|I)\b)|\s+As\s+(?=\p{Lu}\p{L}+s\s+\p{Lu}\p{L}+\s|\p{Lu}\p{L}+\s+\p{Lu}\p{L}+s\s)/u;

/** The headline's subject doing a second thing after a comma, a speech verb in -s ("Pike Says Tolls
 *  Must Go, Warns Of Fare Rise", "Mayor slams harbour board, praises ferry crews"): where its comma
 *  stands and where the verb starts and ends, or null. */
function secondAct(words: string): { comma: number; verbStart: number; verbEnd: number } | null {
  for (const m of words.matchAll(/,\s+(\p{L}\p{Ll}+s)\s/gu)) {
    const verbEnd = m.index + m[0].length - 1;
    if (cueLemma(m[1]!)) return { comma: m.index, verbStart: verbEnd - m[1]!.length, verbEnd };
  }
  return null;
}

/** A preposition the second verb takes before what it reports ("Warns Of Fare Rise", "calls for
 *  an inquiry"): no part of it. */
const VERB_PREPOSITION = /^(?:of|for|on|about|over|against)\s+/iu;

/** Whether most of a headline's words open with a capital, as title case writes them. */
function inTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length > 0.7 * words.length;
}

/** Where a teaser the title-case `headline` adds opens in `words`, their length where none does. */
const teaserAt = (headline: string, words: string) => (inTitleCase(headline) ? (TEASER_BREAK.exec(words)?.index ?? words.length) : words.length);

/** `q`, a headline's reported content, cut before a teaser the title-case `headline` adds after it
 *  or before a second act in either case (not inside quoted words, which are the speaker's own). */
export function beforeHeadlineTeaser(text: string, headline: string, q: QuoteDraft): QuoteDraft {
  if (q.kind !== 'INDIRECT') return q;
  const at = Math.min(teaserAt(headline, q.text), secondAct(q.text)?.comma ?? q.text.length);
  if (at < 3 || at >= q.text.length) return q;
  const cut = q.start + at;
  if (quotationOpenIn(text.slice(q.start, cut))) return q;
  const content = trimmed(text, q.start, cut);
  return content ? extended(q, content) : q;
}

/** The headline's second act, after a comma, as a quote of its own: what the second speech verb
 *  reports, up to a teaser the title-case `headline` adds, by the first act's speaker: "Ada Pike Says
 *  Tolls Must Go, Warns Of Fare Rise" reports "Fare Rise", "Mayor slams harbour board, praises ferry
 *  crews" reports "ferry crews". (None after an act cut short inside quoted words.) */
export function headlineSecondAct(text: string, headline: string, q: QuoteDraft): QuoteDraft | null {
  const act = q.kind === 'INDIRECT' ? secondAct(q.text) : null;
  if (!act || act.comma < 3 || quotationOpenIn(q.text.slice(0, act.comma))) return null;
  // (The verb is followed by one space at least.)
  const from = act.verbEnd + (/^\s+/u.exec(q.text.slice(act.verbEnd))?.[0].length ?? 0);
  const open = from + (VERB_PREPOSITION.exec(q.text.slice(from))?.[0].length ?? 0);
  const content = trimmed(text, q.start + open, q.start + open + teaserAt(headline, q.text.slice(open)));
  if (!content) return null;
  const cue = { start: q.start + act.verbStart, end: q.start + act.verbEnd, text: q.text.slice(act.verbStart, act.verbEnd) };
  return extended(q, { start: content.start, end: content.end, text: content.text, cue, quoted: [] });
}

/** Whether `words` leave a quotation open: a double mark, or a single ‘ that no ’ closes (a ’
 *  between letters is an apostrophe). */
function quotationOpenIn(words: string): boolean {
  let double = 0;
  let single = 0;
  for (const m of words.matchAll(/[“”"‘]|’(?!\p{L})/gu)) {
    const mark = m[0];
    if (mark === '‘') single++;
    else if (mark === '’') single--;
    else double = quotationsOpenAfter(double, mark);
  }
  return double > 0 || single > 0;
}

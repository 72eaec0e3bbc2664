// A headline written in title case reports up to the words it adds to draw the reader on: "Ada
// Pike Just Revealed Who She Will Back – It May Surprise You", "… The One Road He Would Close, And
// He Means It", "Harbour Chief Says No To Ferry Deal As Islanders Step Up Protest". The lexicon
// reads no capitalised word as a verb, so the breaks the body's rules find by verbs are read here
// by the marks and capitals a headline has instead.
import { cueLemma } from './cues.js';
import { extended } from './extended.js';
import { trimmed, type QuoteDraft } from './quote-draft.js';

/** Where a headline's teaser or second clause begins: a dash before a capitalised word ("– It May
 *  Surprise You", "- And It Says A Lot"), "But" or "And" after a comma or before a subject pronoun
 *  (", But She Backed …", "And He Means It"), "While" before a capitalised word, "As" before another
 *  subject and its verb, one of the two in -s ("As Islanders Step …", "As Kerr Turns …"; "As Fast
 *  As Ferries" compares). */
const TEASER_BREAK =
  /\s+While\s+(?=\p{Lu})|\s*[—–]\s+(?=\p{Lu})|\s+-\s+(?=\p{Lu})|-\s+(?=(?:And|But)\s)|,\s+(?:But|And)\s+(?=\p{Lu})|\s+(?:But|And)\s+(?=(?:He|She|It|They|We|I)\b)|\s+As\s+(?=\p{Lu}\p{L}+s\s+\p{Lu}\p{L}+\s|\p{Lu}\p{L}+\s+\p{Lu}\p{L}+s\s)/u;

/** Where, after a comma, the headline's subject does a second thing, a speech verb in -s: "Pike
 *  Says Tolls Must Go, Warns Of Fare Rise" (its length when nowhere). */
function secondActAt(words: string): number {
  for (const m of words.matchAll(/,\s+(\p{Lu}\p{Ll}+s)\s/gu)) if (cueLemma(m[1]!)) return m.index;
  return words.length;
}

/** Whether most of a headline's words open with a capital, as title case writes them. */
export function inTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length > 0.7 * words.length;
}

/** `q`, a headline's reported content, cut before a teaser the title-case `headline` adds after it
 *  (not inside quoted words, which are the speaker's own). */
export function beforeHeadlineTeaser(text: string, headline: string, q: QuoteDraft): QuoteDraft {
  if (q.kind !== 'INDIRECT' || !inTitleCase(headline)) return q;
  const at = Math.min(TEASER_BREAK.exec(q.text)?.index ?? q.text.length, secondActAt(q.text));
  if (at < 3 || at >= q.text.length) return q;
  const cut = q.start + at;
  if (quotationOpenIn(text.slice(q.start, cut))) return q;
  const content = trimmed(text, q.start, cut);
  return content ? extended(q, content) : q;
}

/** Whether `words` leave a quotation open: a double mark, or a single ‘ that no ’ closes (a ’
 *  between letters is an apostrophe). */
function quotationOpenIn(words: string): boolean {
  let double = 0;
  let single = 0;
  for (const m of words.matchAll(/[“”"‘]|’(?!\p{L})/gu)) {
    const mark = m[0];
    if (mark === '“') double++;
    else if (mark === '”') double--;
    else if (mark === '"') double ^= 1;
    else if (mark === '‘') single++;
    else single--;
  }
  return double > 0 || single > 0;
}

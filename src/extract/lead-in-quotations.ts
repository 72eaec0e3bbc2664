// A quotation after a short lead-in that says how, when or to whom it was said: "replied evenly,
// “…”", "asked the crowd, “…”", "said back in 2019: “…”". The quotation is what was said.
import { NAMING_VERBS } from './cues.js';
import { isFiniteVerb } from './lexicon.js';
import { isSubjectPronoun } from './word-classes.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isOpeningQuoteMark } from './quote-mark-tokens.js';
import { isPlainWord, type Token } from './tokens.js';

/** "says things such as, “…”", "noted the change from the slogan, “…”": a word that makes the
 *  quotation the object of the lead-in, part of what was said. (Not the lexicon's prepositions: its
 *  particles "out" and "up" end a lead-in, "pointed out, “…”".) */
const introducesObject = (word: string) => PREPOSITIONS.has(word.toLowerCase()) || /^(as|like|including|of|for|by)$/iu.test(word);

/** The index of the opening quote mark after a lead-in of up to eight words from `k`, ended by a
 *  comma or a colon (which may have commas before it), or -1. A lead-in has no verb of its own ("said the plan, “…”" has none either
 *  way; "said he had warned them: “…”" is a clause) and no "that". A naming verb's object is part of
 *  what it names ("called him, among other things, “a failed candidate”"). */
export function quotationAfterLeadIn(tokens: Token[], k: number, lemma: string): number {
  if (NAMING_VERBS.has(lemma)) return -1;
  for (let n = k; n < tokens.length && n <= k + 9; n++) {
    const w = tokens[n]!.text;
    // ("replied pointedly, with a smile: “…”": a lead-in the colon ends may hold a comma.)
    if (w === ',' && n > k && !isOpeningQuoteMark(tokens[n + 1]?.text ?? '') && colonBeforeQuotation(tokens, n, k + 9)) continue;
    if ((w === ',' || w === ':') && n > k)
      return isOpeningQuoteMark(tokens[n + 1]?.text ?? '') && !introducesObject(tokens[n - 1]!.text) && !goesOnAfterClosing(tokens, n + 2) ? n + 1 : -1;
    // ("said he rarely asks them, “…”": a subject opens a clause of the speaker's; "put it this way:
    // “…”" has "it" for its object.)
    const subject = n === k && isSubjectPronoun(w) && !(/^it$/iu.test(w) && colonBeforeQuotation(tokens, n, k + 9));
    if (!isPlainWord(w) || /^that$/iu.test(w) || isFiniteVerb(w) || subject) return -1;
  }
  return -1;
}

/** Whether a colon right before an opening quote mark comes after `n`, by `last`. */
const colonBeforeQuotation = (tokens: Token[], n: number, last: number) =>
  tokens.some((t, m) => m > n && m <= last && t.text === ':' && isOpeningQuoteMark(tokens[m + 1]?.text ?? ''));

/** Whether the clause goes on after the quotation opened before `from` closes: "said the plan,
 *  “a disaster,” would fail" quotes words inside a clause of the speaker's, not what was said. */
function goesOnAfterClosing(tokens: Token[], from: number): boolean {
  const closing = tokens.findIndex((t, n) => n >= from && /^[”"’»]$|^''$/u.test(t.text));
  if (closing < 0) return false;
  return /^\p{Ll}/u.test(tokens[closing + 1]?.text ?? '') && !/[.!?…]$/u.test(tokens[closing - 1]!.text);
}

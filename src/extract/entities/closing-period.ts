// "… said Ann Holt, analyst at McDonald & Co." : a legal form's period that also ends the sentence
// closes the sentence, not the name ("McDonald & Co"), as a period that ends a sentence after any
// other name does; mid-sentence it stays ("Banc One Corp., KeyCorp and …").
import type { Candidate } from './candidates.js';
import { COMPANY_FORMS } from './organization-vocabulary.js';
import { extended } from '../extended.js';

/** After the period: the end of the text or line, perhaps after the mark closing a quotation ("… of
 *  Keller & Co. ”" ending its paragraph), or a new sentence (a capital, perhaps after a quote mark). */
const SENTENCE_AFTER = /^(?:\s*$|\s*\n|\s*["”’]\s*(?:$|\n)|\s+["“‘]?\p{Lu})/u;

/** The candidate without the period of its last word where that period ends the sentence. */
export function withoutClosingPeriod<T extends { c: Candidate }>(text: string, t: T): T {
  const { c } = t;
  const last = c.words[c.words.length - 1]!;
  if (!last.endsWith('.') || !COMPANY_FORMS.has(last.toLowerCase()) || !SENTENCE_AFTER.test(text.slice(c.end, c.end + 3))) return t;
  const words = [...c.words.slice(0, -1), last.slice(0, -1)];
  return extended(t, { c: extended(c, { end: c.end - 1, text: c.text.slice(0, -1), words, next: '.', nextAfter: c.next }) });
}

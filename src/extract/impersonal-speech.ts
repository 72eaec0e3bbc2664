// Speech told in the passive, with nobody named: "It was announced on Monday that …", "It is
// understood that …", "It has been reported that …", and the passive of telling, whose subject is
// the one told: "Residents were told that the water would be cut off", "Staff have been informed
// that …". What follows "that" was said; who said it the sentence does not tell, and no one is made
// up for it (the quote has no speaker), unless "by" names one: "It was announced by the company
// that …", "Workers were told by managers that …".
import { isSubjectPronoun, POSSESSIVE_DETERMINERS } from './speaker-words.js';
import { contentEnd } from './content-end.js';
import { isAdverbBeforeVerb, isFiniteVerb, tagsOf } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import { SPEECH_PARTICIPLES, WHEN_WORDS } from './speech-participles.js';
import type { ReportSentence } from './reporting-cues.js';
import { spanOf, isLowerCaseWord } from './tokens.js';

/** Words between the participle and "that": when it was said ("on Monday", "last week", "yesterday"). */
const WHEN = (w: string) => WHEN_WORDS.test(w) || /^(\p{Lu}\p{Ll}+|\p{N}+)$/u.test(w);

/** Participles of telling, whose passive subject is the one told, not what was said. */
const TOLD = /^(told|informed|assured|warned|advised|reminded)$/u;

/** The quote of an impersonal passive at token `i` ("It was announced that …"), or null. */
export function impersonalSpeech(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens } = s;
  if (!SPEECH_PARTICIPLES.test(tokens[i]!.text)) return null;
  const k = auxiliaryBefore(s, i, false);
  // "It" opens the sentence, or a clause after a comma or a conjunction ("…, but it is understood that"),
  // or a clause of time or cause ("came under fire when it was revealed that …"); not of a condition
  // ("if it is confirmed that …" says nothing was).
  const it = tokens[k - 1];
  const before = tokens[k - 2]?.text ?? '';
  const subordinate = /^(when|after|before|since|once|until|because|as)$/iu.test(before);
  const opening = k - 1 === 0 || subordinate || /^(,|;|and|but|while|although|though)$/iu.test(before);
  if (k < 0 || !it || !/^it$/iu.test(it.text) || !opening) return null;
  const quote = saidThat(s, i);
  // ("When it was said that A, B proved it wrong", "At a time when …, B": a clause set before the
  // sentence's own verb ends at its comma.)
  if (quote && subordinate && !tokens.slice(0, k - 2).some((t) => isFiniteVerb(t.text))) cutAtComma(s.text, quote);
  return quote;
}

/** The quote's content ended at its first comma, if it has one. */
function cutAtComma(text: string, quote: QuoteDraft): void {
  const comma = quote.text.indexOf(',');
  if (comma < 0) return;
  const cut = trimmed(text, quote.start, quote.start + comma);
  if (cut) Object.assign(quote, { end: cut.end, text: cut.text });
}

/** The quote of a passive of telling at token `i` ("Residents were told that …"), or null. The one
 *  told is no speaker ("The nurse has been told that her contract will end": by someone unnamed). */
export function toldThat(s: ReportSentence, i: number): QuoteDraft | null {
  if (!TOLD.test(s.tokens[i]!.text) || auxiliaryBefore(s, i, true) < 1) return null;
  return saidThat(s, i);
}

/** The index of the passive's auxiliary before the participle at `i` ("was", "has been", "It's
 *  been"; with `told`, "are", "were", "we're" and "being" too), past adverbs but no negation; -1 without one. */
function auxiliaryBefore(s: ReportSentence, i: number, told: boolean): number {
  const { tokens } = s;
  let k = i - 1;
  while (k > 0 && isAdverbBeforeVerb(tokens[k]!.text) && !/^(not|never)$/iu.test(tokens[k]!.text)) k--;
  if (tokens[k]?.text === 'been' && /^(has|have|had|['’]s)$/u.test(tokens[k - 1]?.text ?? '')) return k - 1;
  return (told ? /^(is|are|was|were|being|['’]re)$/u : /^(is|was)$/u).test(tokens[k]?.text ?? '') ? k : -1;
}

/** What follows "that" after the participle at `i`, past who said it ("by the company") and when. */
function saidThat(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence } = s;
  // "It was announced by the company that …": the speaker after "by", when the sentence names one.
  const by = tokens[i + 1]?.text === 'by';
  // ("was told by letter that …": a means of telling names no one.)
  const means = by && MEANS.test(tokens[i + 2]?.text ?? '');
  const agent = by && !means ? agentAfterBy(s, i + 1) : null;
  let that = means ? i + 3 : i + 1;
  if (agent) while (that < tokens.length && tokens[that]!.start < agent.end) that++;
  while (that < tokens.length && that <= i + 4 + (agent ? 8 : 0) && WHEN(tokens[that]!.text)) that++;
  if (tokens[that]?.text !== 'that' && that > i + 1) that = pastOccasion(tokens, that);
  // "was told by doctors he would need a new hip": after who told, the clause may follow without "that".
  if (tokens[that]?.text !== 'that' && agent) that = clauseAfterOccasion(tokens, that);
  const bare = tokens[that]?.text !== 'that' && agent !== null && opensClause(tokens, that);
  if (tokens[that]?.text !== 'that' && !bare) return null;
  const from = bare ? that : that + 1;
  const content = trimmed(text, tokens[from]?.start ?? sentence.end, contentEnd(tokens, from - 1, sentence.end, true));
  const cue = tokens[i]!;
  return content && content.text.split(/\s+/u).length >= 3 ? draft(content, spanOf(cue), agent, false, sentence) : null;
}

/** A clause opening at `k`: a subject pronoun, or "the" or a possessive and a noun or two, then a
 *  finite verb ("he would", "his operation had been postponed", "the plan could"). */
function opensClause(tokens: ReportSentence['tokens'], k: number): boolean {
  const first = tokens[k]?.text ?? '';
  if (isSubjectPronoun(first) || first === 'there') return isFiniteVerb(tokens[k + 1]?.text ?? '');
  if (first !== 'the' && !POSSESSIVE_DETERMINERS.has(first)) return false;
  for (let n = k + 1; n < tokens.length && n <= k + 3; n++) {
    const w = tokens[n]!.text;
    if (isFiniteVerb(w)) return n > k + 1;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
  }
  return false;
}
/** Where a clause opens at `k` or past a word or two of when or where the telling was ("last week
 *  they would"); `k` itself otherwise. */
function clauseAfterOccasion(tokens: ReportSentence['tokens'], k: number): number {
  for (let n = k; n < tokens.length && n <= k + 2; n++) {
    if (opensClause(tokens, n)) return n;
    if (!isLowerCaseWord(tokens[n]!.text)) return k;
  }
  return k;
}

/** Means of telling, after "by" with no article: "by letter", "by phone", "by email". */
const MEANS = /^(letter|phone|telephone|email|e-mail|text|post|mail|video|videolink|fax|telegram|radio|messenger)$/iu;

/** Who spoke, after "by" at `by`: a speaker noun, or any noun phrase of two words or in the plural
 *  ("by the ombudsman", "by her GP", "by managers last week" up to when), never a means told by
 *  ("by letter", "by phone"). */
function agentAfterBy(s: ReportSentence, by: number): SpeakerSurface | null {
  const { tokens } = s;
  const known = s.speakers.after(tokens, by);
  if (known) return known;
  let end = by + 2;
  while (end < tokens.length && end < by + 7 && !WHEN_WORDS.test(tokens[end]!.text) && tokens[end]!.text !== 'that' && !opensClause(tokens, end)) end++;
  const phrase = s.speakers.after(tokens.slice(0, end), by, true);
  return phrase && (/\s/u.test(phrase.text) || tagsOf(phrase.text).includes('Plural')) ? phrase : null;
}

/** "were told at a public meeting on Monday that …", "were warned last year that …": past the nouns
 *  of where or when the telling was, after a word of when at `k - 1`, up to "that" (no verb, no mark
 *  between); `k` itself otherwise. */
function pastOccasion(tokens: ReportSentence['tokens'], k: number): number {
  for (let n = k; n < tokens.length && n <= k + 6; n++) {
    const w = tokens[n]!.text;
    if (w === 'that') return n;
    if (!/^[\p{L}\p{N}’'-]+$/u.test(w) || isFiniteVerb(w) || /^(to|and|or|but|who|which|whether|if)$/iu.test(w)) return k;
  }
  return k;
}

// What opens a clause of its own after a cue's content: a coordinated cue ("… but stressed"), a new
// attribution ("…, Ham also noted"), a subject and its verb ("…, and the union stepped in").
import { reportsAnAmount, cueLemma } from './cues.js';
import { declinedSpeechAt } from './declined-cues.js';
import { phrasalCueAt } from './phrasal-cues.js';
import { otherSense } from './cue-senses.js';
import {
  hasRegularPastShape,
  isAdverb,
  isCalendarWord,
  isFiniteVerb,
  isFunctionWord,
  isModal,
  isPastFormReadAsAdjective,
  isPluralNoun,
  tagsOf,
} from './lexicon.js';
import { isPersonalSubject, PRONOUNS, SPEAKER_NOUNS } from './speaker-words.js';
import { isOpeningMarkOrApostrophe } from './quote-mark-tokens.js';
import { isTitleCaseWord, type Token } from './tokens.js';
import type { TextSpan } from './types.js';
import { isCopula, isDeterminer, isWhoOrWhich } from './word-classes.js';

/** "Asked whether Scholz was considering elections, he said": the clause opening `sentence` that
 *  names what someone was asked about, or null. */
const ASKED_CLAUSE = /^(?:When |After being )?[Aa]sked\b[^,;:“”"]*,/u;

/** Whether `span` lies in such a clause: who is asked about there is no one speaking or introduced. */
export function inAskedClause(sentence: TextSpan | undefined, span: TextSpan): boolean {
  if (!sentence || span.start < sentence.start) return false;
  const asked = ASKED_CLAUSE.exec(sentence.text);
  return !!asked && span.end <= sentence.start + asked[0].length;
}

/** A cue of the same subject coordinated later: "commended X but stressed Y". */
export function coordinatedCueAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.text.toLowerCase();
  if (w !== 'and' && w !== 'but') return false;
  // "… but has also said …": auxiliaries may stand before the second cue, and so may when it was
  // said ("… and at one point threatened to …", "… and on Friday warned …").
  let k = i + 1 + timePhraseLength(tokens, i + 1);
  while (k < i + 3 && (/^(has|have|had|also|then|later|would|will|did|not)$/iu.test(tokens[k]?.text ?? '') || isAdverb(tokens[k]?.text ?? ''))) k++;
  // "said it had been monitoring the firm, but declined to say whether …": speech the same subject
  // turned down is an act of its own (declined-speech.ts), not more of what was said.
  if (declinedSpeechAt(tokens, k) > 0) return true;
  // ("… and points out that …": a verb with its particle is a cue too.)
  const lemma = cueLemma(tokens[k]?.text ?? '') ?? phrasalCueAt(tokens, k);
  // ("… and would add to the national debt": a cue in a sense that reports nothing is no second report.)
  return (
    !!lemma &&
    !reportsAnAmount(lemma, tokens[k + 1]?.text) &&
    !otherSense(tokens, k, lemma) &&
    !(k === i + 1 && lemma === tokens[k]!.text.toLowerCase() && modalBefore(tokens, i))
  );
}

/** How many tokens a short phrase of when takes at `k`: "at one point", "at times", "on Friday",
 *  "last week", "in March"; or 0. */
function timePhraseLength(tokens: Token[], k: number): number {
  const w = (n: number) => tokens[k + n]?.text ?? '';
  if (/^at$/iu.test(w(0))) return atPointLength(w(1), w(2));
  if (/^(on|in)$/iu.test(w(0)) && isCalendarWord(w(1))) return 2;
  return /^(last|this|next)$/iu.test(w(0)) && (/^(week|month|year|weekend)$/iu.test(w(1)) || isCalendarWord(w(1))) ? 2 : 0;
}

/** "at one point", "at times" (the words after "at"): how many tokens with "at", or 0. */
const atPointLength = (first: string, second: string) =>
  /^times$/iu.test(first) ? 2 : /^(one|some|that|the)$/iu.test(first) && /^(point|stage|time)$/iu.test(second) ? 3 : 0;

/** Where "at one point" or "at times" ending at `j` opens ("the union … and at one point threatened"), or -1. */
export function pointInTimeEndingAt(tokens: Token[], j: number): number {
  for (const n of [2, 1])
    if (/^at$/iu.test(tokens[j - n]?.text ?? '') && atPointLength(tokens[j - n + 1]!.text, tokens[j - n + 2]?.text ?? '') === n + 1) return j - n;
  return -1;
}

/** A period's words, last first: "past the in", "weeks few past the in", "days recent in", "years the over". */
const PERIOD_BACKWARDS =
  /^(?:(?:days|weeks|months|years|decades?|year|month|week) (?:(?:few|two|three|several|\d+) )?(?:past|last) the (?:in|over)|(?:days|weeks|months|years) recent in|past the in|years the over)(?: |$)/iu;

/** Where a period ending at `j` opens ("Gore's friends have in the past said", "has in recent weeks
 *  argued", "have over the years said"), or -1. */
export function periodEndingAt(tokens: Token[], j: number): number {
  if (j < 2) return -1;
  // The words from `j` back, joined in a loop (this runs at every cue).
  let words = '';
  for (let n = Math.min(j, tokens.length - 1); n >= Math.max(0, j - 5); n--) words = words ? `${words} ${tokens[n]!.text}` : tokens[n]!.text;
  const m = PERIOD_BACKWARDS.exec(words);
  return m ? j - m[0].trim().split(' ').length + 1 : -1;
}

/** "… that Pike would arrive with brochures and promise to start": a bare verb after "and" goes on
 *  with a modal or "to" earlier in its clause, not with the cue. */
function modalBefore(tokens: Token[], i: number): boolean {
  for (let n = i - 1; n >= 0 && n >= i - 12 && !/^[,;:]$/u.test(tokens[n]!.text); n--) {
    // ("he’d sit them down and tell them": a contracted "would" or "will" is a modal too.)
    if (isModal(tokens[n]!.text) || /^(to|['’]d|['’]ll)$/iu.test(tokens[n]!.text)) return true;
  }
  return false;
}

/** A capitalised subject (not a pronoun) followed within four words by a finite verb. */
export function namedClauseAt(tokens: Token[], k: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[k]?.text ?? '') || /^(I|He|She|It|They|We)$/u.test(tokens[k]!.text)) return false;
  for (let n = k + 1; n < Math.min(tokens.length, k + 5); n++) {
    if (isFiniteVerb(tokens[n]!.text)) return true;
  }
  return false;
}

/** "Ham also noted …", "she said, “…”", "others said …", "the company said …": a name, a pronoun or a
 *  determined speaker noun, then (past adverbs) a finite cue that has content of its own after it.
 *  "…, ferry union leaders argued that …", "…, people familiar with the talks said.", "…, the
 *  protesters chanted “…”", "…, while Pike is arguing that …": a speaker described in lower case, its
 *  head a plural or a speaker's noun, "while" before a subject, a cue in the progressive, quote marks
 *  right after the cue and a sentence closing after it (`describedToo`, after a comma). */
export function newAttributionAt(tokens: Token[], k: number, describedToo = false): boolean {
  let n = k;
  if (describedToo && /^(while|whereas)$/iu.test(tokens[n]?.text ?? '')) n++;
  const opens = n;
  if (isPersonalSubject(tokens[n]?.text ?? '') || /^(others|many|some|most)$/iu.test(tokens[n]?.text ?? '')) n++;
  else if (/^(the|some|many|most|other|several)$/iu.test(tokens[n]?.text ?? '') && SPEAKER_NOUNS.has(tokens[n + 1]?.text ?? '')) n += 2;
  else while (n < opens + 4 && /^\p{Lu}/u.test(tokens[n]?.text ?? '')) n++;
  const described = n === opens && describedToo;
  if (described) n = describedSpeakerEnd(tokens, n);
  if (n <= opens) return false;
  while (/^(also|later|then|again|repeatedly|has|had|have)$/iu.test(tokens[n]?.text ?? '') || isAdverb(tokens[n]?.text ?? '')) n++;
  // "is arguing that …", "were chanting “…”": the progressive of a cue.
  const progressive = describedToo && isCopula(tokens[n]?.text ?? '') && /ing$/u.test(tokens[n + 1]?.text ?? '') && !!cueLemma(tokens[n + 1]!.text);
  if (progressive) n++;
  else if (!finiteCue(tokens, n)) return false;
  const then = tokens[n + 1]?.text ?? '';
  if (describedToo && (isOpeningMarkOrApostrophe(then) || (n > opens + 1 && /^([.!?]|)$/u.test(then)))) return true;
  // (A speaker described in lower case reports a clause: "…, residents say the ferry …", not "…, runs counter to …".)
  if (described && !(/^(that|the|a|an|this|these|his|her|their|its)$/iu.test(then) || PRONOUNS.has(then.toLowerCase()) || /^[,:]$/u.test(then))) return false;
  return /^[,:]$/u.test(then) ? isOpeningMarkOrApostrophe(tokens[n + 2]?.text ?? '') : /^\p{L}/u.test(then);
}

/** Where a speaker described in lower case from `k` ends: "ferry union leaders", "the harbour
 *  workers", "people familiar with the talks", "sources close to the mayor" (up to four words, with
 *  no verb, its head a plural noun or a speaker's noun), or -1. */
function describedSpeakerEnd(tokens: Token[], k: number): number {
  const w = (n: number) => tokens[n]?.text ?? '';
  const postModifierAt = (n: number) => /^(familiar|close|briefed)$/iu.test(w(n)) && /^(with|to|on)$/iu.test(w(n + 1));
  let n = k;
  if (/^(the|some|many|most|other|several|two|three|four|both|all)$/iu.test(w(n))) n++;
  const from = n;
  while (n < from + 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(w(n)) && !isFunctionWord(w(n)) && !isFiniteVerb(w(n)) && !cueLemma(w(n)) && !postModifierAt(n)) n++;
  const head = w(n - 1);
  if (n === from || !(isPluralNoun(head) || SPEAKER_NOUNS.has(head) || head === 'people')) return -1;
  // "people familiar with the talks", "sources close to the mayor", "officials briefed on the plan"
  if (postModifierAt(n)) {
    n += 2;
    const past = n;
    while (n < past + 4 && /^[\p{L}’'-]+$/u.test(w(n)) && !finiteCue(tokens, n)) n++;
  }
  return n;
}

export const NOT_PARTICIPLE = new Set(
  'including according regarding concerning during nothing something anything everything morning evening notwithstanding beginning starting'.split(' '),
);

/** A lower-case word in "-ing" of five letters or more ("touting", not "king" or "sing"). */
export const ING_FORM = /^\p{Ll}{2,}ing$/u;
/** Such a word that is a participle, not a preposition or a noun in "-ing" ("including", "morning"). */
export const isParticiple = (word: string) => ING_FORM.test(word) && !NOT_PARTICIPLE.has(word);

/** A past form after "and"/"but", past "also", "then", "later": "… and later decided …"; with
 *  `unknownToo`, one the lexicon does not know, in -ed, before its object: "… and defended his
 *  decision", "… and chided him" (not "and unaccompanied minors"), or one it knows only as an
 *  adjective before a determiner or a pronoun, where no adjective stands: "… and celebrated the
 *  ruling", "… and assured them" (not "and noted Republicans"). */
export function pastVerbAfter(tokens: Token[], k: number, unknownToo = false): boolean {
  let n = k;
  // ("… and once again did not back …")
  while (
    /^(also|then|later|still|even|again)$/iu.test(tokens[n]?.text ?? '') ||
    (/^once$/iu.test(tokens[n]?.text ?? '') && /^again$/iu.test(tokens[n + 1]?.text ?? ''))
  )
    n++;
  const w = tokens[n]?.text ?? '';
  const tags = tagsOf(w);
  if (tags.includes('PastTense')) return true;
  if (!unknownToo || !hasRegularPastShape(w)) return false;
  const next = tokens[n + 1]?.text ?? '';
  // (An unlisted form may take a name for object; one listed as an adjective may not: "and noted Republicans".)
  if (tags.length === 0) return DETERMINER_OR_PRONOUN.test(next) || isTitleCaseWord(next);
  return tags.every((t) => t === 'Adjective') && DETERMINER_OR_PRONOUN.test(next);
}
const DETERMINER_OR_PRONOUN = /^(the|a|an|his|her|their|its|our|my|him|them|it|us|me|this|these|those)$/u;

/** A subject (a pronoun, or a determined or capitalised noun phrase of up to four words) and a
 *  finite verb at `k`: "the union also stepped in", "he has also intensified". Strict, as it ends a
 *  content where it holds: no punctuation, no long phrase. (The main clause after a fronted "Asked
 *  whether …," must come and may be long: asked-questions.ts tests it apart, in subjectThenVerb.) */
export function subjectAndVerbAt(tokens: Token[], k: number, pastForms = false): boolean {
  // The lexicon may know a past form only as an adjective ("delayed") or not at all.
  const verb = (w: string) => isFiniteVerb(w) || (pastForms && isPastFormReadAsAdjective(w));
  const first = tokens[k]?.text ?? '';
  if (PRONOUNS.has(first.toLowerCase())) return verb(tokens[k + 1]?.text ?? '');
  if (!/^(the|a|an|his|her|their|its|\p{Lu}\p{L}*)$/u.test(first) || (isFunctionWord(first) && !/^(the|a|an|his|her|their|its)$/iu.test(first))) return false;
  for (let n = k + 1; n <= k + 5 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (!/^[\p{L}’'-]+$/u.test(w)) return false;
    if (verb(w) && !/^(that|who|which)$/iu.test(tokens[n - 1]!.text)) return n > k + 1;
  }
  return false;
}

/** A cue that is a finite verb: "replied", not "saying" or "to say". */
export function finiteCue(tokens: Token[], n: number): boolean {
  const t = tokens[n];
  const prev = tokens[n - 1];
  if (!t) return false;
  // "his announced plans": after a determiner the form is an adjective.
  const lemma = cueLemma(t.text);
  // ("… who accepted the reality that …": "accept" is a cue only before its clause; other cue verbs
  // in another sense are verbs of a clause all the same.)
  return (
    !!lemma &&
    !/ing$/u.test(t.text) &&
    !(lemma === 'accept' && otherSense(tokens, n, lemma)) &&
    !(prev && (/^to$/iu.test(prev.text) || isDeterminer(prev.text))) &&
    /^\p{Ll}/u.test(t.text) &&
    !reportsAnAmount(cueLemma(t.text), tokens[n + 1]?.text)
  );
}

/** The index of "who" or "which" opening a relative clause whose own verb the words up to `k` go on
 *  with ("the manager, who has pleaded guilty and agreed to testify"): the pronoun is the clause's
 *  subject (a verb right after it), and no punctuation nor subordinate clause stands between; or -1. */
export function relativeSubjectBefore(tokens: Token[], from: number, k: number): number {
  const relative = tokens.findLastIndex((t, n) => n > from && n < k - 1 && isWhoOrWhich(t.text));
  if (relative < 0) return -1;
  const next = tokens[relative + 1]!.text;
  const verbFirst = isFiniteVerb(next) || isAdverb(next) || hasRegularPastShape(next) || /^(have|do)$/iu.test(next);
  const between = tokens.slice(relative + 1, k);
  return verbFirst && !between.some((t) => /^([,;:“”"()—–-]|when|while|if|because|after|before|that|as|until|since)$/iu.test(t.text)) ? relative : -1;
}

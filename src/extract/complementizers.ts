// "that", "how", "why" or "whether" opening what was said after the cue and the adverbials, the
// listener or the venue before it ("said on Thursday that", "told reporters after the meeting how").
import { cueLemma, whenOrWhereWord } from './cues.js';
import { isCalendarWord, isFiniteVerb, tagsOf, isFiniteAuxiliary } from './lexicon.js';
import { PREPOSITIONS, VENUE_PARTICIPLES } from './speech-venues.js';
import { isLowerCaseWord, type Token } from './tokens.js';

/** "said on Thursday that", "said during a rally in Michigan that": "that" after adverbials opens
 *  the content, and so does a question word after adverbs of manner ("wondered aloud whether …");
 *  null when none follows the cue at `k - 1`. */
export function complementizerStart(tokens: Token[], k: number): number | null {
  // "said on CNN’s “State of the Union” that": a show's title in quote marks may name where it was said.
  const that = complementizerWithin(tokens, k, 12, /^(on|in)$/iu.test(tokens[k]?.text ?? ''));
  if (that < 0) return null;
  const between = tokens.slice(k, that);
  // "said Sunday on CNN that", "said for the first time that": a time may come before where, and "for" opens a time too.
  // ("for that reason": "that" right after a preposition points to a noun.)
  const timeOpening = between.find((t) => timePreposition(t.text) || !whenOrWhereWord(t.text));
  const adverbial =
    between.length === 0 ||
    PREPOSITIONS.has(between[0]!.text.toLowerCase()) ||
    /^(of|when|while)$/iu.test(between[0]!.text) ||
    (!!timeOpening && timePreposition(timeOpening.text) && !timePreposition(between[between.length - 1]!.text)) ||
    // "said only that …", "said publicly that …": an adverb before "that" is how it was said.
    between.every((t) => whenOrWhereWord(t.text) || /^\p{N}/u.test(t.text) || /^(\p{Ll}{2,}ly|just)$/u.test(t.text));
  // The complementizer opens the content ("said that the plan failed"), as news annotation marks it.
  if (adverbial && tokens[that]!.text.toLowerCase() === 'that') return tokens[that]!.start;
  // "wondered aloud whether …", "explained patiently why …": so does a question.
  // ("just how swift …": an adverb of degree belongs to the question.)
  if (between.length && between.every((t) => /^(\p{Ll}{2,}ly|aloud|again|also|then|later)$/u.test(t.text))) return tokens[that]!.start;
  return null;
}

const timePreposition = (word: string) => PREPOSITIONS.has(word.toLowerCase()) || /^for$/iu.test(word);

/** The index of "that", "how", "why" or "whether" within `limit` tokens from `from`, with no mark,
 *  speech verb or clause of its own before it, or -1. `titles`: quote marks may stand between, round
 *  a show's title. */
export function complementizerWithin(tokens: Token[], from: number, limit: number, titles = false, listener = false): number {
  const that = tokens.slice(from, from + limit).findIndex((t) => COMPLEMENTIZER.test(t.text));
  const between = tokens.slice(from, from + Math.max(that, 0));
  // A listener may be a show in quote marks: "told MSNBC’s “Morning Joe” on Friday that".
  const marks = titles ? MARKS_OUTSIDE_TITLES : MARKS;
  // "told reporters after the meeting that was held on a boat": "that" and a verb after a noun is a relative clause.
  // ("said on Tuesday that nurses had …": a plural noun spelled like a verb, with a verb after it, is the subject.)
  const relative =
    that > 0 &&
    tokens[from + that]!.text.toLowerCase() === 'that' &&
    isFiniteVerb(tokens[from + that + 1]?.text ?? '') &&
    !pluralSubjectAt(tokens, from + that + 1) &&
    // ("said on Wednesday that reports of …": no relative clause qualifies a day.)
    !isCalendarWord(tokens[from + that - 1]?.text ?? '');
  return that >= 0 && !relative && !between.some((t, n) => marks.test(t.text) || speechVerb(t) || clauseAt(between, n, listener) || infinitiveAt(between, n))
    ? from + that
    : -1;
}
const MARKS = /^[;:“"]$/u;
const COMPLEMENTIZER = /^(that|how|why|whether)$/iu;
const MARKS_OUTSIDE_TITLES = /^[;:]$/u;
const SPEECH_VERB_ENDING = /(ed|ing|said|told|wrote|says|tells|writes)$/iu;
const PLURAL_LIKE = /^\p{Ll}{3,}s$/u;

/** Another speech verb between closes the search; "a conference call" is a noun. */
export const speechVerb = (t: Token) => !!cueLemma(t.text) && SPEECH_VERB_ENDING.test(t.text) && !VENUE_PARTICIPLES.test(t.text);

/** "told Reuters the group would discuss whether …": a clause of its own comes first ("in a statement
 *  carried by SPA that …" is where it was said). ("reported in its annual accounts that …": a word in
 *  -s heading a phrase after a preposition is a noun; "told delegates at the conference that …": no
 *  verb follows a listener's verb at once, so a word in -s there is its plural.) */
function clauseAt(between: Token[], n: number, listener: boolean): boolean {
  const w = between[n]!.text;
  return isFiniteVerb(w) && !VENUE_PARTICIPLES.test(w) && !nounInPhrase(between, n) && !(listener && n === 0 && PLURAL_LIKE.test(w));
}

/** "urged both sides to ensure that …": "that" opens the infinitive's object, inside the content
 *  ("in an interview to be aired Sunday that …" names where). */
function infinitiveAt(between: Token[], n: number): boolean {
  const next = between[n + 1]?.text ?? '';
  return /^to$/iu.test(between[n]!.text) && !/^(be|have)$/iu.test(next) && tagsOf(next).includes('Infinitive');
}

/** "in its annual accounts", "at the shareholders' meetings": the word at `n`, in -s, heads a phrase
 *  opened by a preposition and a determiner, with only lower-case words that are no verbs between. */
function nounInPhrase(between: Token[], n: number): boolean {
  if (!/^\p{Ll}{3,}s$/u.test(between[n]!.text)) return false;
  for (let m = n - 1; m > 0 && m >= n - 3; m--) {
    const w = between[m]!.text;
    if (PHRASE_DETERMINER.test(w)) return PREPOSITIONS.has(between[m - 1]!.text.toLowerCase());
    if (!isLowerCaseWord(w) || isFiniteVerb(w)) return false;
  }
  return false;
}
const PHRASE_DETERMINER = /^(the|a|an|its|his|her|their|our|this)$/iu;

/** "that nurses had", "that prices would": a word in -s that may be a verb, but with a finite verb
 *  after it, is a plural noun opening a clause. */
function pluralSubjectAt(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  return /^\p{Ll}{3,}s$/u.test(word) && !isFiniteAuxiliary(word) && isFiniteVerb(tokens[k + 1]?.text ?? '');
}

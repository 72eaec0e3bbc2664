// Where the content of reported speech begins after its cue: past "that" and the adverbials before
// it ("said on Thursday that"), past a listener ("told reporters"), a time or venue ("said on Tuesday
// it would …"), an aside set off by commas ("said, however, that …"), or a colon ("said only: …").
import { ARTICLES } from './speaker-words.js';
import { appealsThrough, cueLemma, LISTENER_VERBS, whenOrWhereWord } from './cues.js';
import { isCalendarWord, isClosedClassWord, isFiniteVerb, isFunctionWord, tagsOf, finiteVerbWithin, isFiniteAuxiliary, isArticle } from './lexicon.js';
import { PREPOSITIONS, VENUE_PARTICIPLES } from './speech-venues.js';
import { isPossessiveMark, type Token } from './tokens.js';
import { isDemonymWord } from './gazetteer.js';
import { pastTimeOrVenue, SUBJECT_START } from './time-venue-phrases.js';
import { pressTitleEnd } from './press-titles.js';
import { quotationAfterLeadIn } from './lead-in-quotations.js';

/** Sentence adverbs a writer sets off by commas inside a clause. */
const INTERJECTED = /^(however|though|moreover|furthermore|nonetheless|nevertheless|meanwhile|instead|too|also|again|still|therefore|indeed)$/iu;

/** How many tokens an aside set off by commas after the token at `k` takes, commas included, or 0:
 *  an adverb ("said, however, that …") or, before "that", where or when it was said ("said, in an
 *  interview on Friday, that …") or who said it too ("warned, as did the bank, that …"). */
export function asideAfter(tokens: Token[], k: number): number {
  if (tokens[k + 1]?.text !== ',') return 0;
  if (INTERJECTED.test(tokens[k + 2]?.text ?? '') && tokens[k + 3]?.text === ',') return 3;
  // "cautioned, as did the bank itself, that …", "warned, as it had in May, that …": said before or by another.
  const auxiliary = /^as$/iu.test(tokens[k + 2]?.text ?? '') ? [k + 3, k + 4].find((n) => isFiniteAuxiliary(tokens[n]?.text ?? '')) : undefined;
  if (auxiliary === undefined && !PREPOSITIONS.has(tokens[k + 2]?.text.toLowerCase() ?? '')) return 0;
  for (let n = auxiliary === undefined ? k + 3 : auxiliary + 1; n < tokens.length && n <= k + 10; n++) {
    const w = tokens[n]!.text;
    if (w === ',') return /^that$/iu.test(tokens[n + 1]?.text ?? '') ? n - k : 0;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}.’'-]*$/u.test(w) || (isFiniteVerb(w) && !VENUE_PARTICIPLES.test(w))) return 0;
  }
  return 0;
}

/** Where the content begins after the cue: past "that", a listener ("told reporters"), a colon. */
export function contentStart(tokens: Token[], cue: number, lemma: string): number {
  // "admitted, however, that …": an aside set off by commas stands between.
  const aside = asideAfter(tokens, cue);
  if (aside) return contentStart(tokens, cue + aside, lemma);
  return setPhraseStart(tokens, cue, lemma) ?? complementizerStart(tokens, cue + 1) ?? startPastListener(tokens, cue + 1, lemma);
}

/** The comma closing "As X said …," opening the sentence, after which the main clause is what was
 *  said ("As the minister said on Monday, the plan will fail"), or -1. */
export function asPhraseComma(tokens: Token[], cue: number): number {
  // (Not "As the crowd began to chant, …": an infinitive reports nothing said.)
  if (!/^as$/iu.test(tokens[0]?.text ?? '') || /^to$/iu.test(tokens[cue - 1]?.text ?? '')) return -1;
  const comma = tokens.findIndex((t, n) => n > cue && t.text === ',');
  if (comma < 0 || comma - cue > 8 || finiteVerbWithin(tokens, cue + 1, comma)) return -1;
  // Only when, where or how it was said stands before the comma ("As she noted in her column, …"),
  // not an object ("As Cruz lamented illegal immigration, Clinton …": the main clause is the narrator's).
  const next = tokens[cue + 1]!.text;
  return comma === cue + 1 || whenOrWhereWord(next) || /^(it|out|above|then|so|here|just|\p{Ll}+ly)$/iu.test(next) ? comma : -1;
}

/** Where the content begins after a cue in a set phrase: "As the minister said on Monday, …",
 *  "said only: …", "expressed hope that …", "called for …", "said, going on to …"; or null. */
function setPhraseStart(tokens: Token[], cue: number, lemma: string): number | null {
  const k = cue + 1;
  // "As the minister said on Monday, the plan will fail": after "As X said …," the main clause is what was said.
  const comma = asPhraseComma(tokens, cue);
  if (comma > 0) return tokens[comma + 1]?.start ?? tokens[comma]!.end;
  // "said only: “…”", "said simply: …": what follows the colon.
  if (/^(only|simply|merely|just|tersely|flatly)$/iu.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ':')
    return tokens[k + 2]?.start ?? tokens[k + 1]!.end;
  // "expressed hope that …", "voiced concern that …": the clause is what was said.
  if (
    /^(hope|concern|confidence|regret|optimism|belief|fear|fears|satisfaction|doubt|doubts)$/iu.test(tokens[k]?.text ?? '') &&
    /^that$/iu.test(tokens[k + 1]?.text ?? '')
  )
    return tokens[k + 1]!.start;
  // "expressed alarm that …", "voiced similar doubts that …": after a verb of expressing, the
  // feeling named, with a word or two before it, is the cue's; the clause is what was said.
  const felt = EXPRESSING.has(lemma) ? feelingThat(tokens, k) : -1;
  if (felt > 0) return tokens[felt]!.start;
  // "put it to him that …": the clause after the one it was put to.
  if (lemma === 'put to') {
    const that = tokens.findIndex((t, n) => n > k && /^that$/iu.test(t.text));
    if (that > 0) return tokens[that]!.start;
  }
  // "called for a moratorium", "called on Congress to act": what is called for is the content.
  if (appealsThrough(lemma, tokens[k]?.text ?? '')) return tokens[k + 1]?.start ?? tokens[k]!.end;
  // "replied evenly, “…”", "asked the crowd, “…”": the quotation after how or to whom it was said.
  const quotation = quotationAfterLeadIn(tokens, k, lemma);
  if (quotation > 0) return tokens[quotation]!.start;
  // "Sanders said, going on to contrast …": a participle after the comma continues the narration.
  if (tokens[k]?.text === ',' && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? '')) return tokens[tokens.length - 1]!.end;
  return null;
}

/** "said on Thursday that", "said during a rally in Michigan that": "that" after adverbials opens
 *  the content, and so does a question word after adverbs of manner ("wondered aloud whether …");
 *  null when none follows the cue at `k - 1`. */
function complementizerStart(tokens: Token[], k: number): number | null {
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

/** Verbs that express a feeling named after them. */
const EXPRESSING = new Set(['express', 'voice']);

/** The index of "that" after a noun phrase of up to three plain words from `k` ("alarm", "similar
 *  doubts", "their deep unease") opening a clause, not a relative one ("the concerns that were
 *  raised"), or -1. */
function feelingThat(tokens: Token[], k: number): number {
  for (let n = k; n <= k + 3 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (n > k && /^that$/iu.test(w)) return isFiniteVerb(tokens[n + 1]?.text ?? '') ? -1 : n;
    // (The noun may look like a verb in -s: "doubts that", "fears that".)
    const nounInS = /^that$/iu.test(tokens[n + 1]?.text ?? '') && !tagsOf(w).includes('PastTense');
    if (!/^\p{Ll}+$/u.test(w) || (isFiniteVerb(w) && !nounInS)) return -1;
  }
  return -1;
}

const timePreposition = (word: string) => PREPOSITIONS.has(word.toLowerCase()) || /^for$/iu.test(word);

/** The index of "that", "how", "why" or "whether" within `limit` tokens from `from`, with no mark,
 *  speech verb or clause of its own before it, or -1. `titles`: quote marks may stand between, round
 *  a show's title. */
function complementizerWithin(tokens: Token[], from: number, limit: number, titles = false, listener = false): number {
  const that = tokens.slice(from, from + limit).findIndex((t) => /^(that|how|why|whether)$/iu.test(t.text));
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
const MARKS_OUTSIDE_TITLES = /^[;:]$/u;
const SPEECH_VERB_ENDING = /(ed|ing|said|told|wrote|says|tells|writes)$/iu;
const PLURAL_LIKE = /^\p{Ll}{3,}s$/u;

/** Another speech verb between closes the search; "a conference call" is a noun. */
const speechVerb = (t: Token) => !!cueLemma(t.text) && SPEECH_VERB_ENDING.test(t.text) && !VENUE_PARTICIPLES.test(t.text);

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
    if (!/^\p{Ll}+$/u.test(w) || isFiniteVerb(w)) return false;
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

/** Where the content begins after the cue at `k - 1` past a listener ("told Breitbart News host Alex
 *  Marlow on Thursday how …", "warned state officials that …") and a time or venue. */
function startPastListener(tokens: Token[], k: number, lemma: string): number {
  // "asked Clinton about her email scandal": what one is asked about, past the one asked.
  const about = lemma === 'ask' ? askedAbout(tokens, k) : -1;
  if (about > 0) return tokens[about]!.start;
  let n = k;
  // "warned state officials that …", "promised voters that …": a listener before the clause is no part of it.
  if (LISTENER_BEFORE_CLAUSE.has(lemma)) {
    const after = complementizerWithin(tokens, k, 8, true, true);
    // ("warned U.S. President Joe Biden that": an abbreviation's points are part of a word.)
    const word = (t: Token, n: number) =>
      (/^[\p{L}’'-]+$/u.test(t.text) || /^(?:\p{Lu}\.)+$/u.test(t.text)) && (!isFiniteVerb(t.text) || (n === 0 && /^\p{Ll}{3,}s$/u.test(t.text)));
    // ("urged the company to show how …": an infinitive after the listener is what was urged, with its clause.)
    if (after >= 0 && tokens.slice(k, after).every(word) && !tokens.slice(k + 1, after).some((t) => /^to$/iu.test(t.text))) return tokens[after]!.start;
    // "asked the chief constable if the force had …": "if" asks as "whether" does, past the one asked.
    const asked = lemma === 'ask' && after < 0 ? tokens.findIndex((t, n) => n > k && n <= k + 6 && /^if$/iu.test(t.text)) : -1;
    if (asked > 0 && tokens.slice(k, asked).every(word)) return tokens[asked]!.start;
  }
  if (LISTENER_VERBS.has(lemma)) {
    // "told Breitbart News host Alex Marlow on Thursday how ...": past the listener to that/how/why.
    const after = complementizerWithin(tokens, k, 14, true, true);
    if (after >= 0) return tokens[after]!.start;
    // "told his Iranian counterpart Moscow would …": past a possessive too, when a clause follows.
    const pastPossessive = listenerEnd(tokens, k, listenerDeterminer);
    n = SUBJECT_START.test(tokens[pastPossessive]?.text ?? '') ? pastPossessive : listenerEnd(tokens, k, isArticle);
  }
  return tokens[pastTimeOrVenue(tokens, n)]?.start ?? tokens[tokens.length - 1]!.end;
}

/** The token after "about" or "on" following the one asked, of up to five words from `k` ("asked
 *  him about", "asked the candidates on"), or -1. */
function askedAbout(tokens: Token[], k: number): number {
  for (let n = k + 1; n <= k + 5 && n + 1 < tokens.length; n++) {
    if (/^(about|on)$/iu.test(tokens[n]!.text)) return /^[\p{L}\p{N}“"‘]/u.test(tokens[n + 1]!.text) ? n + 1 : -1;
    if (
      !(/^[\p{L}’'-]+$/u.test(tokens[n]!.text) || isPossessiveMark(tokens[n]!.text)) ||
      isFiniteVerb(tokens[n]!.text) ||
      PREPOSITIONS.has(tokens[n]!.text.toLowerCase())
    )
      return -1;
  }
  return -1;
}

/** Cues that may name a listener before a clause, and before an infinitive as part of the content
 *  ("warned officials to leave"). */
const LISTENER_BEFORE_CLAUSE = new Set(['warn', 'promise', 'caution', 'advise', 'ask', 'convince', 'persuade', 'notify', 'brief', 'reassure', 'urge']);

/** Where a listener after the cue at `k - 1` ends: up to four words, a name going on only from a
 *  capitalised word or a determiner ("told Fox News host Ann Holt", but "told reporters President
 *  Omar Nasser had …"); a possessor's noun goes on too ("told Tuesday’s council meeting", "told
 *  last week’s conference"). */
function listenerEnd(tokens: Token[], k: number, determiner: (word: string) => boolean): number {
  let n = k;
  // Up to four words, and up to four more after a possessor's "’s".
  let from = k;
  while (n < tokens.length && n - from < 4) {
    const w = tokens[n]!.text;
    const previous = tokens[n - 1]!.text;
    if (n > k && isPossessiveMark(w)) {
      from = ++n;
      continue;
    }
    const goesOn =
      /^\p{L}/u.test(w) &&
      (n === k ||
        (/^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(previous)) ||
        determiner(previous) ||
        nounAfterDeterminer(tokens, k, n, determiner) ||
        // "told Japanese television the referee …", "told French radio": a people's adjective opens the listener.
        // ("told Spanish newspaper El Pais the deal …": and the name that kind of listener goes on with.)
        (n === k + 1 && isDemonymWord(previous) && /^\p{Ll}+$/u.test(w) && !isFunctionWord(w) && !isFiniteVerb(w) && !PREPOSITIONS.has(w)) ||
        (n === k + 2 && isDemonymWord(tokens[k]!.text) && /^\p{Lu}/u.test(w) && !/s$/u.test(previous)) ||
        // "told CNN’s Jake Tapper"; "meeting" is a noun here, though the lexicon knows it as a verb form.
        (isPossessiveMark(previous) && /^\p{Lu}/u.test(w)) ||
        (from > k && /^\p{Ll}+$/u.test(w) && !isClosedClassWord(w) && !isFiniteVerb(w) && !PREPOSITIONS.has(w)) ||
        (/^(last|next|this)$/iu.test(previous) && isPossessiveMark(tokens[n + 1]?.text ?? '')));
    if (!goesOn) break;
    n++;
  }
  return n - from >= 4 ? pressTitleEnd(tokens, n) : n;
}

/** "told the radio station …": a plain word going on with a listener opened by a determiner; an
 *  "-ing" word too where the phrase ends after it ("told a board meeting in Vienna", "told a news briefing:"). */
function nounAfterDeterminer(tokens: Token[], k: number, n: number, determiner: (word: string) => boolean): boolean {
  const w = tokens[n]!.text;
  const nounInIng = /^\p{Ll}+ing$/u.test(w) && (PREPOSITIONS.has(tokens[n + 1]?.text.toLowerCase() ?? '') || /^[:,;.]$/u.test(tokens[n + 1]?.text ?? '.'));
  return determiner(tokens[k]!.text) && /^\p{Ll}+$/u.test(w) && (!isFunctionWord(w) || nounInIng) && !isFiniteVerb(w) && !PREPOSITIONS.has(w);
}
/** What may open a listener's noun phrase: "told the radio station", "told his Iranian counterpart". */
const listenerDeterminer = (word: string) => ARTICLES.has(word.toLowerCase());

// Past a listener after the cue to where what was said begins: "told Breitbart News host Alex Marlow
// on Thursday how …", "warned state officials that …", "asked Clinton about her email scandal".
import { ARTICLES } from './speaker-words.js';
import { INFINITIVE_VERBS, LISTENER_VERBS } from './cues.js';
import { isClosedClassWord, isFiniteVerb, isFunctionWord, isArticle } from './lexicon.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isPossessiveMark, type Token, isLowerCaseWord } from './tokens.js';
import { isDemonymWord } from './gazetteer.js';
import { pastTimeOrVenue, SUBJECT_START } from './time-venue-phrases.js';
import { pressTitleEnd } from './press-titles.js';
import { complementizerWithin } from './complementizers.js';
import { roleOf } from './roles.js';
import { infinitiveAt } from './to-infinitives.js';

/** Where the content begins after the cue at `k - 1` past a listener ("told Breitbart News host Alex
 *  Marlow on Thursday how …", "warned state officials that …") and a time or venue. */
export function startPastListener(tokens: Token[], k: number, lemma: string): number {
  // "asked Clinton about her email scandal": what one is asked about, past the one asked.
  const about = lemma === 'ask' ? askedAbout(tokens, k) : -1;
  if (about > 0) return tokens[about]!.start;
  // "asked him a question", "tried to ask Pike a question after the rally": nothing asked is reported.
  if (lemma === 'ask' && questionWithoutContent(tokens, k)) return tokens[tokens.length - 1]!.end;
  // "pledged to cut taxes if he is elected": an infinitive after a verb that takes one is what was said,
  // whatever subject a clause inside it has ("to" is no venue here, as in "said to reporters he …").
  if (INFINITIVE_VERBS.has(lemma) && infinitiveAt(tokens, k)) return tokens[k]!.start;
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

/** "a question" or "a tough question" within five words of `k`, past the one asked, with nothing
 *  after it that says what was asked: the sentence ends, or a preposition, a comma or a relative
 *  clause follows ("a question after the rally", "a question that stunned the room"; "a question:
 *  …" and "a question about …" say it). */
function questionWithoutContent(tokens: Token[], k: number): boolean {
  const at = tokens.findIndex((t, n) => n >= k && n <= k + 5 && /^questions?$/iu.test(t.text));
  if (at < 0 || !tokens.slice(k, at).some((t) => /^(a|an|another|one|the)$/iu.test(t.text))) return false;
  if (tokens.slice(k, at).some((t) => !/^[\p{L}’'-]+$/u.test(t.text) && !isPossessiveMark(t.text))) return false;
  const next = tokens[at + 1]?.text ?? '';
  return next === '' || /^[.,;)]$/u.test(next) || (PREPOSITIONS.has(next.toLowerCase()) && next.toLowerCase() !== 'on') || /^(that|which)$/iu.test(next);
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
  // Up to four words, and up to four more after a possessor's "’s"; a role's name counts anew.
  let from = k;
  let counted = k;
  while (n < tokens.length && n - counted < 4) {
    const w = tokens[n]!.text;
    const previous = tokens[n - 1]!.text;
    if (n > k && isPossessiveMark(w)) {
      from = counted = ++n;
      continue;
    }
    if (n > k && roleBeforeName(tokens, n - 1)) counted = n;
    // ("told the board anything it did not know": the thing told ends the listener; what follows is its relative clause.)
    const goesOn =
      /^\p{L}/u.test(w) &&
      !(n > k && THING_TOLD.test(w)) &&
      (n === k ||
        roleBeforeName(tokens, n) ||
        roleBeforeName(tokens, n - 1) ||
        (/^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(previous)) ||
        determiner(previous) ||
        nounAfterDeterminer(tokens, k, n, determiner) ||
        // "told Japanese television the referee …", "told French radio": a people's adjective opens the listener.
        // ("told Spanish newspaper El Pais the deal …": and the name that kind of listener goes on with.)
        (n === k + 1 && isDemonymWord(previous) && isLowerCaseWord(w) && !isFunctionWord(w) && !isFiniteVerb(w) && !PREPOSITIONS.has(w)) ||
        (n === k + 2 && isDemonymWord(tokens[k]!.text) && /^\p{Lu}/u.test(w) && !/s$/u.test(previous)) ||
        // "told CNN’s Jake Tapper"; "meeting" is a noun here, though the lexicon knows it as a verb form.
        (isPossessiveMark(previous) && /^\p{Lu}/u.test(w)) ||
        (from > k && isLowerCaseWord(w) && !isClosedClassWord(w) && !isFiniteVerb(w) && !PREPOSITIONS.has(w)) ||
        (/^(last|next|this)$/iu.test(previous) && isPossessiveMark(tokens[n + 1]?.text ?? '')));
    if (!goesOn) break;
    n++;
  }
  return n - counted >= 4 ? pressTitleEnd(tokens, n) : n;
}

const THING_TOLD = /^(anything|nothing|something|everything)$/iu;

/** "told host Ann Reyes she …", "told Harbour Radio founder Ann Lee he …": one person's role, in
 *  lower case and the singular, right before a capitalised name, is that person's title; the name
 *  goes on with the listener. Not a name whose verb follows ("told his lawyer Dan Ruiz had lied"),
 *  nor after a plural ("told reporters Omar Nasser had …" names no listener by its role). */
function roleBeforeName(tokens: Token[], n: number): boolean {
  const w = tokens[n]?.text ?? '';
  if (!isLowerCaseWord(w) || roleOf(w) !== w || !CAPITALISED.test(tokens[n + 1]?.text ?? '')) return false;
  let end = n + 1;
  while (CAPITALISED.test(tokens[end]?.text ?? '')) end++;
  return end < tokens.length && !isFiniteVerb(tokens[end]!.text);
}
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** "told the radio station …": a plain word going on with a listener opened by a determiner; an
 *  "-ing" word too where the phrase ends after it ("told a board meeting in Vienna", "told a news briefing:"). */
function nounAfterDeterminer(tokens: Token[], k: number, n: number, determiner: (word: string) => boolean): boolean {
  const w = tokens[n]!.text;
  const nounInIng = /^\p{Ll}+ing$/u.test(w) && (PREPOSITIONS.has(tokens[n + 1]?.text.toLowerCase() ?? '') || /^[:,;.]$/u.test(tokens[n + 1]?.text ?? '.'));
  return determiner(tokens[k]!.text) && isLowerCaseWord(w) && (!isFunctionWord(w) || nounInIng) && !isFiniteVerb(w) && !PREPOSITIONS.has(w);
}
/** What may open a listener's noun phrase: "told the radio station", "told his Iranian counterpart". */
const listenerDeterminer = (word: string) => ARTICLES.has(word.toLowerCase());

// How or where the words went out, closing what was said: "denied the charges through her lawyer",
// "… via Facebook on Friday", "… on the condition of anonymity", "praised the crews in speeches",
// "touted her record in a commercial running on local radio", "… on his weekly radio show". The
// channel is the narrator's account of the speech, not a part of it.
import { finiteCue, NOT_PARTICIPLE } from './clause-openings.js';
import { cueLemma, LISTENER_VERBS } from './cues.js';
import { isAdverb, isCalendarWord, isFiniteVerb, isPreposition } from './lexicon.js';
import { SPEECH_OCCASIONS } from './narrator-comments.js';
import { VENUE_PARTICIPLES } from './speech-venues.js';
import type { Token } from './tokens.js';
import { ARTICLES } from './word-classes.js';

/** Who words go out through: "through her lawyer", "via a spokesman". */
const GO_BETWEENS = /^(lawyers?|attorneys?|spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|representatives?|publicist)$/iu;
/** What words go out on: "on Twitter", "on his radio show", "via email". */
const MEDIA = /^(facebook|twitter|instagram|youtube|radio|television|tv|blog|website|podcast|show|broadcast|emails?|e-mails?|texts?)$/iu;
/** Occasions of speech besides `SPEECH_OCCASIONS`: "in speeches", "in a commercial". */
const OCCASIONS = /^(speeches|commercials?|advertisements?|op-eds|essay|editorial|memo)$/iu;
/** Words opening a channel's noun phrase: the articles and possessives, demonstratives and a few numbers. */
const DETERMINERS = new Set([...ARTICLES, 'this', 'that', 'these', 'those', 'one', 'two', 'several']);
const isDeterminer = (word: string) => DETERMINERS.has(word.toLowerCase());
/** A lower-case -ing form of three letters or more before it: "running", "saying". */
const ING_FORM = /^\p{Ll}{3,}ing$/u;
const CHANNEL_OPENERS = /^(in|on|at|during|through|via|under)$/u;

/** Whether the preposition at `k` opens the channel or occasion a speech went out by, closing the
 *  content of the cue at `cue`: a go-between after "through" or "via", a medium after "via" or "on",
 *  an occasion after "in", "during" or "at" ("in a televised address"), "condition of anonymity";
 *  within six words that are no verbs, the channel's noun ending its phrase ("email", not "an email
 *  server"), and no verb of its own after it to the clause's end (a participle on it, "posted",
 *  "running", may follow). Past "via" and "condition of anonymity", a phrase reported only closes so:
 *  "said the council spent 20,000 on radio ads", "accused him of misrepresenting himself in
 *  interviews" tell what happened. A content reporting another speech keeps where that was given. */
export function channelPhraseAt(tokens: Token[], cue: number, k: number): boolean {
  const opener = tokens[k]?.text.toLowerCase() ?? '';
  if (!CHANNEL_OPENERS.test(opener) || k < cue + 2 || LISTENER_VERBS.has(cueLemma(tokens[cue]!.text) ?? '')) return false;
  // ("said she asked for the files in a letter": where the speech it reports was given stays;
  // "insisted, most recently in an interview, that …": one before the content opens nothing.)
  if (tokens.some((_, n) => n > cue && n < k && finiteCue(tokens, n))) return false;
  if (!tokens.some((t, n) => n > cue && n < k && /^\p{L}/u.test(t.text) && !isAdverb(t.text))) return false;
  const phrase = phraseReported(tokens, cue, k);
  const noun = channelNounAfter(tokens, k, (w) => {
    if (/^anonymity$/iu.test(w)) return opener === 'on' || opener === 'under';
    if (opener === 'via') return GO_BETWEENS.test(w) || MEDIA.test(w);
    if (!phrase) return false;
    if (opener === 'through') return GO_BETWEENS.test(w);
    return opener === 'on' ? MEDIA.test(w) : /^(in|during|at)$/u.test(opener) && (SPEECH_OCCASIONS.test(w) || OCCASIONS.test(w));
  });
  if (noun < 0 || setOffInside(tokens, k, noun)) return false;
  // ("in political speech": an occasion is one speech or several, "in a speech", "in speeches".)
  if (
    /^(in|during|at)$/u.test(opener) &&
    !/s$/u.test(tokens[noun]!.text) &&
    !tokens.slice(k + 1, noun).some((t) => isDeterminer(t.text) || /['’]s$/u.test(t.text))
  )
    return false;
  // ("… on the condition of anonymity because they were not allowed to …": why stays with it.)
  return /^anonymity$/iu.test(tokens[noun]!.text) || noVerbAfter(tokens, noun);
}

/** Whether the content from `cue + 1` to `k` is a phrase: no "that" opening a clause, no verb
 *  ("the charges" is a plural after its determiner), no gerund with an act of its own. */
function phraseReported(tokens: Token[], cue: number, k: number): boolean {
  if (/^(that|whether|if|how|why|what)$/iu.test(tokens[cue + 1]?.text ?? '')) return false;
  for (let n = cue + 1; n < k; n++) {
    const w = tokens[n]!.text;
    if ((isFiniteVerb(w) && !pluralAfterDeterminer(tokens, n)) || (ING_FORM.test(w) && !NOT_PARTICIPLE.has(w) && !isDeterminer(tokens[n - 1]?.text ?? '')))
      return false;
  }
  return true;
}

/** "the charges", "the pier’s volunteers": a word in -s right after a determiner or a possessive is a plural, not a verb. */
const pluralAfterDeterminer = (tokens: Token[], n: number) =>
  /^\p{Ll}+s$/u.test(tokens[n]!.text) && (isDeterminer(tokens[n - 1]?.text ?? '') || /['’]s$/u.test(tokens[n - 1]?.text ?? ''));

/** The index of a channel noun ending its phrase within six words after `k` ("his weekly radio
 *  show", not "a private email server"), the words before it being no verbs, punctuation or clause
 *  openers, or -1. */
function channelNounAfter(tokens: Token[], k: number, channel: (word: string) => boolean): number {
  for (let n = k + 1; n <= k + 6 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (channel(w) && (/^anonymity$/iu.test(w) || endsItsPhrase(tokens, n))) return n;
    if (!/^[\p{L}\p{N}'’-]+$/u.test(w) || isFiniteVerb(w) || /^(that|which|who|and|or|but|to)$/iu.test(w)) return -1;
  }
  return -1;
}

/** Whether the noun at `n` ends its phrase: punctuation, a preposition, a time or a participle follows. */
function endsItsPhrase(tokens: Token[], n: number): boolean {
  const next = tokens[n + 1]?.text ?? '.';
  return !/^[\p{L}\p{N}]/u.test(next) || isPreposition(next) || isCalendarWord(next) || VENUE_PARTICIPLES.test(next) || ING_FORM.test(next);
}

/** Whether no verb of its own nor a clause opener follows the channel to the clause's end, nor
 *  a clause reported after it (", that …"). */
function noVerbAfter(tokens: Token[], noun: number): boolean {
  let n = noun + 1;
  for (; n < tokens.length && !/^[,;:.!?]$/u.test(tokens[n]!.text); n++) {
    const w = tokens[n]!.text;
    if ((isFiniteVerb(w) && !VENUE_PARTICIPLES.test(w)) || /^(that|which|who|whom|because|if|when|as)$/iu.test(w)) return false;
  }
  return !(tokens[n]?.text === ',' && /^(that|whether)$/iu.test(tokens[n + 1]?.text ?? ''));
}

/** "called the fee, in her letter, “a tax on fishing”": a channel set off by commas inside the
 *  content is an aside, which the content goes on after. */
function setOffInside(tokens: Token[], k: number, noun: number): boolean {
  if (tokens[k - 1]?.text !== ',') return false;
  const close = tokens.findIndex((t, n) => n > noun && /^[,;:.!?]$/u.test(t.text));
  return close > 0 && tokens[close]!.text === ',';
}

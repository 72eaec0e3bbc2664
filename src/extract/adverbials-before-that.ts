// Longer adverbials between a cue and "that": "said in one of a series of posts that …", "admitted as
// part of his plea that …", "said on Velmora Radio, where he is a regular guest, that …", "contended in
// its letter, written by its chairman, that …". They say where, when or how it was said, so the
// content starts at "that", and its end is searched from there, past the commas inside them.
import { speechVerb } from './complementizers.js';
import { isCalendarWord, isFiniteAuxiliary, isFiniteVerb, tagsOf } from './lexicon.js';
import { PREPOSITIONS, VENUE_PARTICIPLES } from './speech-venues.js';
import { isLowerCaseWord, type Token } from './tokens.js';

/** Words opening an adverbial after a cue, beside the prepositions of a venue. */
const OPENERS =
  /^(by|as|without|of|for|across|within|under|against|per|despite|today|yesterday|tonight|afterwards?|last|this|soon|shortly|later|earlier|once|again|also|then|previously|recently|repeatedly)$/iu;
/** Words opening an aside set off by commas that may hold a verb: "where he is a guest". */
const SUBORDINATORS = /^(where|when|which|who|whom|whose|as|while|after|before|because|since|although|though)$/iu;
/** Words after which "that" is a determiner or a pronoun ("for that reason"), or opens what a noun
 *  says or a relative clause ("over allegations that …", "the same way that …"), not the cue's content. */
const BEFORE_DEMONSTRATIVE =
  /^(of|for|in|on|at|by|with|from|about|like|after|before|as|to|and|or|the|a|an|allegations?|claims?|charges?|reports?|rumou?rs?|suggestions?|fears?|concerns?|news|evidence|accusations?|speculation|hopes?|notion|fact|way)$/iu;
/** "this week", "last month": a time after "this" or "last" (not "calls this a …"). */
const TIME_NOUN = /^(week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|time|season)$/iu;
const LIMIT = 20;

/** How many tokens after the cue at `cue` an adverbial of where, when or how takes before "that"
 *  opening a clause, or 0: one opened by a preposition or an adverb, with no verb of its own but in
 *  an aside set off by commas that a relative or subordinating word opens. */
export function adverbialsBeforeThat(tokens: Token[], cue: number): number {
  const first = tokens[cue + 1]?.text ?? '';
  if (!(PREPOSITIONS.has(first.toLowerCase()) || OPENERS.test(first) || /^\p{Ll}{2,}ly$/u.test(first) || isCalendarWord(first))) return 0;
  const second = tokens[cue + 2]?.text ?? '';
  if (/^(this|last)$/iu.test(first) && !TIME_NOUN.test(second) && !isCalendarWord(second)) return 0;
  let aside = -1;
  let verbInAside = false;
  for (let k = cue + 1; k < tokens.length && k <= cue + LIMIT; k++) {
    const w = tokens[k]!.text;
    if (/^that$/iu.test(w)) {
      if (aside >= 0 || BEFORE_DEMONSTRATIVE.test(tokens[k - 1]!.text) || k === cue + 1) return 0;
      return clauseAfter(tokens, k + 1) ? k - cue - 1 : 0;
    }
    if (w === ',') {
      // The comma closing an aside, or opening one; a closed aside with a verb needs an opener.
      if (aside >= 0 && verbInAside && !SUBORDINATORS.test(tokens[aside + 1]?.text ?? '') && !tagsOf(tokens[aside + 1]?.text ?? '').includes('Participle'))
        return 0;
      // ("…, a vice president, that": a comma before "that" closes what is open.)
      if (/^that$/iu.test(tokens[k + 1]?.text ?? '')) return k > cue + 1 && clauseAfter(tokens, k + 2) ? k - cue : 0;
      aside = aside >= 0 ? -1 : k;
      verbInAside = false;
      continue;
    }
    if (!/^[\p{L}\p{N}][\p{L}\p{N}.’'%-]*$|^[’'%$€£-]$|^[’']s$/u.test(w)) return 0;
    if (speechVerb(tokens[k]!)) return 0;
    // "vowed to block the nominee, …, meaning that …": an infinitive or a participle has a clause of its own.
    if (/^to$/iu.test(w) && infinitiveAfter(tokens[k + 1]?.text ?? '')) return 0;
    if (aside < 0 && tokens[k - 1]!.text === ',' && /^\p{Ll}{2,}ing$/u.test(w)) return 0;
    if (isFiniteVerb(w) && !VENUE_PARTICIPLES.test(w) && !nounInS(tokens, k)) {
      if (aside < 0) return 0;
      verbInAside = true;
    }
  }
  return 0;
}

/** "messages" in "a series of messages", "posts" in "its posts": a word in -s after a word that
 *  opens or qualifies a noun is a plural noun. */
function nounInS(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text ?? '';
  return (
    /^\p{Ll}{3,}s$/u.test(tokens[k]!.text) &&
    !isFiniteAuxiliary(tokens[k]!.text) &&
    (/^(of|the|a|an|its|his|her|their|our|my|your|this|these|those|several|many|some|two|three|recent|other|’s|'s)$/iu.test(before) || /^\p{N}/u.test(before))
  );
}

/** "to block", not "to reporters" or "to the council". */
const infinitiveAfter = (word: string) =>
  tagsOf(word).includes('Infinitive') ||
  (isLowerCaseWord(word) &&
    !/s$/u.test(word) &&
    !/^(the|a|an|his|her|its|their|our|my|your|this|that|these|those|each|every|all|both|some|any|one|two|three|several|many|local|state|federal|senior)$/u.test(
      word,
    ));

/** A clause opens at `k`: a word that is no verb and no mark, or one before an auxiliary. A verb with its object after it opens a
 *  relative clause ("a letter that was sent", "groups that support Ann Holt", "a port that serves them"). */
function clauseAfter(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  const next = tokens[k + 1]?.text ?? '';
  if (!/^[\p{L}\p{N}]/u.test(w)) return false;
  // ("that state is wrong": a word that could be a verb is the subject before an auxiliary.)
  if (isFiniteAuxiliary(next) && !isFiniteAuxiliary(w) && !/^to$/iu.test(w)) return true;
  if (tagsOf(w).includes('Infinitive')) return false;
  const verbAndObject =
    isLowerCaseWord(w) &&
    !tagsOf(w).includes('Determiner') &&
    (/^(the|a|an|him|them|us|me)$/u.test(next) || (/^\p{Ll}{3,}s$/u.test(w) && /^\p{Lu}/u.test(next)));
  return !verbAndObject && (!isFiniteVerb(w) || (/^\p{Ll}{3,}s$/u.test(w) && isFiniteVerb(next)));
}

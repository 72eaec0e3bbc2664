// The words that stand between a subject and its cue ("X has also said", "X is reported to have
// said", "X was quoted as saying", "X on Wednesday called"), read leftwards from the cue.
import { periodEndingAt, pointInTimeEndingAt } from './clause-openings.js';
import { isAdverb, isBeParticiple, isCalendarWord, isCopula, isFiniteVerb, isPerfectAuxiliary, startsLowerCase } from './lexicon.js';
import type { NameIndex } from './name-index.js';
import { between } from './speaker-words.js';
import type { Token } from './tokens.js';
import { WEEKDAY_ALTERNATIVES } from './word-classes.js';

/** Verbs of hearsay before "to have said": "is reported to", "was said to", "are believed to". */
const HEARSAY = /^(reported|said|believed|understood|thought|known|alleged)$/iu;
/** Verbs of witnessing before a speech verb's participle: "was heard telling", "was filmed saying". */
const PERCEIVED = /^(heard|overheard|seen|filmed|recorded|caught|captured)$/iu;
const YET = /^yet$/iu;
const NEGATION = /^(not|never)$|n['’]t$/iu;
/** "be" as an auxiliary of the passive: "is", "were", "been", "being". */
const isBe = (word: string) => isCopula(word) || isBeParticiple(word);

/** The index at or before `k` past adverbs ("is also said to"). */
function beforeAdverbs(tokens: Token[], k: number): number {
  while (k > 0 && startsLowerCase(tokens[k]!.text) && isAdverb(tokens[k]!.text)) k--;
  return k;
}

/** Auxiliaries, adverbs and times stand between a subject and its cue. */
const standsBetween = (names: NameIndex, t: Token) => (between(t.text) && !names.nameAt.has(t.start)) || (startsLowerCase(t.text) && isAdverb(t.text));

/** "Holt however said", "Holt has nevertheless called", "The clerk first said": a word of sequence
 *  or of contrast with what came before, which the lexicon files under no adverb, stands between
 *  a subject and its cue too; "first" not after an article or a possessive ("The first said",
 *  "whose first said" name the first of some). */
function connectiveBetween(tokens: Token[], j: number): boolean {
  const w = tokens[j]!.text;
  if (!CONNECTIVE.test(w)) return false;
  return w !== 'first' || (j > 0 && !ARTICLE_OR_POSSESSOR.test(tokens[j - 1]!.text));
}
const CONNECTIVE = /^(first|however|nevertheless|otherwise|therefore)$/u;
const ARTICLE_OR_POSSESSOR = /^(the|a|an|his|her|its|their|our|my|your|whose|[’']s)$/iu;

/** The index of the last word before the cue that is not one of the words standing between a
 *  subject and its cue: "X has also said", "X forcefully told", "X on Wednesday called". */
export function pastWordsBetween(names: NameIndex, tokens: Token[], cue: number): number {
  let j = cue - 1;
  for (;;) {
    while (j >= 0 && (standsBetween(names, tokens[j]!) || connectiveBetween(tokens, j))) j--;
    const past = pastReportedOrAuxiliary(tokens, cue, j) ?? pastTimeOrPlace(names, tokens, cue, j);
    if (past === null) return j;
    j = past;
  }
}

/** Where to read on before words ending at `j` that report how it was said, or go with an auxiliary:
 *  hearsay, the passive of hearing or of a report, "yet" after a negation, "since" after an
 *  auxiliary; null where none ends there. */
function pastReportedOrAuxiliary(tokens: Token[], cue: number, j: number): number | null {
  // "The minister is (also) reported to have said …": hearsay stands between too.
  const be = j > 1 && TO.test(tokens[j]!.text) && HEARSAY.test(tokens[j - 1]!.text) ? beforeAdverbs(tokens, j - 2) : -1;
  if (be > 0 && isBe(tokens[be]!.text)) return be - 1;
  // "Rhys Morgan was heard telling reporters …": so does the passive of hearing or filming.
  if (j > 1 && PERCEIVED.test(tokens[j]!.text) && isBe(tokens[j - 1]!.text) && ING.test(tokens[cue]!.text)) return j - 2;
  // "The minister was quoted (by IRNA) as saying …": so does the passive of a report.
  const quoted = passiveQuotedBefore(tokens, j);
  if (quoted >= 0) return quoted - 1;
  // "The club has not yet said": "yet" after a negation stands between too.
  if (j > 0 && YET.test(tokens[j]!.text) && NEGATION.test(tokens[j - 1]!.text)) return j - 1;
  // "She has since said": "since" after an auxiliary is a time word.
  if (j > 0 && SINCE.test(tokens[j]!.text) && isPerfectAuxiliary(tokens[j - 1]!.text)) return j - 1;
  return null;
}

/** Where to read on before a time or a place ending at `j` that says when or where it was said: a
 *  point or period in time, a day word, a venue, a bare weekday, a time or a year after a
 *  preposition; null where none ends there. */
function pastTimeOrPlace(names: NameIndex, tokens: Token[], cue: number, j: number): number | null {
  // "… and at one point threatened …": so does a point in time, and a period after an auxiliary
  // ("have in the past said"; not "polls taken over the past two weeks show").
  const period = periodEndingAt(tokens, j);
  const point = Math.max(pointInTimeEndingAt(tokens, j), period > 0 && between(tokens[period - 1]!.text) ? period : -1);
  if (point > 0) return point - 1;
  // "Sheikh Hasina today called upon …": a bare day word stands between too.
  if (j > 0 && DAY_WORD.test(tokens[j]!.text)) return j - 1;
  // "… but in a later interview said", "Holt at a news conference told": where the words were said
  // stands between too.
  // (Not before a participle: "a speaker at a rally lamenting …" is read as a phrase the participle is on.)
  const venue = ING.test(tokens[cue]?.text ?? '') ? -1 : venueEndingAt(tokens, j);
  if (venue > 0) return venue - 1;
  // "Ann Holt Thursday told", "Holt later Thursday morning told": a bare weekday, past a part of the
  // day after it, stands between too, when it is no part of a name ("Sheffield Wednesday said").
  const weekday = bareWeekdayEndingAt(names, tokens, j);
  if (weekday > 0) return weekday - 1;
  const time = j > 0 && (isCalendarWord(tokens[j]!.text) || TIME_WORD.test(tokens[j]!.text));
  // "who in 2010 said": a year after "in" stands between too.
  const year = j > 0 && YEAR.test(tokens[j]!.text) && IN.test(tokens[j - 1]!.text);
  if (!year && (!time || !BEFORE_TIME.test(tokens[j - 1]!.text))) return null;
  // "issued by the ministry late on Friday said": so does "late" or "early" before such a time.
  return j - 2 > 0 && LATE_OR_EARLY.test(tokens[j - 2]!.text) && ON_OR_IN.test(tokens[j - 1]!.text) ? j - 3 : j - 2;
}

/** Where a bare weekday (and a part of the day after it) ending at `j` starts, after a word of the
 *  name or a bracket ("Ann Holt (D) Friday said") or after an adverb ("also Thursday"), or -1. */
function bareWeekdayEndingAt(names: NameIndex, tokens: Token[], j: number): number {
  const k = j > 0 && PART_OF_DAY.test(tokens[j]!.text) ? j - 1 : j;
  if (k < 1 || !WEEKDAY.test(tokens[k]!.text) || names.nameAt.has(tokens[k]!.start)) return -1;
  const before = tokens[k - 1]!.text;
  return /^[\p{Lu})]/u.test(before) || (startsLowerCase(before) && isAdverb(before)) ? k : -1;
}
/** Where a phrase of where words were said ending at `j` opens ("in a later interview", "at a news
 *  conference", "during a televised debate"), or -1: a preposition, a determiner, at most two
 *  lower-case modifiers and a noun of an occasion for speech. */
function venueEndingAt(tokens: Token[], j: number): number {
  if (j < 2 || !SPEECH_OCCASION.test(tokens[j]!.text)) return -1;
  let k = j - 1;
  while (k > j - 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) && !DETERMINER.test(tokens[k]!.text) && !VENUE_PREPOSITION.test(tokens[k]!.text)) k--;
  if (!DETERMINER.test(tokens[k]!.text) || !VENUE_PREPOSITION.test(tokens[k - 1]?.text ?? '')) return -1;
  // ("she said at a news conference announcing …": after a verb the occasion is that verb's, and
  // the participle after it goes with the verb's subject.)
  return k > 1 && isFiniteVerb(tokens[k - 2]!.text) ? -1 : k - 1;
}
const SPEECH_OCCASION =
  /^(interview|interviews|statement|speech|letter|email|e-mail|post|tweet|briefing|conference|hearing|meeting|rally|debate|appearance|address|session|call|video|op-ed|memo|podcast|broadcast)$/u;
const DETERMINER = /^(a|an|the|his|her|their|its|this|that)$/iu;
const VENUE_PREPOSITION = /^(in|at|during)$/iu;
const WEEKDAY = new RegExp(`^(${WEEKDAY_ALTERNATIVES})$`, 'u');
const PART_OF_DAY = /^(morning|afternoon|evening|night)$/u;

// The words pastWordsBetween reads, made once (it runs at every cue).
const TO = /^to$/iu;
const ING = /ing$/u;
const SINCE = /^since$/iu;
const DAY_WORD = /^(today|yesterday|tonight)$/u;
const TIME_WORD = /^(week|month|year|morning|afternoon|evening|night)$/iu;
const YEAR = /^(1[89]|20)\d\d$/u;
const IN = /^in$/iu;
const BEFORE_TIME = /^(on|last|this|earlier|later|early|late|next)$/iu;
const LATE_OR_EARLY = /^(late|early)$/u;
const ON_OR_IN = /^(on|in)$/iu;
const AS = /^as$/iu;

/** Where "was quoted (by IRNA) as" or "is cited as" opens when its "as" is token `j` (the
 *  auxiliary's index), or -1. */
export function passiveQuotedBefore(tokens: Token[], j: number): number {
  if (!AS.test(tokens[j]?.text ?? '')) return -1;
  for (let k = j - 1; k > 0 && k >= j - 8; k--) {
    if (!/^(quoted|cited)$/iu.test(tokens[k]!.text)) continue;
    const agent = tokens.slice(k + 1, j);
    // Between the participle and "as" only who quoted or where: "by the state news agency IRNA", "in a 2013 message".
    if (agent.length && (!/^(by|in|on)$/iu.test(agent[0]!.text) || agent.some((t) => /^[,;:]$/u.test(t.text)))) return -1;
    return isBe(tokens[k - 1]!.text) ? k - 1 : -1;
  }
  return -1;
}

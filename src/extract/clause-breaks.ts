// Where reported content breaks off with no comma before: a coordinated cue, a semicolon, "and"
// opening another speaker's attribution or, after a phrase, the narrator's next act ("said … and
// resigned"), a dash before the narrator's comment, or a parenthesis of the narrator's closing the
// sentence. A pledge joined to what a report tells stays.
import { cueLemma, INFINITIVE_VERBS } from './cues.js';
import { coordinatedCueAt, relativeSubjectBefore, newAttributionAt, NOT_PARTICIPLE, pastVerbAfter, subjectAndVerbAt } from './clause-openings.js';
import { finiteVerbWithin, isAdverb, isAndOrBut, isClosedClassWord, isFiniteVerb, isPluralNoun, mayBePresentInS, startsLowerCase, tagsOf } from './lexicon.js';
import { PRONOUNS } from './word-classes.js';
import { afterQuotedName } from './naming-ends.js';
import { isClosingDoubleMark, isOpeningQuoteMark } from './quote-mark-tokens.js';
import { otherSideAt } from './paired-attributions.js';
import { participleSeriesAt } from './participle-series.js';
import { speakersVerbAt } from './speaker-verbs.js';
import { summaryAppositionAt } from './summary-appositions.js';
import { openQuotationsIn, type Token, wordsOf } from './tokens.js';

/** A dash no second dash closes, outside quoted words, before what the narrator adds: a noun
 *  phrase on the whole of what was said ("the “suburbs of St. Petersburg” — a metaphor for …", not
 *  "another man - a suspect with a warrant", which names the man), a participle ("… - delaying a
 *  planned end to …"), an adverb of the narrator's ("… ― probably not what Graham had in mind",
 *  "… -- far lower than …") or a clause of the narrator's ("… — the parents are not so sure"). Paired dashes set off an aside inside the content ("the firm Alstom —
 *  the No. 2 maker — to deliver …"). */
export function dashedCommentAt(tokens: Token[], cue: number, k: number): boolean {
  if (!DASH.test(tokens[k]!.text) || DASH.test(tokens[k - 1]?.text ?? '') || joinedHyphen(tokens, k)) return false;
  const after = DASH.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  const next = tokens[after]?.text ?? '';
  const comment =
    (/^(a|an)$/iu.test(next) && (!/^[\p{L}\p{N}]/u.test(tokens[k - 1]!.text) || summaryAppositionAt(tokens, after))) ||
    (/^\p{Ll}+ing$/u.test(next) && !NOT_PARTICIPLE.has(next)) ||
    /^(probably|perhaps|possibly|presumably|apparently|arguably|hardly|far|much|not)$/u.test(next) ||
    narratorsClauseAfterDash(tokens, after);
  if (!comment || tokens.slice(after).some((t) => DASH.test(t.text)) || tokens.slice(cue + 1, k).some((t) => DASH.test(t.text))) return false;
  return openQuotationsIn(tokens, cue + 1, k) <= 0;
}
const DASH = /^[—–―-]$/u;

/** A parenthesis closing the sentence, outside quoted words, with three words or more in it: the
 *  narrator's aside on what was said ("said the ferry would run in May (the council has set no
 *  date).", "called the levy “a tax on the poor” (although she allowed that some would gain)."), not
 *  a party and state ("Sen. Ann Roe (R-Maine)") or a short form ("the Port Authority (PA)"). */
export function parenthesizedCommentAt(tokens: Token[], cue: number, k: number): boolean {
  if (tokens[k]!.text !== '(') return false;
  let close = k + 1;
  while (close < tokens.length && tokens[close]!.text !== ')') if (tokens[close++]!.text === '(') return false;
  if (close >= tokens.length || tokens.slice(close + 1).some((t) => /[\p{L}\p{N}]/u.test(t.text))) return false;
  const words = tokens.slice(k + 1, close).filter((t) => /^[\p{L}\p{N}]/u.test(t.text)).length;
  return words >= 3 && openQuotationsIn(tokens, cue + 1, k) <= 0;
}

/** A hyphen touching a word, no dash: "con- clusion" broken at a line's end, "a ‘D-’ rating", "5.1-magnitude". */
const joinedHyphen = (tokens: Token[], k: number) =>
  tokens[k]!.text === '-' && (tokens[k]!.start === tokens[k - 1]?.end || (tokens[k + 1]?.text !== '-' && tokens[k + 1]?.start === tokens[k]!.end));

/** After a dash, a clause of the narrator's own: a subject and its verb ("— outside allies are stepping
 *  in", "— and he singled out …", "-- but it clearly was …"), or one a conjunction of contrast opens
 *  ("- though independent economists …", "— while …"). */
function narratorsClauseAfterDash(tokens: Token[], k: number): boolean {
  const n = /^(and|but|yet|so)$/iu.test(tokens[k]?.text ?? '') ? k + 1 : k;
  // ("- a conviction that you are …": a noun and its relative clause make no subject; "a" and "an" are decided above.)
  if (/^(a|an)$/iu.test(tokens[n]?.text ?? '') || RELATIVE_WORD.test(wordsOf(tokens, n, n + 5))) return CONTRAST.test(tokens[n]?.text ?? '');
  return subjectAndVerbAt(tokens, n) || pronounClauseAt(tokens, n) || barePluralClauseAt(tokens, n) || CONTRAST.test(tokens[n]?.text ?? '');
}
const CONTRAST = /^(though|although|while|whereas|despite)$/iu;

/** "— she works in …", "— it’s a long wait", "- there are two …": after a subject pronoun the word
 *  is its verb, also one the lexicon knows only as a plural ("works") or a contraction. */
function pronounClauseAt(tokens: Token[], n: number): boolean {
  const subject = tokens[n]?.text.toLowerCase() ?? '';
  if (!PRONOUNS.has(subject) && subject !== 'there') return false;
  const verb = tokens[n + 1]?.text ?? '';
  return CONTRACTED_VERB.test(verb) || isFiniteVerb(verb) || mayBePresentInS(verb);
}
const CONTRACTED_VERB = /^['’](s|re|ve|ll|d)$/iu;

/** "— islanders are not so sure", "- winter fares will rise": a plural with no determiner, after a
 *  word describing it at most, and a finite verb right after it. */
function barePluralClauseAt(tokens: Token[], n: number): boolean {
  const noun = barePlural(tokens[n + 1]?.text ?? '') && !isClosedClassWord(tokens[n]!.text) ? n + 1 : n;
  return barePlural(tokens[noun]?.text ?? '') && isFiniteVerb(tokens[noun + 1]?.text ?? '');
}
/** A lower-case plural, one the lexicon lists or one in -s it does not know as a verb ("islanders"). */
const barePlural = (w: string) => startsLowerCase(w) && !isClosedClassWord(w) && (isPluralNoun(w) || (/^\p{Ll}{3,}[^s]s$/u.test(w) && !isFiniteVerb(w)));
const RELATIVE_WORD = /\b(that|who|which|whom)\b/iu;

/** A break at token `k` that no comma marks: a coordinated cue, a semicolon, "and" opening a new
 *  speaker's attribution, or, after a phrase, "and" with a verb of the narration. (This runs for
 *  every word of a content: the tests read back only where "and" or a cue makes them matter, and are
 *  module functions, not closures made at every call.) */
export function clauseBreakAt(tokens: Token[], cue: number, k: number, phrase: boolean): boolean {
  const w = tokens[k]!.text;
  if (
    (coordinatedCueAt(tokens, k) && !inRelative(tokens, cue, k) && !reportedPledgeAt(tokens, cue, k)) ||
    w === ';' ||
    afterQuotedName(tokens, cue, k) ||
    otherSideAt(tokens, cue, k) ||
    speakersVerbAt(tokens, cue, k) ||
    participleSeriesAt(tokens, cue, k)
  )
    return true;
  // "… and Democrats accused the GOP …", "… — and he noted that …": a new speaker's cue.
  const dash = DASH.test(w) ? 1 : 0;
  if (
    isAndOrBut(tokens[k + dash]?.text ?? '') &&
    (dash || k > cue + 1) &&
    !subjectOnly(tokens, cue, k, phrase) &&
    newAttributionAt(tokens, k + dash + 1) &&
    !joinsSubject(tokens, cue, k, dash) &&
    !closesBothPair(tokens, cue, k)
  )
    return true;
  // ‘said she was “deeply sorry” and resigned the next day’: after quoted words closing a clause, a
  // past form goes back to the narration, what the speaker did next.
  if (
    w === 'and' &&
    isClosingDoubleMark(tokens[k - 1]!.text) &&
    pastVerbAfter(tokens, k + 1) &&
    !shifted(tokens, cue, k) &&
    !quotedAfter(tokens, k) &&
    !inRelative(tokens, cue, k) &&
    !subjectOnly(tokens, cue, k, phrase)
  )
    return true;
  // ("said the statement all but guaranteed a cut": "all but" is "almost", no conjunction.)
  return (
    phrase &&
    (w === 'and' || (BUT.test(w) && !ALL.test(tokens[k - 1]!.text))) &&
    pastVerbAfter(tokens, k + 1, !pastVerbOfItsOwn(tokens, cue, k)) &&
    !shifted(tokens, cue, k) &&
    !quotedPredicateAt(tokens, cue, k + 1) &&
    !inRelative(tokens, cue, k)
  );
}
const BUT = /^but$/iu;
const ALL = /^all$/iu;
const SHIFTED_VERB = /^(had|would|could|was|were)$/iu;

/** ("said the state would call the manager, who has pleaded guilty and agreed to testify": a verb
 *  joined inside a relative clause goes on with it, not with the narration.) */
const inRelative = (tokens: Token[], cue: number, k: number) => relativeSubjectBefore(tokens, cue + 1, k) >= 0;

/** ("said that Tehran and Moscow had agreed …": before the clause has a verb, "and" joins its subject.) */
const subjectOnly = (tokens: Token[], cue: number, k: number, phrase: boolean) => !phrase && !finiteVerbWithin(tokens, cue + 1, k);

/** ("said the company and the union had agreed a deal": a speaker noun joins the subject until the clause has its verb.) */
const joinsSubject = (tokens: Token[], cue: number, k: number, dash: number) =>
  startsLowerCase(tokens[k + dash + 1]?.text ?? '') && !finiteVerbWithin(tokens, cue + 1, k);

/** ("said both she and Mayor Ann Holt had promised …": the first "and" of a "both … and" pair
 *  opening the content joins its subject, before the clause has a verb.) */
const closesBothPair = (tokens: Token[], cue: number, k: number) => {
  const opening = /^that$/iu.test(tokens[cue + 1]?.text ?? '') ? cue + 2 : cue + 1;
  return (
    /^both$/iu.test(tokens[opening]?.text ?? '') &&
    k > opening + 1 &&
    !tokens.slice(opening + 1, k).some((t) => /^and$/iu.test(t.text)) &&
    !finiteVerbWithin(tokens, opening, k)
  );
};

/** ("said his client had no record and had cooperated …", "said the firm had recalled it but was
 *  still testing …": after a clause, a tense shifted back or "was" goes on with its subject.) */
const shifted = (tokens: Token[], cue: number, k: number) => SHIFTED_VERB.test(tokens[k + 1]?.text ?? '') && finiteVerbWithin(tokens, cue + 2, k);

/** (‘… for “years” and passed “hundreds of bills”’: quoted words after the verb go on with the speaker's.) */
function quotedAfter(tokens: Token[], k: number): boolean {
  for (let n = k + 2; n < k + 5 && n < tokens.length; n++) if (isOpeningQuoteMark(tokens[n]!.text)) return true;
  return false;
}

/** "State media reported that Kim had watched the launch and vowed to …": what a report tells is
 *  what someone did, and a pledge or an appeal joined to it is the reported person's, not the
 *  reporter's. */
export function reportedPledgeAt(tokens: Token[], cue: number, k: number): boolean {
  if (cueLemma(tokens[cue]!.text) !== 'report' || !/^that$/iu.test(tokens[cue + 1]?.text ?? '')) return false;
  let n = k + 1;
  while (n < k + 3 && (isAdverb(tokens[n]!.text) || /^(also|then|later|had)$/iu.test(tokens[n]!.text))) n++;
  return INFINITIVE_VERBS.has(cueLemma(tokens[n]?.text ?? '') ?? '') && finiteVerbWithin(tokens, cue + 2, k);
}

/** "said the pipeline would create “jobs” and was “safer than any other”": after a clause, a verb
 *  with quoted words right after it is a predicate the speaker goes on with, not the narrator's next act. */
function quotedPredicateAt(tokens: Token[], cue: number, k: number): boolean {
  if (!finiteVerbWithin(tokens, cue + 2, k)) return false;
  for (let n = k + 1; n < k + 4 && n < tokens.length; n++) if (isOpeningQuoteMark(tokens[n]!.text)) return true;
  return false;
}

/** Whether the words from the cue to `k` hold a past form of their own ("said Judge Olga Lavrentyeva
 *  ordered …", not "to be fired"): a verb an unknown past form after "and" may go on with. */
function pastVerbOfItsOwn(tokens: Token[], cue: number, k: number): boolean {
  for (let n = cue + 1; n < k && n < tokens.length; n++)
    if (tagsOf(tokens[n]!.text).includes('PastTense') && !BEFORE_PARTICIPLE.test(tokens[n - 1]!.text)) return true;
  return false;
}
const BEFORE_PARTICIPLE = /^(to|be|been|being|was|were|is|are|had|has|have|get|got)$/iu;

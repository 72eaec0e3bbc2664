// Where the content of a cue with its speaker before it lies: after the cue ("X said (that) …"), or
// around an attribution set off by commas inside the sentence ("Climate change, Mr. Obama often
// says, is the greatest threat"), up to the close of a relative clause holding the cue.
import { cueLemma, evidenceLemma, LISTENER_VERBS } from './cues.js';
import { particleAfter } from './phrasal-cues.js';
import { narratorsCommentAt, SPEECH_OCCASIONS } from './narrator-comments.js';
import { contentEnd } from './content-end.js';
import { contentOpening } from './content-start.js';
import { PREPOSITIONS } from './speech-venues.js';
import { THAT_TIME, isAdverbBeforeVerb, isAndOrBut, isCalendarWord, isFiniteVerb, finiteVerbWithin, isModal, isPluralNoun } from './lexicon.js';
import { finiteCue, NOT_PARTICIPLE, subjectAndVerbAt } from './clause-openings.js';
import type { SpeakerSurface } from './name-index.js';
import { speakerInRelativeClose } from './relative-speech.js';
import { relativeClauseClose, restrictiveRelativeEnd } from './relative-clause-ends.js';
import type { ReportingCue, ReportSentence } from './reporting-cues.js';
import { openingPhraseClose, subjectClausePredicate } from './possessed-noun-clauses.js';
import { afterOpenDash } from './open-dashes.js';
import { dashedAttributionClose, firstDashOf } from './dashed-attributions.js';
import { linksNarrationAt } from './word-classes.js';
import { isOpeningMarkOrApostrophe } from './quote-mark-tokens.js';
import { indexBeforeName, isCapitalized, openQuotationsIn, type Token } from './tokens.js';

/** Where a cue's content lies, and how the attribution stands in the sentence. */
export interface ContentFrame {
  /** the attribution is set off by commas inside the sentence */
  parenthetical: boolean;
  /** the index of the comma closing an attribution set off by commas, or -1 */
  closingComma: number;
  /** the index of the token opening the attribution: the speaker's first, or the word before it */
  opening: number;
  /** the clause the attribution interrupts opens with a phrase saying when or where, not what */
  openingPhrase: boolean;
  /** the index of the comma closing a relative clause that holds the speaker, or -1 */
  speakerRelative: number;
  from: number;
  to: number;
}

/** Where the content of `cue`, with `speaker` before it, lies; `conjoined`: the speaker is shared
 *  with what the sentence said before, so no attribution of its own is set off. */
export function contentFrame(s: ReportSentence, cue: ReportingCue, speaker: SpeakerSurface, conjoined: boolean): ContentFrame {
  const { tokens, sentence } = s;
  const i = cue.at;
  // "Climate change, Mr. Obama often says, is the greatest threat": an attribution set off by
  // commas inside the sentence reports all of it.
  const nameOpening = indexBeforeName(tokens, speaker.start);
  // ("The plan — she said — will fail": or by dashes.)
  const closingComma = conjoined ? -1 : Math.max(setOffByCommas(tokens, i, speaker.start), setOffByDashes(tokens, i, nameOpening));
  const parenthetical = closingComma > 0;
  // ", as Ann Holt noted," opens at its comma.
  const opening = parenthetical ? firstDashOf(tokens, /^as$/iu.test(tokens[nameOpening]?.text ?? '') ? nameOpening - 1 : nameOpening) : nameOpening;
  const opened = parenthetical ? null : contentOpening(tokens, i, cue.lemma);
  const start = opened ? { from: opened.from, openingPhrase: false } : interruptedClauseStart(tokens, i, speaker.start, opening, closingComma);
  // "Smith, who has denied the charges, is due in court": a relative clause set off by commas ends at its closing comma.
  const speakerRelative = conjoined ? -1 : speakerInRelativeClose(tokens, i, speaker.start);
  // ("the six men, who were found adrift and then claimed asylum, would …": so does a cue the clause joins.)
  const relativeClose = Math.max(relativeClauseClose(tokens, i, speaker.start), speakerRelative, restrictiveRelativeEnd(tokens, i, speaker.start));
  const to =
    relativeClose > 0
      ? tokens[relativeClose]!.start
      : (nounClauseEnd(tokens, cue, speaker) ?? contentEnd(tokens, opened?.past ?? closingComma, sentence.end, parenthetical));
  return { parenthetical, closingComma, opening, ...start, speakerRelative, to };
}

/** Where the clause that an attribution set off by commas interrupts opens: after a semicolon
 *  ("…; Europe, he added, must act"), at a relative pronoun ("…, which, Tompkins said, is usually
 *  full"), or after the attribution when the clause opens with a phrase without a verb. */
function interruptedClauseStart(tokens: Token[], cue: number, speakerStart: number, opening: number, closingComma: number) {
  const relativeOpen = /^(which|who)$/iu.test(tokens[opening - 1]?.text ?? '') && tokens[opening - 2]?.text === ',' ? opening - 1 : -1;
  const afterSemicolon = tokens.findLastIndex((x, n) => x.text === ';' && n < cue && x.end <= speakerStart) + 1;
  // "China resisted, but the smog grew so bad, Mr. Obama noted, that …": the clause joined after a
  // comma is the one interrupted; the clause before it is the narrator's.
  const joined = tokens.findLastIndex(
    (x, n) => n >= afterSemicolon && n < opening - 2 && x.text === ',' && /^(and|but|yet|so)$/iu.test(tokens[n + 1]!.text) && subjectAndVerbAt(tokens, n + 2),
  );
  // "… that night - and the permit, his campaign said, had been …": so is the one after a dash left open.
  const afterDash = afterOpenDash(tokens, afterSemicolon, opening - 1);
  const clauseStart = relativeOpen >= 0 ? relativeOpen : Math.max(joined + 1, afterSemicolon, afterDash);
  // ("Still, she says, …", "However, as Ann Holt noted, …": a connective adverb with its comma links
  // the narrator's sentences as a conjunction does.)
  const opener = clauseStart + (linksNarrationAt(tokens, clauseStart) ? 1 : 0);
  // "At this rate, she said, it would take a decade", "During his years in office, Mr. Obama said,
  // Americans have come to …": an opening phrase of when, where or how belongs to the clause the
  // attribution interrupts, and so to what was said; one naming where it was said ("In a statement,
  // …") or what the speaker was doing ("After reading the verdict, …") is the narrator's.
  // "But, she says, she will keep farming": a conjunction alone before the attribution opens nothing
  // said, nor does a connective adverb ("Still, she says, …").
  // (", as Mr. Bown observed," is an aside of its own.)
  const conjunctionOnly = tokens[opener]!.text === ',' && opener >= opening - 1 && !/^as$/iu.test(tokens[opener + 1]?.text ?? '');
  const openingPhrase =
    conjunctionOnly ||
    (/^(during|in|over|since|throughout|after|before|amid|within|on|at|under)$/iu.test(tokens[opener]!.text) &&
      !tokens.slice(opener, opening).some((x) => isFiniteVerb(x.text)) &&
      tokens.slice(opener + 1, opening).some((x) => SPEECH_OCCASIONS.test(x.text) || /^\p{Ll}{2,}ing$/u.test(x.text)));
  return { from: openingPhrase ? tokens[closingComma + 1]!.start : tokens[opener]!.start, openingPhrase };
}

/** Where the clause of a possessed speech noun ends: at the predicate of the sentence whose subject
 *  holds it, or at the comma closing the opening phrase that holds it; null for any other cue. */
function nounClauseEnd(tokens: Token[], cue: ReportingCue, speaker: SpeakerSurface): number | null {
  const { possessed } = cue;
  // "The minister's claim that taxes rose drew criticism": a clause in the subject ends at the predicate.
  const predicate = possessed ? subjectClausePredicate(tokens, cue.at, speaker.start, possessed.mark) : -1;
  if (predicate > 0) return tokens[predicate]!.start;
  // "Contrary to his claim that …, the mayor …": an opening phrase holding the noun ends at its comma.
  const phraseClose = possessed ? openingPhraseClose(tokens, cue.at, possessed.mark) : -1;
  return phraseClose > 0 ? tokens[phraseClose]!.start : null;
}

/** "Climate change, Mr. Obama often says, is …", "The poorest paid 1 percent, the agency said in
 *  a June report, and …": an attribution between commas inside the sentence; the index of its
 *  closing comma, or -1. */
function setOffByCommas(tokens: Token[], cue: number, speakerStart: number): number {
  // (past the particle of "pointed out")
  const first = cue + 1 + particleAfter(tokens, cue);
  const close = pastListenerAndOccasion(tokens, cue, first);
  const next = tokens[close + 1]?.text ?? '';
  if (tokens[close]?.text !== ',' || isOpeningMarkOrApostrophe(next)) return -1;
  // before the speaker, past abbreviated titles ("Mr.", "Sen."): the opening comma
  const open = indexBeforeName(tokens, speakerStart);
  if (narrationGoesOnAfter(tokens, cue, close, close > first) && !(close > first && conditionResumed(tokens, open, close))) return -1;
  // "North Korea fired a missile, the military said, days after a rocket launch": when it was said
  // closes the clause before the attribution, no more of it.
  if (narratorsCommentAt(tokens, close + 1) && tokens.slice(0, open).some((t) => isFiniteVerb(t.text))) return -1;
  return opensSetOff(tokens, open, close) ? close : -1;
}

/** "The plan — Ann Holt said — will fail": an attribution between dashes inside the sentence; the index of its closing dash, or -1. */
const setOffByDashes = (tokens: Token[], cue: number, nameOpening: number) =>
  dashedAttributionClose(tokens, nameOpening, pastListenerAndOccasion(tokens, cue, cue + 1 + particleAfter(tokens, cue)));

/** From `first` after the cue, the index past a listener ("he told me on Friday,") and a short time
 *  or venue phrase ("said in a June report,", "said Tuesday,", "explained earlier in the hearing,"). */
function pastListenerAndOccasion(tokens: Token[], cue: number, first: number): number {
  let close = first;
  if (LISTENER_VERBS.has(cueLemma(tokens[cue]!.text) ?? '')) close = pastListener(tokens, close);
  while (/^(earlier|later|again|also|then|recently)$/iu.test(tokens[close]?.text ?? '')) close++;
  // ("noted this week,", "said last month,": a time without a preposition.)
  if (/^(this|last)$/iu.test(tokens[close]?.text ?? '') && THAT_TIME.test(tokens[close + 1]?.text ?? '')) close += 2;
  if (PREPOSITIONS.has(tokens[close]?.text.toLowerCase() ?? '') || isCalendarWord(tokens[close]?.text ?? '')) {
    // ("said in a tweet,": after a determiner a verb's form is a noun.)
    const noun = (n: number) => !isFiniteVerb(tokens[n]!.text) || /^(a|an|the|his|her|their|its)$/iu.test(tokens[n - 1]?.text ?? '');
    while (close < cue + 7 && /^[\p{L}\p{N}]/u.test(tokens[close]?.text ?? '') && noun(close)) close++;
  }
  return close;
}

/** Past the listener at `first` after "told": a pronoun, "reporters", or a name ("told CNN,", "told the
 *  Velmora Courier,"); `first` when none. */
function pastListener(tokens: Token[], first: number): number {
  if (/^(me|us|him|her|them|reporters|journalists)$/iu.test(tokens[first]?.text ?? '')) return first + 1;
  let k = /^the$/iu.test(tokens[first]?.text ?? '') ? first + 1 : first;
  const name = k;
  while (k < name + 5 && isCapitalized(tokens[k]?.text ?? '')) k++;
  return k > name ? k : first;
}

/** After the comma at `close`, the narration goes on rather than what was said; `pastOccasion`: a
 *  listener, time or venue came between the cue and the comma. */
function narrationGoesOnAfter(tokens: Token[], cue: number, close: number, pastOccasion: boolean): boolean {
  const next = tokens[close + 1]?.text ?? '';
  // ", as the strike began", ", who …", ", without giving details": the narration goes on. Past a
  // listener, time or venue only a coordinated clause or the rest of a verb phrase continues what was said.
  if (/^(as|while|when|who|which|where|although|though|whereas|without)$/iu.test(next)) return true;
  // "…, a new poll shows, and both campaigns spent …": what a poll or a study shows is one finding;
  // a clause joined after it is the narrator's, unless it gives another share ("…, and a third want
  // it sooner"); "…, the agency said, and …" goes on with the speaker.
  if (
    isAndOrBut(next) &&
    FINDING_CUES.has(evidenceLemma(tokens[cue]!.text.toLowerCase()) ?? cueLemma(tokens[cue]!.text) ?? '') &&
    !SHARE.test(tokens[close + 2]?.text ?? '')
  )
    return true;
  // "Police fired tear gas, witnesses said, and a rights group accused officers of …": a clause
  // joined after the attribution with a speech verb of its own is another report, not more of this one;
  // a speech verb inside quote marks is the speaker's own word ("…, Holt said, but “we never asked them.”").
  if (isAndOrBut(next) && tokens.some((_, n) => n > close + 1 && finiteCue(tokens, n) && openQuotationsIn(tokens, close + 2, n) <= 0)) return true;
  // ("…, as she noted this week, even promoted …": an adverb may stand before that verb.)
  const verb = isAdverbBeforeVerb(next) || /^(even|also|still|never|already|just|only)$/iu.test(next) ? (tokens[close + 2]?.text ?? '') : next;
  if (pastOccasion && !/^(and|but|or)$/iu.test(next) && !isFiniteVerb(verb) && !/^\p{Ll}+ed$/u.test(verb)) return true;
  // ", adding …" is the speaker's own act; ", replacing him would …" is a gerund subject; ", including …"
  // is no act at all but a preposition going on with what was said.
  return /ing$/u.test(next) && !/^(including|excluding)$/iu.test(next) && !!(cueLemma(next) || !finiteVerbWithin(tokens, close + 2, close + 6));
}

/** "If she wins, Ann Holt said in a tweet, the ferry will stay public", "Instead, Tom Pike told
 *  reporters, his plan would cut the levy": an opening that cannot stand as a sentence, a subordinate
 *  clause or a short phrase without a verb, cannot end it, so past a listener, time or venue the clause
 *  after the attribution is its main clause, still what was said. */
export function conditionResumed(tokens: Token[], open: number, close: number): boolean {
  const opener = /^(and|but|so)$/iu.test(tokens[0]?.text ?? '') ? 1 : 0;
  const clause = tokens.slice(opener + 1, open);
  const subordinate =
    OPENING_SUBORDINATORS.test(tokens[opener]?.text ?? '') && clause.length >= 2 && !clause.some((t) => cueLemma(t.text) || /^[,;:“”"«»]$/u.test(t.text));
  return (
    tokens[open]?.text === ',' &&
    (subordinate || verblessOpening(tokens.slice(opener, open))) &&
    (subjectAndVerbAt(tokens, close + 1) || (isPluralNoun(tokens[close + 1]?.text ?? '') && isFiniteVerb(tokens[close + 2]?.text ?? '')))
  );
}

/** "Instead", "In some ways", "If anything", "Last week": a phrase of a few words with no verb, no
 *  participle opening it ("Speaking to reporters" sets the scene) and no punctuation. */
function verblessOpening(words: Token[]): boolean {
  const first = words[0]?.text.toLowerCase() ?? '';
  if (words.length === 0 || words.length > 5 || (/^\p{L}+(ing|ed)$/u.test(first) && !NOT_PARTICIPLE.has(first))) return false;
  return words.every((w) => /^[\p{L}\p{N}’'-]+$/u.test(w.text) && !isFiniteVerb(w.text) && !cueLemma(w.text));
}
const OPENING_SUBORDINATORS = /^(if|unless|when|whenever|once|until|while|although|though|because|since|after|before)$/iu;

/** Whether a comma at `open`, before the speaker, opens the attribution closed at `close`: "The
 *  bridge, as Ann Holt noted, needs repairs": "as" may open it too. */
function opensSetOff(tokens: Token[], open: number, close: number): boolean {
  const asOpen = /^as$/iu.test(tokens[open]?.text ?? '') && tokens[open - 1]?.text === ',';
  if (open > 0 && (tokens[open]!.text === ',' || asOpen)) return true;
  // The opening comma may sit inside closing quote marks (‘The NHS was “broken,” he said, but could be
  // fixed’): then only a modal or present auxiliary goes on with what was said, not an act of the
  // speaker’s (‘“We will win,” she said, and left’).
  const quoted = open > 0 && /^[”"’']$/u.test(tokens[open]!.text) && tokens[open - 1]?.text === ',';
  const k = /^(and|but|or)$/iu.test(tokens[close + 1]?.text ?? '') ? close + 2 : close + 1;
  const w = tokens[k]?.text ?? '';
  return quoted && (isModal(w) || /^(is|are|has|have)$/iu.test(w));
}

/** Cues of what evidence shows rather than what someone says. */
const FINDING_CUES = new Set(['show', 'find', 'suggest', 'indicate', 'reveal']);
/** Words opening another figure of a finding: "a third", "most", "half", "62 percent". */
const SHARE = /^(a|an|one|two|three|half|most|many|some|few|fewer|more|less|only|just|nearly|almost|about|over|under|\p{N}[\p{N}.,%]*)$/iu;

/** "If …, X said …", "Unless …, X said …": the index of a condition opening the sentence and
 *  closed by the comma at `comma`, or -1. */
export function openingCondition(tokens: Token[], comma: number): number {
  const opener = /^(and|but|so)$/iu.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (tokens[comma]?.text !== ',' || !/^(if|unless|once|until)$/iu.test(tokens[opener]?.text ?? '')) return -1;
  const clause = tokens.slice(opener + 1, comma);
  return clause.length >= 2 && !clause.some((t) => cueLemma(t.text) || /^[,;:“”"«»]$/u.test(t.text)) ? opener : -1;
}

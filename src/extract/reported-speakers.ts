// Who speaks for a cue of reported speech: the subject before it, the possessor of a speech noun
// ("Iran's announcement that …"), the one quoted "as saying", or, for a participle or a second verb
// ("…, saying", "… and stressed"), the speaker the sentence already has.
import { stanceCopulaAt } from './stance-adjectives.js';
import { cueLemma, DOCUMENT_NOUNS, evidenceLemma, NAMING_VERBS, whenOrWhereWord } from './cues.js';
import { attributiveParticiple, embeddedSubject } from './cue-guards.js';
import { modifierParticiple } from './modifier-cues.js';
import { isBeliefLemma } from './belief-verbs.js';
import { relativeSubjectBefore } from './clause-openings.js';
import { relativeObjectCue } from './relative-objects.js';
import { asideAfter } from './content-start.js';
import { onlyVenueAfter, PREPOSITIONS } from './speech-venues.js';
import { isAdverb, isAndOrBut, isCopula, isFiniteVerb, finiteVerbWithin } from './lexicon.js';
import { isPollShare } from './poll-shares.js';
import { documentHeadBefore, madeBy } from './document-subjects.js';
import type { SpeakerSurface } from './name-index.js';
import type { QuoteDraft } from './quote-draft.js';
import type { ReportingCue, ReportSentence } from './reporting-cues.js';
import { DETERMINERS, isPersonalSubject, lastWord } from './speaker-words.js';
import { withoutReducedRelative } from './speaker-phrases.js';
import { namesPeople } from './phrase-heads.js';
import { possessedSpeechNoun, possessorAt } from './speech-nouns.js';
import { passiveQuotedBefore } from './words-between.js';
import type { SpeakerFinder } from './speakers.js';
import { subordinatePronoun } from './subordinate-pronouns.js';
import { subordinateJoinedSubject } from './subordinate-subjects.js';
import { coordinateClauseSubject } from './coordinate-subjects.js';
import { isClosingQuoteMark, isOpeningQuoteMark } from './quote-mark-tokens.js';
import { indexBeforeName, type Token } from './tokens.js';

/** A cue's speaker; `conjoined`: shared with what the sentence said before ("… and stressed"). */
export interface CueSpeaker {
  speaker: SpeakerSurface | null;
  conjoined: boolean;
}

/** What a message is issued in: "in a statement posted on its website", "in a message tweeted on Monday". */
const ISSUED_IN = /^(statement|statements|message|messages|post|posts|tweet|tweets|letter|note|video|communique|communiqué|release|notice|bulletin)$/u;

/** Who speaks for `cue`, given the quotes found before it in the sentence; null when the cue
 *  reports no one's speech (with speaker null, the speaker may stand after the cue). */
export function cueSpeaker(s: ReportSentence, cue: ReportingCue, earlier: QuoteDraft[]): CueSpeaker | null {
  const { text, tokens, speakers } = s;
  const { at: i, possessed } = cue;
  const t = tokens[i]!;
  const { certain, thatFollows } = verbCertainty(tokens, cue);
  // "Patriot failed as predicted", "as promised": a past form right after "as" has no speaker ("as
  // reported by Reuters" has one).
  if (/^as$/iu.test(tokens[i - 1]?.text ?? '') && /ed$/u.test(t.text) && !/^by$/iu.test(tokens[i + 1]?.text ?? '')) return null;
  // "after Iran's announcement that …": the possessor of a speech noun speaks.
  const possessor = possessed ? possessorAt(text, tokens, possessed.mark, speakers) : undefined;
  if (possessor === null) return null;
  const direct = possessor ?? subjectOfVerb(s, cue, certain);
  const onPhrase = actOnPhrase(tokens, t, direct);
  if (onPhrase && !thatFollows) return null;
  const found = onPhrase ? 'CONJOINED' : (quotedAsSaying(text, tokens, i, speakers) ?? direct);
  const speaker = found === 'CONJOINED' ? sharedSpeaker(s, i, earlier) : found;
  const own = found !== 'CONJOINED' && speaker;
  if (own && evidenceLemma(t.text) && !thatFollows && !documentSubject(text, own)) return evidenceSpeaker(tokens, i, own, speakers);
  if (evidenceLemma(t.text) && !own) return null;
  if (own && reportsNothing(tokens, own)) return null;
  return { speaker, conjoined: found === 'CONJOINED' };
}

/** Whether the cue is surely a verb, so that any noun phrase may be its subject, and whether "that"
 *  follows it (past when or where it was said). */
function verbCertainty(tokens: Token[], cue: ReportingCue): { certain: boolean; thatFollows: boolean } {
  const { at: i, lemma } = cue;
  // After "X claimed that …", and for "said" or "told", which are never nouns, the verb is certain
  // and any noun phrase may be its subject ("an architect who said", "63 percent said").
  // ("testified on Tuesday that …": past when or where it was said.)
  let k = i + asideAfter(tokens, i) + 1;
  for (const end = k + 5; k < end && whenOrWhereWord(tokens[k]?.text ?? ''); k++);
  const thatFollows = tokens[k]?.text.toLowerCase() === 'that';
  // (Evidence verbs take any subject here and keep only documents below: "A survey released Thursday found".)
  const certain =
    thatFollows ||
    relativeObjectCue(tokens, i) ||
    lemma === 'say' ||
    lemma === 'tell' ||
    NAMING_VERBS.has(lemma) ||
    closesSentence(tokens, i) ||
    pastBeforeSubject(tokens, i) ||
    !!evidenceLemma(tokens[i]!.text) ||
    // (A belief reports only a clause after it, which makes the verb certain: "Many patients worry they …".)
    isBeliefLemma(lemma);
  return { certain, thatFollows };
}

/** The subject of the cue's verb (or of the copula or light verb it goes with): a pronoun before a
 *  gerund, the speaker the sentence has for a participle or an infinitive, else the speaker before. */
function subjectOfVerb({ tokens, speakers }: ReportSentence, cue: ReportingCue, certain: boolean): SpeakerSurface | 'CONJOINED' | null {
  const { at: i, light } = cue;
  // ("has been critical of": the holder stands before the copula.)
  const verb = light?.verb ?? stanceCopulaAt(tokens, i) ?? i;
  // "includes her pleading with officers": a pronoun before a gerund is its subject.
  const gerundSubject = /ing$/u.test(tokens[verb]!.text) && /^(her|his|their|him|them)$/iu.test(tokens[verb - 1]?.text ?? '');
  if (gerundSubject) return speakers.surface(tokens[verb - 1]!.start, tokens[verb - 1]!.end, 'PRONOUN', null);
  return participleOrInfinitive(tokens, verb) ? 'CONJOINED' : speakers.before(tokens, verb, certain || !!light);
}

/** "she said at a news conference announcing that …", "In a statement announcing the pick, X …":
 *  a participle on a noun inside a phrase is the act of the sentence's subject, and reports only a
 *  clause; "in a statement posted on its website": a past participle there says how it was issued. */
function actOnPhrase(tokens: Token[], t: Token, direct: SpeakerSurface | 'CONJOINED' | null): boolean {
  if (!direct || direct === 'CONJOINED' || direct.kind !== 'NOMINAL') return false;
  const preposition = tokens[tokens.findIndex((x) => x.start === direct.start) - 1]?.text.toLowerCase() ?? '';
  return (
    (/ing$/u.test(t.text) || (/ed$/u.test(t.text) && ISSUED_IN.test(lastWord(direct)))) &&
    PREPOSITIONS.has(preposition) &&
    // "Stocks fell, with analysts saying …": after "with", people are the participle's own subject.
    !(preposition === 'with' && (namesPeople(lastWord(direct)) || isPollShare(direct.text)))
  );
}

/** The speaker of an evidence verb whose subject names no evidence: a ruling's subject, the maker of
 *  the document before the verb, or the document itself. */
function evidenceSpeaker(tokens: Token[], i: number, own: SpeakerSurface, speakers: SpeakerFinder): CueSpeaker | null {
  const document = documentHeadBefore(tokens, i);
  if (!document) return rulingSubject(tokens, i, own) ? { speaker: own, conjoined: false } : null;
  // "A Quinnipiac University poll showed", "A study by Shelter found": its maker speaks; "The average
  // of polls taken over the past two weeks shows", "Early results from Sunderland show": the document
  // does, not a noun inside it.
  const head = tokens[document.head]!;
  if (own.kind === 'NAME' && (own.end <= head.end || madeBy(tokens, document.head, own))) return { speaker: own, conjoined: false };
  const from = tokens[document.start]!;
  return { speaker: speakers.surface(from.start, head.end, 'NOMINAL', null), conjoined: false };
}

/** Whether a subject names evidence: "a survey", "a survey released Thursday", "A Franklin &
 *  Marshall College survey" (its maker found as the speaker, the document word after it). */
function documentSubject(text: string, own: SpeakerSurface): boolean {
  const after = /^\s+(\p{Ll}+)/u.exec(text.slice(own.end, own.end + 20))?.[1] ?? '';
  return DOCUMENT_NOUNS.has(lastWord({ text: withoutReducedRelative(own.text) })) || DOCUMENT_NOUNS.has(after);
}

/** Bodies whose findings are rulings: "an arbitration panel found the United States was in breach". */
const JUDGING_BODIES = /^(court|tribunal|panel|jury|commission|auditors|inspectors|investigators|coroner|ombudsman|watchdog|regulator)$/u;

/** A judging body's finding of a clause with its own verb ("The court found the firm had broken the
 *  law"), not of a person or a thing ("The jury found him guilty", "found no evidence"). */
function rulingSubject(tokens: Token[], i: number, own: SpeakerSurface): boolean {
  return JUDGING_BODIES.test(lastWord(own).toLowerCase()) && finiteVerbWithin(tokens, i + 2, i + 12);
}

/** "The contractor insisted she would …", "A contractor suggested the doors be replaced": a cue's past
 *  form right before the subject of a clause is the verb, not a noun, so any noun phrase before it may
 *  be its subject (a subject pronoun, or a determiner with a finite verb or "be" a few words on; not an
 *  object: "machinegun fire revealed the presence of fighters"). */
function pastBeforeSubject(tokens: Token[], i: number): boolean {
  if (!/^\p{Ll}+ed$/u.test(tokens[i]!.text)) return false;
  const next = tokens[i + 1]?.text ?? '';
  if (isPersonalSubject(next)) return true;
  if (!/^(the|his|her|their|its|this|these|those)$/u.test(next)) return false;
  for (let k = i + 2; k < i + 7 && /^[\p{L}’'-]+$/u.test(tokens[k]?.text ?? ''); k++)
    if (tokens[k]!.text === 'be' || isFiniteVerb(tokens[k]!.text)) return true;
  return false;
}

/** "…, state media reported.": a cue closing the sentence after a comma has its subject before it. */
function closesSentence(tokens: Token[], i: number): boolean {
  const comma = tokens.slice(0, i).findLastIndex((x) => x.text === ',');
  return (
    comma > 0 &&
    i - comma <= 5 &&
    /(ed|wrote)$/u.test(tokens[i]!.text) &&
    // ("…, both clubs announced": a word after a determiner is a noun, whatever else it may be.)
    !tokens
      .slice(comma + 1, i)
      .some((x, n) => (isFiniteVerb(x.text) && !DETERMINERS.has(tokens[comma + n]!.text.toLowerCase())) || !/^[\p{L}’'-]/u.test(x.text)) &&
    onlyVenueAfter(tokens, i + 1)
  );
}

/** The speaker a cue without a subject of its own shares: "The two discussed … and stressed …", "X
 *  defended the tweets, saying …", "X took to Twitter to accuse …" go on with the sentence's subject. */
function sharedSpeaker(s: ReportSentence, i: number, earlier: QuoteDraft[]): SpeakerSurface | null {
  const { tokens, speakers } = s;
  // "“It’s over,” she said of it, adding that …": after a quotation's attribution, its speaker.
  const afterQuotation = !earlier.length && isOpeningQuoteMark(tokens[0]?.text ?? '');
  const earlierCue = afterQuotation ? speakers.ofEarlierCue(tokens, i) : null;
  // "the manager, who has pleaded guilty and agreed to testify": a cue joined inside a relative
  // clause goes with the relative pronoun's antecedent.
  const relative = relativeSubjectBefore(tokens, 0, i);
  const joined = relative > 0 && tokens.slice(relative, i).some((t) => isAndOrBut(t.text));
  const antecedent = joined ? speakers.before(tokens, relative + 1, true) : null;
  if (antecedent && antecedent !== 'CONJOINED') return antecedent;
  // "The minister resigned after a memo showed …, saying …": a speaker inside a subordinate clause
  // is not the one the participle goes with.
  // ("Holt dismissed Lee's claim that …, calling it …": the owner of a speech noun in the object is not
  // the one the participle goes with.)
  // ("Pike was criticized by Ann Holt for saying …": the agent of a passive is not the one it goes with.)
  const active = earlier.filter((q) => !(q.topic && q.cue && q.speaker && /^\s+by\s+$/u.test(s.text.slice(q.cue.end, q.speaker.start))));
  const last = active.findLast((q) => !ownsSpeechNoun(s, q)) ?? active[active.length - 1];
  // ("… not paying an architect who said he was stiffed, saying …": nor one of a relative clause.)
  const lastSpeaker = last && !subordinateSubject(tokens, last.speaker?.start ?? -1) && !saidInRelativeClause(tokens, last) ? last.speaker : null;
  // ("The strike comes days after the premier warned …, saying …": with no subject that could speak in
  // the main clause, the speaker inside the subordinate one goes on.)
  const shared = lastSpeaker ?? (earlierCue !== 'CONJOINED' ? earlierCue : null) ?? speakers.subject(tokens) ?? last?.speaker ?? speakers.subject(tokens, true);
  // ("X backed the plan even as he criticised its cost, saying …": the clause nearest to it; "…, and
  // when Ann Holt thanked the town and said …": a verb joined inside it has its subject.)
  // ("…, and the union sued the city, saying …": a clause joined after the first has its own subject.)
  return (
    subordinateJoinedSubject(speakers, tokens, i, earlier) ??
    coordinateClauseSubject(speakers, tokens, i, earlier) ??
    subordinatePronoun(speakers, tokens, i, earlier, shared) ??
    shared
  );
}

/** Whether the quote's cue opens a relative clause: "an architect who said …", "a plan that called
 *  for …" ("that" right after a noun, not a verb's "that"). */
function saidInRelativeClause(tokens: Token[], q: QuoteDraft): boolean {
  let at = tokens.findIndex((t) => t.start === q.cue?.start) - 1;
  while (at > 0 && isAdverb(tokens[at]!.text)) at--;
  const before = tokens[at - 1]?.text ?? ',';
  const pronoun = tokens[at]?.text ?? '';
  return at > 0 && before !== ',' && (/^(who|which)$/iu.test(pronoun) || (/^that$/iu.test(pronoun) && /^\p{L}/u.test(before) && !isFiniteVerb(before)));
}

/** Whether the quote was told by a speech noun its speaker owns: "Lee's claim that …", "his warning that …". */
function ownsSpeechNoun(s: ReportSentence, q: QuoteDraft): boolean {
  const at = s.tokens.findIndex((t) => t.start === q.cue?.start);
  return at > 0 && !!possessedSpeechNoun(s.tokens, at);
}

/** A subject that reports nothing with this cue: one embedded in another clause ("the guides I
 *  wrote"), a negated one ("Nobody said it would be cheap", "Neither candidate said …"), or one
 *  holding a past speech verb whose object the cue is ("Ann Holt dismissed claims that …"; not a
 *  participle qualifying the noun after a determiner: "An informed source said", "the alleged victim"). */
function reportsNothing(tokens: Token[], subject: SpeakerSurface): boolean {
  if (embeddedSubject(tokens, subject.start)) return true;
  if (/^(nobody|no one|no-one|none|neither)\b/iu.test(subject.text)) return true;
  return (
    subject.kind === 'NOMINAL' &&
    tokens.some(
      (x, n) =>
        x.start > subject.start &&
        x.end <= subject.end &&
        /^\p{Ll}+(ed|said|told|wrote)$/u.test(x.text) &&
        cueLemma(x.text) &&
        !attributiveParticiple(tokens, n) &&
        !modifierParticiple(tokens, n),
    )
  );
}

/** A subject opening a subordinate clause after the main one: "… resigned after a memo showed". */
function subordinateSubject(tokens: Token[], speakerStart: number): boolean {
  const at = indexBeforeName(tokens, speakerStart);
  return at >= 0 && /^(after|because|since|when|before|while|until|although|though|once)$/iu.test(tokens[at]?.text ?? '');
}

/** Verbs whose object is a gerund with their own subject: "kept saying", "could not resist pointing out". */
const GERUND_TAKING =
  /^(keep|keeps|kept|start|starts|started|begin|begins|began|begun|resist|resists|resisted|avoid|avoids|avoided|continue|continues|continued|stop|stops|stopped)$/u;

/** Prepositions and conjunctions before a gerund with the sentence's subject: "by saying", "after telling". */
const GERUND_PREPOSITION = /^(by|after|before|while|when|in|upon|for|since|as|despite)$/u;

/** ", saying …", "by saying …", "kept saying …" and "to accuse …" have no subject of their own. */
function participleOrInfinitive(tokens: Token[], i: number): boolean {
  let p = i - 1;
  while (isClosingQuoteMark(tokens[p]?.text ?? '')) p--; // ‘…,” adding that …’
  // ", even suggesting …", ", eventually saying …", ", falsely claiming …": past an adverb after the comma.
  const adverb = tokens[p]?.text ?? '';
  if (
    (/^(even|also|again|then|later|once|repeatedly|still|now|only|instead|often)$/iu.test(adverb) || (/^\p{Ll}/u.test(adverb) && isAdverb(adverb))) &&
    tokens[p - 1]?.text === ','
  )
    p--;
  // "responded by first saying …", "after first telling …": past "first" after the preposition.
  if (tokens[p]?.text === 'first' && GERUND_PREPOSITION.test(tokens[p - 1]?.text ?? '')) p--;
  const prev = tokens[p]?.text.toLowerCase();
  // "began by saying", "after telling reporters", "was quoted as saying": a gerund after a preposition
  // has the sentence's subject.
  // ("X was quoted as saying": X, the passive's subject, speaks.)
  if (passiveQuotedBefore(tokens, p) >= 0) return false;
  return (
    ((prev === ',' || GERUND_PREPOSITION.test(prev ?? '') || GERUND_TAKING.test(prev ?? '')) && /ing$/u.test(tokens[i]!.text)) ||
    (prev === 'to' && i > 1 && /^\p{L}/u.test(tokens[i - 2]!.text))
  );
}

/** The index of "quoted" or "cited" in "IRNA quoted a senior official as saying" when the cue at `i`
 *  is that "saying", or -1. */
export function quotingVerbBefore(tokens: Token[], i: number): number {
  if (!/ing$/u.test(tokens[i]!.text) || tokens[i - 1]?.text.toLowerCase() !== 'as') return -1;
  const back = Math.max(0, i - 16);
  const verb = tokens.slice(back, i - 2).findLastIndex((t) => /^(quoted|quotes|quote|quoting|cited|cites|citing)$/iu.test(t.text));
  return verb < 0 ? -1 : back + verb;
}

/** "IRNA quoted a senior official as saying …", "The agency cited Ann Holt as saying …": the
 *  one quoted speaks, not the subject. */
function quotedAsSaying(text: string, tokens: Token[], i: number, speakers: SpeakerFinder): SpeakerSurface | null {
  const at = quotingVerbBefore(tokens, i);
  if (at < 0) return null;
  const back = Math.max(0, i - 16);
  const from = tokens[at + 1]!;
  // "X was quoted by SPA as saying", "X was quoted in a 2013 message as saying": in the passive the subject speaks.
  if (/^by$/iu.test(from.text) || isCopula(tokens[at - 1]?.text ?? '') || /^(been|being|be)$/iu.test(tokens[at - 1]?.text ?? '')) return null;
  // "quoted the head of the agency, Ali Rezaei, as saying": the name in apposition closes the phrase;
  // "quoted the ONDH, a government watchdog, as saying": the name before the apposition.
  let last = tokens[i - 2]!.text === ',' ? i - 3 : i - 2;
  let who = speakers.phraseEndingAt(tokens, last, true);
  const opensApposition = last < i - 2 ? tokens.slice(back, last).findLastIndex((t) => t.text === ',') : -1;
  if (opensApposition > 0 && who?.kind !== 'NAME') {
    // ("the Human Rights Observatory (ONDH), a watchdog,": past its initials in brackets.)
    let end = back + opensApposition - 1;
    if (tokens[end]!.text === ')' && tokens[end - 2]?.text === '(') end -= 3;
    const named = speakers.phraseEndingAt(tokens, end, true);
    if (named?.kind === 'NAME') [last, who] = [end, named];
  }
  // "quoted a senior official in the president's office as saying": the one the phrase opens with.
  const opening = at + 1;
  const preposition = opening + tokens.slice(opening, last).findIndex((t) => PREPOSITIONS.has(t.text.toLowerCase()));
  const head = who && who.start > from.start && preposition > opening ? speakers.phraseEndingAt(tokens, preposition - 1, true) : null;
  if (head && head.start === from.start) return head;
  if (who && who.start >= from.start) return who;
  // A name the recogniser did not take ("quoted Sisi as saying") is still the one quoted.
  const words = tokens.filter((t) => t.start >= from.start && t.end <= tokens[last]!.end);
  if (!words.every((t) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text))) return null;
  const end = tokens[last]!.end;
  return { start: from.start, end, text: text.slice(from.start, end), kind: 'NAME', entityId: null };
}

// The speaker left of a cue: "X said", "X, a spokesman, said", "X has also said", past asides in
// brackets or dashes, through relative pronouns ("…, who said") to the phrase they stand for.
import { speakerBeforeApposition } from './apposition-speakers.js';
import { issuerOf, issuerPastRecipient } from './document-issuers.js';
import { namesPartyMembers } from './entities/party-names.js';
import { dashAt, withoutBracketedAside, withoutDashedAside } from './cue-asides.js';
import { isFiniteAuxiliary, isFiniteVerb, isFunctionWord, isLeadingWord, isPerfectAuxiliary, isPreposition } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt } from './noun-phrases.js';
import { personBeforeOpenApposition } from './open-appositions.js';
import { speakerOfPhraseBefore } from './phrase-speakers.js';
import { pollShareEndingAt } from './poll-shares.js';
import { relativeClauseHead } from './relative-clause-heads.js';
import { personBeforeAffiliation, personBeforeDescription, personBeforeSetOffPhrase } from './relative-antecedents.js';
import { nameAfterRelative } from './relative-objects.js';
import { opensAside } from './open-dashes.js';
import { setOffPhrase } from './set-off-phrases.js';
import { headOf } from './speaker-heads.js';
import { countsAPart, lastWord, PRONOUNS } from './speaker-words.js';
import { namesSomeone } from './phrase-heads.js';
import { lastIndexOfWord, type Token, isTitleCasePlural } from './tokens.js';
import { pastWordsBetween } from './words-between.js';
import { commaInsideClosingMark } from './title-appositions.js';
import { isWhoOrWhich, WEEKDAY_ALTERNATIVES } from './word-classes.js';

/** The speaker left of the cue at `cue`, or 'CONJOINED' when the cue shares an earlier subject ("… and said"). */
export function speakerBefore(names: NameIndex, tokens: Token[], cue: number, anyNoun = false): SpeakerSurface | 'CONJOINED' | null {
  const found = wordsBefore(names, tokens, cue, anyNoun);
  // "it issued a policy paper welcoming …", "He released a letter … that says …": a document
  // speaks for whoever the clause says issued it.
  if (!found || found === 'CONJOINED') return found;
  if (found.kind === 'NOMINAL') return issuerOf(names, tokens, found) ?? found;
  // "He sent a memo to the Velmora Herald explaining …": a name the document went to is no speaker.
  return found.kind === 'NAME' ? (issuerPastRecipient(names, tokens, found) ?? found) : found;
}

/** The speaker the words before the cue name, past those standing between ("X has also said"). */
function wordsBefore(names: NameIndex, tokens: Token[], cue: number, anyNoun: boolean): SpeakerSurface | 'CONJOINED' | null {
  const between = pastWordsBetween(names, tokens, cue);
  if (between < 0) return null;
  // "Tom Pike, host of KTV’s “Harbour Talk,” said": the comma inside the closing mark of a title
  // closes the apposition as one after it would.
  const j = commaInsideClosingMark(tokens, between);
  const beforeQuantifier = pastFloatedQuantifier(tokens, j);
  if (beforeQuantifier >= 0) return wordsBefore(names, tokens, beforeQuantifier, anyNoun);
  // "the WHO said": a name written like a function word is a name.
  const w = names.nameAt.has(tokens[j]!.start) ? '' : tokens[j]!.text.toLowerCase();
  if (w === 'and' || w === 'but') return 'CONJOINED';
  // "Tom Reyes shrugged, then said …": a verb joined by "then" after a comma shares the subject, when
  // it reports words ("…, then voted for …" is an act on its object, not speech).
  if (w === ',' && /^then$/iu.test(tokens[j + 1]?.text ?? '') && j + 1 < cue && !isPreposition(tokens[cue + 1]?.text ?? '')) return 'CONJOINED';
  if (w === ',') return speakerBeforeComma(names, tokens, j, anyNoun);
  const aside = w === ')' ? withoutBracketedAside(tokens, j, cue) : withoutDashedAside(tokens, j, cue);
  if (aside) return speakerBefore(names, aside.tokens, aside.cue, anyNoun);
  const relative = antecedentOfRelative(names, tokens, cue, j, w, anyNoun);
  if (relative !== undefined) return relative;
  // "Judge Ray Pike, who through his clerk declined …": a short phrase opened by a preposition
  // right after the relative pronoun stands between it and its verb.
  const pronoun = relativeBeforePhrase(tokens, j);
  if (pronoun >= 0) return antecedentOfRelative(names, tokens, cue, pronoun, tokens[pronoun]!.text.toLowerCase(), anyNoun) ?? null;
  // "Sen. Ann Holt (D-NY), a supporter of the ferry bill told": a description left unclosed describes the person.
  return groupSpeaking(names, tokens, j) ?? personBeforeOpenApposition(names, tokens, cue, j) ?? speakerOfPhraseBefore(names, tokens, cue, j, anyNoun);
}

/** "Ann Holt and Tom Weller both said", "the senators (D-N.Y.) all suggested", "the leaders -- whose
 *  party … -- both said": a quantifier floated after its subject stands between, also after an
 *  auxiliary ("The two men have each said") and after a relative pronoun ("Mr. Lowe, who has both
 *  praised …"). Where to read on before the quantifier (and its auxiliaries), or -1 for none. */
function pastFloatedQuantifier(tokens: Token[], j: number): number {
  if (!FLOATED_QUANTIFIER.test(tokens[j]!.text)) return -1;
  let k = j - 1;
  while (k > 0 && (isFiniteAuxiliary(tokens[k]!.text) || isPerfectAuxiliary(tokens[k]!.text))) k--;
  const previous = tokens[k]?.text ?? '';
  const subjectEnds =
    previous === ')' ||
    dashAt(tokens, k) ||
    PRONOUNS.has(previous.toLowerCase()) ||
    isWhoOrWhich(previous) ||
    (LETTER_START.test(previous) && !isFunctionWord(previous));
  return subjectEnds && !isFiniteVerb(previous) ? k + 1 : -1;
}

/** The speaker before a comma at `j`: a person before brackets and the comma, else past a phrase
 *  set off or through an apposition. */
function speakerBeforeComma(names: NameIndex, tokens: Token[], j: number, anyNoun: boolean): SpeakerSurface | 'CONJOINED' | null {
  const bracketed = personBeforeBracketAndComma(names, tokens, j) ?? shareSetOff(names, tokens, j);
  if (bracketed) return bracketed;
  // "Dozens of traders interviewed at the market, including Mrs Shaw, said": past the phrase naming
  // some of them; past one of where or how they spoke only when no apposition speaks.
  const setOff = setOffPhrase(names, tokens, j);
  const past = () => (setOff ? wordsBefore(names, tokens, setOff.opening, anyNoun) : null);
  // ("Ann Holt, speaking at a rally in Dunmore, N.C., warned": read as if the town closed the phrase.)
  const apposition = () => speakerBeforeApposition(names, tokens, setOff?.closing ?? j, anyNoun);
  return setOff?.members ? (past() ?? apposition()) : (apposition() ?? past());
}

/** The relative pronoun ("who", "which") before a phrase of at most five words opened by a
 *  preposition and ending at `j` ("who through his clerk", "which in a statement"), or -1. */
function relativeBeforePhrase(tokens: Token[], j: number): number {
  for (let k = j - 1; k >= Math.max(1, j - 5); k--) {
    const x = tokens[k]!.text;
    if (!LETTER_START.test(x) && x !== "'s" && x !== '’s') return -1;
    if (!isPreposition(x) || !isWhoOrWhich(tokens[k - 1]!.text)) continue;
    const inside = tokens.slice(k + 1, j + 1);
    return inside.some((y) => isFiniteVerb(y.text) || isWhoOrWhich(y.text)) ? -1 : k - 1;
  }
  return -1;
}

/** What a relative pronoun (`w`, at `j`) before the cue stands for, null when it stands for no
 *  speaker; undefined when no relative clause holds the cue. */
function antecedentOfRelative(names: NameIndex, tokens: Token[], cue: number, j: number, w: string, anyNoun: boolean): SpeakerSurface | null | undefined {
  // "…, who said …": the relative pronoun stands for the name before it; "who", for people, for
  // the head of its phrase ("Democrats on Capitol Hill, who have argued").
  if (isWhoOrWhich(w) && j > 0) {
    // ("Mayor Ann Holt – who said … –", "Ann Holt (who said …)": past an opening dash or bracket as past a
    // comma; not past a dash closing an aside: "critics – like Ann Holt – who say …".)
    // ("Ann Holt -- who said …": two hyphens are one dash.)
    const opening = tokens[j - 1]!.text === '(' || opensAside(tokens, j - 1);
    let end = tokens[j - 1]!.text === ',' || opening ? j - 2 : j - 1;
    while (opening && dashAt(tokens, end)) end--;
    // ("compared with the 30 percent who say …": a share of those polled.)
    const antecedent = (w === 'who' ? pollShareEndingAt(names, tokens, end) : null) ?? phraseEndingAt(names, tokens, end, anyNoun);
    if (antecedent && w === 'who')
      return (
        personBeforeAffiliation(names, tokens, antecedent) ??
        personBeforeSetOffPhrase(names, tokens, antecedent) ??
        personBeforeDescription(names, tokens, antecedent) ??
        personHeadOf(names, tokens, antecedent)
      );
    return antecedent;
  }
  const relative = nameAfterRelative(names, tokens, j, cue) ?? relativeClauseHead(names, tokens, j, cue);
  if (relative) return relative;
  // "a letter from his doctor that says …": "that" right after a noun phrase is a relative pronoun.
  if (w === 'that' && j > 0 && tokens[j - 1]!.text !== ',') {
    const antecedent = phraseEndingAt(names, tokens, j - 1, anyNoun);
    return antecedent && headOf(names, tokens, antecedent);
  }
  // "…, many of whom say …", "…, most of which said …": the phrase before the comma speaks.
  if (WHOM_OR_WHICH.test(w) && tokens[j - 1]?.text.toLowerCase() === 'of' && PART_OF_GROUP.test(tokens[j - 2]?.text ?? '')) {
    // "relatives of the victims, many of whom say": the head of the phrase.
    const group = tokens[j - 3]?.text === ',' ? phraseEndingAt(names, tokens, j - 4, true) : null;
    return group && headOf(names, tokens, group);
  }
  return undefined;
}

/** "a memo from Mr. Reyes's aide, who argued": "who" stands for people, so a head the antecedent hangs
 *  from that names none (a document) leaves the antecedent itself. */
function personHeadOf(names: NameIndex, tokens: Token[], antecedent: SpeakerSurface): SpeakerSurface {
  const head = headOf(names, tokens, antecedent);
  if (head === antecedent || head.kind !== 'NOMINAL') return head;
  const word = lastWord(head);
  return namesSomeone(word) || countsAPart(word) ? head : antecedent;
}

/** A group speaking, its words ending at `j`: a share of those polled ("About three in 10 said",
 *  "46 percent of independents said"), or a capitalised group word ("Republicans said", "Palestinians say"). */
function groupSpeaking(names: NameIndex, tokens: Token[], j: number): SpeakerSurface | null {
  const share = pollShareEndingAt(names, tokens, j);
  if (share) return share;
  if (isTitleCasePlural(tokens[j]!.text) && !names.nameAt.has(tokens[j]!.start)) {
    const k = namesPartyMembers(tokens[j]!.text) ? partyMembersStart(names, tokens, j) : j;
    return names.surface(tokens[k]!.start, tokens[j]!.end, 'NOMINAL', null);
  }
  return null;
}

/** "Senate Democrats said", "House and Senate Republicans said": capitalised words of no name before a
 *  party's members say which of them speak, and belong to the speaker's words. */
function partyMembersStart(names: NameIndex, tokens: Token[], j: number): number {
  const modifies = (t: Token | undefined) =>
    !!t && CAPITALISED_WORD.test(t.text) && !names.nameAt.has(t.start) && !isFunctionWord(t.text) && !isLeadingWord(t.text) && !CALENDAR_WORD.test(t.text);
  let k = j;
  while (k > 0 && j - k < 3) {
    if (modifies(tokens[k - 1])) k--;
    else if (k < j && tokens[k - 1]!.text === 'and' && modifies(tokens[k - 2])) k -= 2;
    else break;
  }
  return k;
}

/** "Just over a quarter, 26 percent, say …", "A third of independents, 33%, agree": a share of those
 *  polled set off by commas before the cue gives the figure of the group before it; both speak. */
function shareSetOff(names: NameIndex, tokens: Token[], j: number): SpeakerSurface | null {
  // (A percentage: "one of two terrorists involved in the attacks" set off after a name is no share.)
  const share = pollShareEndingAt(names, tokens, j - 1);
  const opening = share && /percent|%/u.test(share.text) ? names.indexAt(tokens, share.start) - 1 : -1;
  if (opening <= 0 || tokens[opening]!.text !== ',') return null;
  const group = tokens[lastIndexOfWord(tokens, ',', opening) + 1]!;
  return names.surface(group.start, share!.end, 'NOMINAL', null);
}

/** "Gov. Tom Weller (R-ME), said", "At a rally, Sen. Ann Holt (D-NY), said": a comma after the bracket
 *  closing a person's name sets off no apposition, when only titles stand between the name and the
 *  comma or start before it ("The group, led by Ann Holt (D-NY), said" is the group's). */
function personBeforeBracketAndComma(names: NameIndex, tokens: Token[], j: number): SpeakerSurface | null {
  if (tokens[j - 1]?.text !== ')') return null;
  const open = lastIndexOfWord(tokens, '(', j - 1);
  const person = open > 0 ? names.nameAt.get(tokens[open - 1]!.start) : undefined;
  if (person?.entity.type !== 'PERSON') return null;
  const first = names.indexAt(tokens, person.start);
  const opening = lastIndexOfWord(tokens, ',', first) + 1;
  const titled = tokens.slice(opening, first).every((t) => !isFunctionWord(t.text) && !isFiniteVerb(t.text));
  return titled ? names.surface(person.start, person.end, 'NAME', person.entity.id) : null;
}

// The words wordsBefore reads, made once (it runs at every cue).
const LETTER_START = /^\p{L}/u;
const FLOATED_QUANTIFIER = /^(all|both|each)$/iu;
const WHOM_OR_WHICH = /^(whom|which)$/u;
const PART_OF_GROUP = /^(many|most|some|all|both|several|few|none)$/iu;
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}-]+$/u;
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_ALTERNATIVES}|January|February|March|April|May|June|July|August|September|October|November|December)$`, 'u');

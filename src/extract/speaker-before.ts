// The speaker left of a cue: "X said", "X, a spokesman, said", "X has also said", past asides in
// brackets or dashes, through relative pronouns ("…, who said") to the phrase they stand for.
import { cueLemma } from './cues.js';
import { periodEndingAt, pointInTimeEndingAt } from './clause-openings.js';
import {
  isAdverb,
  isCalendarWord,
  isFiniteVerb,
  isCopula,
  isFunctionWord,
  startsLowerCase,
  tagsOf,
  isFiniteAuxiliary,
  isPerfectAuxiliary,
  isPluralNoun,
} from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt, unknownName } from './noun-phrases.js';
import { speakerBeforeApposition } from './apposition-speakers.js';
import { subjectBeforeReducedRelative } from './reduced-relatives.js';
import { clauseSubject, issuerOf } from './clause-subjects.js';
import { organizationPart } from './organization-parts.js';
import { namesPeople } from './phrase-heads.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { ARTICLES, between, DETERMINERS, lastWord, NOT_NOUN, PREPOSITION, PRONOUNS } from './speaker-words.js';
import { headOf, modifierOrganization, sideOfCompetition } from './speaker-heads.js';
import { isPossessiveMark, isWord, type Token, lastIndexOfWord } from './tokens.js';
import { extended } from './extended.js';
import { personBeforeAffiliation } from './relative-antecedents.js';
import { nameAfterRelative } from './relative-objects.js';
import { pollShareEndingAt } from './poll-shares.js';
import { portraysPerson } from './speaker-phrases.js';
import { namesTradeFrom } from './trade-speakers.js';
import { subjectBeforeObject } from './object-participles.js';
import { restrictiveRelativeEnd } from './relative-clause-ends.js';
import { setOffPhrase } from './set-off-phrases.js';

/** Lower-case words for a part of a place: "northern England", "rural Ohio". */
const REGION_WORD =
  /^(northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|rural|downtown|suburban|coastal|greater|upstate|inner|outer|mainland|neighbouring|neighboring)$/u;

/** Verbs of hearsay before "to have said": "is reported to", "was said to", "are believed to". */
const HEARSAY = /^(reported|said|believed|understood|thought|known|alleged)$/iu;
/** Verbs of witnessing before a speech verb's participle: "was heard telling", "was filmed saying". */
const PERCEIVED = /^(heard|overheard|seen|filmed|recorded|caught|captured)$/iu;
/** "be" as an auxiliary of the passive: "is", "were", "been", "being". */
const isBe = (word: string) => isCopula(word) || /^(been|being)$/iu.test(word);

/** The index at or before `k` past adverbs ("is also said to"). */
function beforeAdverbs(tokens: Token[], k: number): number {
  while (k > 0 && startsLowerCase(tokens[k]!.text) && isAdverb(tokens[k]!.text)) k--;
  return k;
}

/** The speaker left of the cue at `cue`, or 'CONJOINED' when the cue shares an earlier subject ("… and said"). */
export function speakerBefore(names: NameIndex, tokens: Token[], cue: number, anyNoun = false): SpeakerSurface | 'CONJOINED' | null {
  const found = wordsBefore(names, tokens, cue, anyNoun);
  // "it issued a policy paper welcoming …", "He released a letter … that says …": a document
  // speaks for whoever the clause says issued it.
  return found && found !== 'CONJOINED' && found.kind === 'NOMINAL' ? (issuerOf(names, tokens, found) ?? found) : found;
}

/** The speaker the words before the cue name, past those standing between ("X has also said"). */
function wordsBefore(names: NameIndex, tokens: Token[], cue: number, anyNoun: boolean): SpeakerSurface | 'CONJOINED' | null {
  const j = pastWordsBetween(names, tokens, cue);
  if (j < 0) return null;
  // "Ann Holt and Tom Weller both said", "the senators (D-N.Y.) all suggested": a quantifier floated
  // after its subject stands between, also after an auxiliary ("The two men have each said").
  if (FLOATED_QUANTIFIER.test(tokens[j]!.text)) {
    let k = j - 1;
    while (k > 0 && (isFiniteAuxiliary(tokens[k]!.text) || isPerfectAuxiliary(tokens[k]!.text))) k--;
    const previous = tokens[k]?.text ?? '';
    const subjectEnds = previous === ')' || PRONOUNS.has(previous.toLowerCase()) || (LETTER_START.test(previous) && !isFunctionWord(previous));
    if (subjectEnds && !isFiniteVerb(previous)) return wordsBefore(names, tokens, k + 1, anyNoun);
  }
  // "the WHO said": a name written like a function word is a name.
  const w = names.nameAt.has(tokens[j]!.start) ? '' : tokens[j]!.text.toLowerCase();
  if (w === 'and' || w === 'but') return 'CONJOINED';
  if (w === ',') {
    // "Dozens of traders interviewed at the market, including Mrs Shaw, said": past the phrase naming
    // some of them; past one of where or how they spoke only when no apposition speaks.
    const setOff = setOffPhrase(tokens, j);
    const past = () => (setOff ? wordsBefore(names, tokens, setOff.opening, anyNoun) : null);
    return setOff?.members ? (past() ?? speakerBeforeApposition(names, tokens, j, anyNoun)) : (speakerBeforeApposition(names, tokens, j, anyNoun) ?? past());
  }
  const aside = w === ')' ? withoutBracketedAside(tokens, j, cue) : withoutDashedAside(tokens, j, cue);
  if (aside) return speakerBefore(names, aside.tokens, aside.cue, anyNoun);
  // "…, who said …": the relative pronoun stands for the name before it; "who", for people, for
  // the head of its phrase ("Democrats on Capitol Hill, who have argued").
  if (WHO_OR_WHICH.test(w) && j > 0) {
    const end = tokens[j - 1]!.text === ',' ? j - 2 : j - 1;
    // ("compared with the 30 percent who say …": a share of those polled.)
    const antecedent = (w === 'who' ? pollShareEndingAt(names, tokens, end) : null) ?? phraseEndingAt(names, tokens, end, anyNoun);
    if (antecedent && w === 'who') return personBeforeAffiliation(names, tokens, antecedent) ?? headOf(names, tokens, antecedent);
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
  // "About three in 10 said", "Six in 10 Democrats said", "46 percent of independents said": a share of those polled.
  const share = pollShareEndingAt(names, tokens, j);
  if (share) return share;
  // "Republicans said", "Palestinians say": a capitalised group word names the speakers.
  if (GROUP_WORD.test(tokens[j]!.text) && !names.nameAt.has(tokens[j]!.start)) {
    return names.surface(tokens[j]!.start, tokens[j]!.end, 'NOMINAL', null);
  }
  return speakerOfPhraseBefore(names, tokens, cue, j, anyNoun);
}

// The words wordsBefore reads, made once (it runs at every cue).
const LETTER_START = /^\p{L}/u;
const FLOATED_QUANTIFIER = /^(all|both|each)$/iu;
const WHO_OR_WHICH = /^(who|which)$/u;
const WHOM_OR_WHICH = /^(whom|which)$/u;
const PART_OF_GROUP = /^(many|most|some|all|both|several|few|none)$/iu;
const GROUP_WORD = /^\p{Lu}\p{Ll}+s$/u;

/** Auxiliaries, adverbs and times stand between a subject and its cue. */
const standsBetween = (names: NameIndex, t: Token) => (between(t.text) && !names.nameAt.has(t.start)) || (startsLowerCase(t.text) && isAdverb(t.text));

/** The index of the last word before the cue that is not one of the words standing between a
 *  subject and its cue: "X has also said", "X forcefully told", "X on Wednesday called". */
function pastWordsBetween(names: NameIndex, tokens: Token[], cue: number): number {
  let j = cue - 1;
  for (;;) {
    while (j >= 0 && standsBetween(names, tokens[j]!)) j--;
    // "The minister is (also) reported to have said …": hearsay stands between too.
    const be = j > 1 && TO.test(tokens[j]!.text) && HEARSAY.test(tokens[j - 1]!.text) ? beforeAdverbs(tokens, j - 2) : -1;
    if (be > 0 && isBe(tokens[be]!.text)) {
      j = be - 1;
      continue;
    }
    // "Rhys Morgan was heard telling reporters …": so does the passive of hearing or filming.
    if (j > 1 && PERCEIVED.test(tokens[j]!.text) && isBe(tokens[j - 1]!.text) && ING.test(tokens[cue]!.text)) {
      j -= 2;
      continue;
    }
    // "The minister was quoted (by IRNA) as saying …": so does the passive of a report.
    const quoted = passiveQuotedBefore(tokens, j);
    if (quoted >= 0) {
      j = quoted - 1;
      continue;
    }
    // "She has since said": "since" after an auxiliary is a time word.
    if (j > 0 && SINCE.test(tokens[j]!.text) && isPerfectAuxiliary(tokens[j - 1]!.text)) {
      j--;
      continue;
    }
    // "… and at one point threatened …": so does a point in time, and a period after an auxiliary
    // ("have in the past said"; not "polls taken over the past two weeks show").
    const period = periodEndingAt(tokens, j);
    const point = Math.max(pointInTimeEndingAt(tokens, j), period > 0 && between(tokens[period - 1]!.text) ? period : -1);
    if (point > 0) {
      j = point - 1;
      continue;
    }
    // "Sheikh Hasina today called upon …": a bare day word stands between too.
    if (j > 0 && DAY_WORD.test(tokens[j]!.text)) {
      j--;
      continue;
    }
    const time = j > 0 && (isCalendarWord(tokens[j]!.text) || TIME_WORD.test(tokens[j]!.text));
    // "who in 2010 said": a year after "in" stands between too.
    const year = j > 0 && YEAR.test(tokens[j]!.text) && IN.test(tokens[j - 1]!.text);
    if (!year && (!time || !BEFORE_TIME.test(tokens[j - 1]!.text))) return j;
    j -= 2;
    // "issued by the ministry late on Friday said": so does "late" or "early" before such a time.
    if (j > 0 && LATE_OR_EARLY.test(tokens[j]!.text) && ON_OR_IN.test(tokens[j + 1]!.text)) j--;
  }
}
// The words pastWordsBetween reads, made once (it runs at every cue).
const TO = /^to$/iu;
const ING = /ing$/u;
const SINCE = /^since$/iu;
const DAY_WORD = /^(today|yesterday|tonight)$/u;
const TIME_WORD = /^(week|month|year|morning|afternoon|evening|night)$/iu;
const YEAR = /^(1[89]|20)\d\d$/u;
const IN = /^in$/iu;
const BEFORE_TIME = /^(on|last|this|earlier|early|late|next)$/iu;
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

/** The words before the cue with the bracketed aside ending at `j` left out ("Gov. Mike Pence (R-IN)
 *  said"), and where the cue then stands; null when the brackets do not open after the first word. */
function withoutBracketedAside(tokens: Token[], j: number, cue: number): { tokens: Token[]; cue: number } | null {
  const open = lastIndexOfWord(tokens, '(', j);
  return open > 0 ? { tokens: tokens.slice(0, open).concat(tokens[cue]!), cue: open } : null;
}

const dashAt = (tokens: Token[], k: number) => DASH.test(tokens[k]?.text ?? '');
const DASH = /^[-—–]$/u;

/** The words before the cue with the dashed aside ending at `j` left out ("Kall -- co-editor of a
 *  book on debates -- said"), and where the cue then stands; null when `j` is no dash. */
function withoutDashedAside(tokens: Token[], j: number, cue: number): { tokens: Token[]; cue: number } | null {
  if (!dashAt(tokens, j)) return null;
  let open = j;
  while (dashAt(tokens, open - 1)) open--;
  do open--;
  while (open > 0 && !dashAt(tokens, open));
  while (dashAt(tokens, open - 1)) open--;
  if (open <= 0) return null;
  // "Ann Cole, chief executive of Fabrikam -- the firm that … -- told": the aside closes an
  // apposition as a comma would.
  const apposition = tokens.slice(0, open).some((x) => x.text === ',');
  const closing = apposition ? [extended(tokens[open]!, { text: ',' })] : [];
  return { tokens: [...tokens.slice(0, open), ...closing, tokens[cue]!], cue: open + closing.length };
}

/** The speaker a noun phrase ending at `j`, right before the cue, gives: its head, the organization
 *  it names, the issuer of the document it is, or the subject a participle phrase hangs from. */
function speakerOfPhraseBefore(names: NameIndex, tokens: Token[], cue: number, j: number, anyNoun: boolean): SpeakerSurface | null {
  const reduced = subjectBeforeReducedRelative(names, tokens, j);
  if (reduced) return reduced;
  const phrase = phraseEndingAt(names, tokens, j, anyNoun);
  // "Experts on trade said", "Mr. Reyes of the Farmers Union said": the head before the prepositions speaks.
  const base = phrase ?? phraseEndingAt(names, tokens, j, true);
  const part = base && organizationPartEndingAt(names, tokens, j);
  if (part) return part;
  const object = base && subjectBeforeObject(names, tokens, cue, base);
  if (object) return object;
  const head = base && headOf(names, tokens, base);
  if (head && head !== base) return head.kind === 'NOMINAL' ? (modifierOrganization(names, tokens, head) ?? head) : head;
  const local = phrase && headBeforePlace(names, tokens, phrase, anyNoun);
  if (local) return local;
  const subject = phrase && subjectBeforeParticiple(names, tokens, cue, phrase);
  if (subject) return subject;
  const issuer = base?.kind === 'NOMINAL' ? issuerOf(names, tokens, base) : null;
  if (issuer) return issuer;
  if (!phrase) {
    // "Politifact then pointed out that": a capitalised word the entity stages did not know,
    // opening its clause, still names its speaker.
    const unknown = unknownName(names, tokens, j);
    if (unknown) return unknown;
  }
  return (!phrase || phrase.kind === 'NOMINAL' ? organizationOrItsPeople(names, tokens, j, base) : null) ?? phrase;
}

/** "analysts at the Lowy Institute in Sydney said": a place after a preposition only modifies; the
 *  head the phrase hangs from speaks ("Teachers at the school in Leeds said"), or the place when there is none. */
function headBeforePlace(names: NameIndex, tokens: Token[], phrase: SpeakerSurface, anyNoun: boolean): SpeakerSurface | null {
  const placeAt = phrase.entityId ? names.nameAt.get(phrase.start) : undefined;
  if (placeAt?.entity.type !== 'LOCATION') return null;
  let k = tokens.findIndex((t) => t.start === phrase.start);
  // "Small bakeries across northern England say": a part of the place named before it.
  while (k > 1 && REGION_WORD.test(tokens[k - 1]!.text)) k--;
  if (k <= 0 || !NOT_NOUN.has(tokens[k - 1]!.text.toLowerCase())) return null;
  // "Climate negotiators in Baku agreed": any common noun before the place is its head, also one
  // capitalised for opening the sentence ("Councils across southern England have accused …").
  const noun = tokens[k - 2]?.text ?? '';
  const common =
    /^\p{Ll}/u.test(noun) || (k === 2 && /^\p{Lu}\p{Ll}+$/u.test(noun) && !names.nameAt.has(tokens[0]!.start))
      ? phraseEndingAt(names, tokens, k - 2, true)
      : null;
  const local = names.organizationNear(tokens, k - 2) ?? phraseEndingAt(names, tokens, k - 2, anyNoun) ?? common;
  return local ? headOf(names, tokens, local) : phrase;
}

/** "Protesters marching through the streets chanted": the place a participle names is no subject;
 *  the subject before it is. */
function subjectBeforeParticiple(names: NameIndex, tokens: Token[], cue: number, phrase: SpeakerSurface): SpeakerSurface | null {
  const phraseAt = tokens.findIndex((t) => t.start === phrase.start);
  if (phrase.kind !== 'NOMINAL' || !PREPOSITION.test(tokens[phraseAt - 1]?.text ?? '') || !/^\p{Ll}+ing$/u.test(tokens[phraseAt - 2]?.text ?? '')) return null;
  const group = /^\p{Lu}\p{Ll}+s$/u.test(tokens[0]!.text) ? names.surface(tokens[0]!.start, tokens[0]!.end, 'NOMINAL', null) : null;
  const subject = clauseSubject(names, tokens.slice(0, cue)) ?? group;
  return subject && subject.start < phrase.start ? subject : null;
}

/** "The U.N. refugee agency said", "The U.N. panel of experts said": a part of a named organization
 *  ending at `j` speaks as itself, described, not as the organization. */
function organizationPartEndingAt(names: NameIndex, tokens: Token[], j: number): SpeakerSurface | null {
  const org = names.organizationNear(tokens, j);
  const part = org && organizationPart(tokens, firstStartingAtOrAfter(tokens, org.end));
  const head = part?.end === j ? phraseEndingAt(names, tokens, part.head, true) : null;
  return head && names.surface(head.start, tokens[j]!.end, 'NOMINAL', null);
}

/** "analysts at the Lowy Institute (in Sydney) said": a named organization in the phrase ending at
 *  `j` speaks; "European Union leaders", "former CNN reporters" are people, not the organization
 *  before them; null when no organization is named there. */
function organizationOrItsPeople(names: NameIndex, tokens: Token[], j: number, base: SpeakerSurface | null): SpeakerSurface | null {
  const org = names.organizationNear(tokens, j);
  if (!org) return null;
  // ("The Yorkshireman said": one from a place, whatever the name was taken for, is a person; so is
  // "the Essex cueist", one from there by a trade.)
  if (base && (sideOfCompetition(base, org) || portraysPerson(base.text) || namesTradeFrom(base.text))) return base;
  // "Arsenal boss", "the bank's chief": people named by a role, whether or not a listed speaker noun.
  const people = base?.kind === 'NOMINAL' && namesPeople(lastWord(base)) ? base : null;
  // "OPEC+ sources": a symbol may join the organization to the people.
  if (people && (org.start >= people.start || /^[+&]?\s*$/u.test(names.text.slice(org.end, people.start)))) return people;
  return org;
}

/** "Residents that fear the valley will flood": a verb's plain form after "that" agrees with a
 *  plural noun before it ("fear" is the lexicon's infinitive); not a noun before a verb of its own
 *  ("warned families that rain could …"). */
function pluralVerbAfterThat(tokens: Token[], r: number): boolean {
  const noun = tokens[r - 1]!.text;
  const plural = isPluralNoun(noun) || (tagsOf(noun).length === 0 && /^\p{L}+[^s']s$/u.test(noun));
  return plural && isPlainVerb(tokens[r + 1]!.text) && !isFiniteVerb(tokens[r + 2]?.text ?? '');
}

/** "Commuters that use the station say": a plural opening the sentence, after at most a conjunction
 *  or a word before it, speaks whatever the noun; one deeper in the sentence may be an object
 *  ("… and remove loopholes like guidelines that allow companies to tell …"). */
function openingPlural(names: NameIndex, tokens: Token[], k: number): SpeakerSurface | null {
  const opening = k <= 1 && (k === 0 || /^(and|but|yet|so|many|most|some|local|other)$/iu.test(tokens[0]!.text));
  return opening ? phraseEndingAt(names, tokens, k, true) : null;
}

/** A verb's plain form: the lexicon's infinitive, or a word whose form in -s is a present tense
 *  ("live", "own": the lexicon knows them as adjectives, "lives" and "owns" as verbs). */
function isPlainVerb(word: string): boolean {
  if (tagsOf(word).includes('Infinitive')) return true;
  return /^\p{Ll}+$/u.test(word) && tagsOf(`${word}s`).includes('PresentTense');
}

/** Whether what the cue at `r` in a relative clause on the subject reports ends after `j`, at or before the cue at `cue`. */
function clauseEndsAt(tokens: Token[], r: number, j: number, cue: number): boolean {
  const end = restrictiveRelativeEnd(tokens, r, 0);
  return end > j && end <= cue;
}

/**
 * The noun a subject relative clause ending at `j` hangs from: "Officials who attended the meeting
 * said", "sources who reviewed them told", "the report that was released on Monday says". The
 * clause must open with its verb, so "the man who she said …" and "warned that officials …" are none.
 */
function relativeClauseHead(names: NameIndex, tokens: Token[], j: number, cue: number): SpeakerSurface | null {
  for (let r = j; r > 0 && j - r < 16; r--) {
    const word = tokens[r]!.text;
    if (!isWord(word) && !isPossessiveMark(word)) return null;
    // ("Parents who complained about the noise said", "who complained that it was too loud said": a cue
    // of the clause whose content ends right before this cue goes on to its pronoun; not "who said the
    // manager told", whose content holds this cue.)
    if (r < j && cueLemma(word) && !clauseEndsAt(tokens, r, j, cue)) return null;
    const pronoun = word.toLowerCase();
    if (pronoun !== 'who' && pronoun !== 'that' && pronoun !== 'which') continue;
    // ("who complained that …": "that" after a cue opens what it reports.)
    if (pronoun === 'that' && r < j && cueLemma(tokens[r - 1]!.text) && clauseEndsAt(tokens, r - 1, j, cue)) continue;
    if (r === j || tokens[r - 1]!.text === ',') return null;
    const next = tokens[r + 1]!.text;
    const plural = pronoun !== 'who' && pluralVerbAfterThat(tokens, r);
    const opensWithVerb =
      pronoun === 'who'
        ? /^\p{Ll}/u.test(next) && !DETERMINERS.has(next) && !ARTICLES.has(next) && !PRONOUNS.has(next) && !NOT_NOUN.has(next)
        : isFiniteVerb(next) || between(next) || plural;
    if (!opensWithVerb) return null;
    const antecedent = phraseEndingAt(names, tokens, r - 1, pronoun === 'who') ?? (plural ? openingPlural(names, tokens, r - 1) : null);
    return antecedent && headOf(names, tokens, antecedent);
  }
  return null;
}

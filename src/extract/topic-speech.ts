// Speech whose content is a topic or an object, not a clause: "spoke about the flooding", "complained
// about his microphone", "went on to discuss recent polls", "criticized the council", "endorsed Ann
// Holt", "apologized for his remarks". What was said is the phrase: after the preposition of a topic
// ("spoke of her early years"), or the verb's object ("mocked his rival for his age"). Such verbs do
// other things too ("addressed the crowd", "attacked the convoy", "spoke on the phone"): only a
// subject that speaks, and an object that can be spoken of, make them speech.
import { cueLemma } from './cues.js';
import { contentEnd } from './content-end.js';
import { isCalendarWord, isClosedClassWord, isFiniteVerb, isVerbForm, isFiniteAuxiliary, isModal } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { namesPeople } from './phrase-heads.js';
import { isPollShare } from './poll-shares.js';
import { roleOf } from './roles.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import { possessedSpeechNoun } from './speech-nouns.js';
import { reducedRelativeEnd, relativeClauseClose, restrictiveRelativeEnd } from './relative-clause-ends.js';
import type { ReportingCue, ReportSentence } from './reporting-cues.js';
import { ARTICLES, endsInPlural, lastWord, SPEAKER_NOUNS } from './speaker-words.js';
import { PREPOSITIONS, withoutSpeechEvent, withoutTrailingVenue } from './speech-venues.js';
import { extended } from './extended.js';
import { isDeniedAct, isDeniedClaim } from './denials.js';
import { describesInvertedSpeaker } from './inverted-speaker-clauses.js';
import { isPlainWord, type Token } from './tokens.js';
import { phraseEnd, withoutMargin, withoutPartner, withoutTrailingTime, withoutVoteOccasion } from './topic-end.js';
import { isAdverbish, objectOfSaying, topicStart, topicVerbLemma } from './topic-verbs.js';
import { talkReportedAhead } from './speech-to-come.js';
import { givesName, nameGivenAt } from './names-given.js';
import { isOpeningQuoteMark } from './quote-mark-tokens.js';

/** Subjects of two or more sides: "the two", "both leaders", "Lee and Holt". */
const JOINT = /^(the two|both)\b|\band\b/iu;

/** Verbs a figure or a term does as often as a speaker: "the data points to", "the term refers to". */
const POINTING = new Set(['point', 'refer']);
/** Verbs that are acts of the body as often as of words: their speaker must be a person, their
 *  object something said or done ("attacked his rival", not "attacked the convoy"); a company or a
 *  government recalls cars and envoys, a person what happened. */
const ACTS = new Set(['attack', 'defend', 'recall']);
/** What "addressed" speaks of: "addressed the concerns", not "addressed the crowd". */
const SPOKEN_OF =
  /^(decision|decisions|move|moves|news|ruling|agreement|deal|announcement|report|plan|proposal|step|vote|verdict|result|results|release|ceasefire|initiative|statement|issue|issues|question|questions|concerns?|topic|matter|allegations?|criticism|controversy|plight|problems?|subject|claims?|reports|rumou?rs|situation|need|remarks|comments|idea|bill|law|policy|policies|efforts?|apology|apologies|offer|appointment|resignation|invitation|support|commitment|pledge|progress|approval|changes|reforms|talks|truce)$/u;
/** What one sets out in words ("laid out his vision", "outlined her priorities"), beyond what is addressed:
 *  not "laid out the tables" nor "outlined the coast". */
const SET_OUT =
  /^(plans|proposals|vision|case|agenda|strategy|priorities|positions?|arguments?|reasons?|reasoning|details|terms|goals|views|path|stakes|differences|conditions|steps|record|ideas|options|demands|approach|rationale|timetable|roadmap)$/u;
/** Verbs that set out what they speak of: "laid out", "spelled out", "outlined". */
const SETTING_OUT = new Set(['lay', 'spell', 'outline']);
/** Heads of objects nobody speaks of: places, vehicles, things handled, parts of the body, audiences, titles. */
const NOT_SPOKEN_OF = new Set(
  (
    'door doors ball brakes car cars truck trucks vehicle vehicles convoy convoys tank tanks base bases village villages town towns city ' +
    'building buildings position positions post posts troops soldiers forces crowd crowds audience nation rally convention conference ' +
    'meeting gathering assembly congregation title crown championship belt net goal goals wall window table floor head face arm arms leg ' +
    'legs knee hand hands shoulder ' +
    'pain pains headache headaches symptoms dizziness nausea fatigue chest ship ships plane planes aircraft border territory area region ' +
    'guests visitors fans baby home house streets street road roads backdrop'
  ).split(' '),
);
/** What one speaks on that is no topic: "spoke on the phone", "on condition of anonymity", "on the record". */
const MEDIUM =
  /^(phone|telephone|line|stage|podium|camera|record|background|condition|behalf|air|radio|television|tv|floor|panel|program|programme|show|call|network|channel|cable|twitter|facebook|website|podcast)$/u;
/** Those a lawyer defends: "defended people accused of murder", "defending death row inmates". */
const DEFENDED_IN_COURT = /^(people|clients?|defendants?|suspects?|accused|man|woman|men|women|inmates?|prisoners?|criminals?|murderers?|killers?)$/u;
/** Things an act of the body is done to, though one may speak of them: "attacked a reporter's camera". */
const HANDLED = /^(cameras?|microphones?|equipment|property|windows?|cars?)$/u;
/** People by no office: "a man attacked a reporter's camera". */
const ANYONE = /^(man|woman|men|women|person|persons|people|boy|girl|youth|teenager|gunman|suspect|driver|passenger)$/u;
/** Verbs of a stance taken in a poll or a vote, whose margin may follow their object. */
const STANCES = new Set(['support', 'back', 'endorse', 'oppose', 'vote']);
/** A fraction of a group standing for its members: "Two-thirds", "three-quarters". */
const FRACTION = /^(?:\p{L}+-)?(?:thirds|quarters|fifths)$/iu;
/** Heads of subjects that do not speak: troops and weapons for acts of the body. */
const FORCES = /^(troops|soldiers|forces|army|military|militants|rebels|insurgents|fighters|police|jets|drones|missiles|gunmen|attackers)$/u;

/** A topic quote for the cue `cue`, whose speaker stands before it or is shared with the clause
 *  before (`conjoined`), or null when it is no speech. */
export function topicSpeech(s: ReportSentence, cue: ReportingCue, speaker: SpeakerSurface, conjoined: boolean): QuoteDraft | null {
  const { tokens, text, sentence } = s;
  if (cue.possessed || cue.light) return null;
  const lemma = topicVerbLemma(tokens[cue.at]!.text) ?? cueLemma(tokens[cue.at]!.text) ?? cue.lemma;
  if (!ownAct(tokens, cue.at, lemma, speaker.end) || (conjoined && !sharedAct(s, cue.at, speaker))) return null;
  // ("…,” said Tom Rath, who had endorsed Ann Holt": who the speaker is, no second report.)
  if (describesInvertedSpeaker(tokens, cue.at)) return null;
  const from = topicStart(tokens, cue.at, lemma);
  // “…”: a quoted title is no topic of its own ("talked about “Collapse”").
  if (from < 0 || isOpeningQuoteMark(tokens[from]!.text) || !speaks(s, speaker, lemma)) return null;
  // "Flight attendants' union endorses Clinton": a headline's description is named in the story below,
  // where "the union" should find the name, not the headline's words.
  if (sentence.index < 0 && speaker.kind !== 'NAME') return null;
  // "Summers, who has criticised the Fed for moving too slowly, said …": a relative clause set off on
  // its speaker ends at its closing comma.
  // (Not "Laura, who spoke of talks with the director, Lonnie Bunch": the comma closes the clause only
  // where the main clause's verb follows.)
  const relativeClose = relativeClauseClose(tokens, cue.at, speaker.start);
  const closesClause = relativeClose > from && isFiniteVerb(tokens[relativeClose + 1]?.text ?? '');
  // ("Parents who complained about the noise said …": without commas, up to the main clause's verb.)
  // ("A group backing Ann Holt spent …": a participle right after the subject, up to the main clause's verb.)
  const relativeEnd = closesClause ? -1 : restrictiveRelativeEnd(tokens, cue.at, speaker.start);
  const restrictive = relativeEnd < 0 && !closesClause && !conjoined ? reducedRelativeEnd(tokens, cue.at, speaker.end) : relativeEnd;
  const reach = closesClause ? tokens[relativeClose]!.start : restrictive > from ? tokens[restrictive]!.start : contentEnd(tokens, from - 1, sentence.end);
  // ("refers to the islands as Chinese bases": the name given runs on past "as", which opens no clause there.)
  const named = lemma === 'refer' || givesName(lemma) ? nameGivenAt(tokens, cue.at, lemma) : -1;
  const phrase = withoutTrailingTime(text, tokens[from]!.start, phraseEnd(tokens, named > 0 ? named : from, reach));
  // ("backed Ann Holt, 57 percent to 22 percent": by how much a stance was taken is no part of what it was on.)
  const stance = STANCES.has(lemma) ? withoutMargin(text, tokens[from]!.start, phrase) : phrase;
  const end =
    lemma === 'discuss'
      ? withoutPartner(text, tokens[from]!.start, phrase)
      : lemma === 'vote'
        ? withoutVoteOccasion(text, tokens[from]!.start, stance)
        : stance;
  const content = withoutSpeechEvent(text, lemma, trimmed(text, tokens[from]!.start, withoutTrailingVenue(text, tokens[from]!.start, end)));
  // (The thing named is what is spoken of, not the name: "as Chinese bases".)
  if (!content || !spokenOf(s, from, named > 0 ? tokens[named]!.start : content.end, lemma)) return null;
  // ("has not endorsed a candidate", "did not mention a name": denied of anything of its kind, nothing is spoken of.)
  if (cue.negated && /^(a|an)$/iu.test(tokens[from]!.text)) return null;
  // "The two discussed trade", "Lee and Holt discussed …": a meeting's readout of what its sides
  // talked over, no one's words.
  const joint = JOINT.test(speaker.text) || /\band\s*$/iu.test(text.slice(sentence.start, speaker.start)) || endsInPlural(speaker.text);
  if (lemma === 'discuss' && (speaker.kind === 'PRONOUN' ? /^(they|we)$/iu.test(speaker.text) : joint)) return null;
  return extended(draft(content, cue.span, speaker, false, sentence), { topic: true });
}

/** Whether the verb at `i` is the act of a subject of its own or of the clause before: not an
 *  adjective ("insulting remarks", "viewed as disparaging"), an unfulfilled aim ("its failure to
 *  speak out", "called on him to apologize") or a gerund inside a phrase ("after railing against"). */
function ownAct(tokens: Token[], i: number, lemma: string, speakerEnd: number): boolean {
  const form = tokens[i]!.text.toLowerCase();
  const before = tokens[i - 1]?.text.toLowerCase() ?? '';
  // ("Shamkhani referred to those negotiations and said …": a finite "refer" names a subject the next words take
  // up; only the participle beside speech, "said, referring to the mills", tells what the words were about.)
  // ("referred to the protesters as “my neighbours”": what one calls something is said, in any form.)
  if (lemma === 'refer' && form !== 'referring') return nameGivenAt(tokens, i, lemma) > 0;
  // ("portrayed her rival as a puppet", "sought to cast himself as …": made out in words, in any form.)
  if (givesName(lemma)) return nameGivenAt(tokens, i, lemma) > 0 && !isModal(before) && !ARTICLES.has(before);
  if (/ing$/u.test(form) && before !== ',') {
    // "In defending himself, …": a gerund opening the sentence goes with its subject, and so does one
    // telling how its act was done ("won the race by denouncing the levy", "has been vocal in rejecting it").
    if (i > 2 && mannerGerund(tokens, i - 1)) return true;
    if (PREPOSITIONS.has(before) || /^(as|for|of|by|about|with)$/u.test(before)) return i === 1;
    if (/^(the|a|an|his|her|their|its|our|stop|stopped|keep|kept|quit)$/u.test(before)) return false;
  }
  // "barely mentioned climate change", "rarely spoke of it": little said is no report of it.
  if (/^(barely|hardly|scarcely|rarely|seldom)$/u.test(before)) return false;
  // "declined comment on", "declined all comment on", "held talks on": a noun after a verb or a quantifier.
  const nounForm = form === lemma || form === `${lemma}s`;
  if (nounForm && (/^(all|no|any|further|without)$/u.test(before) || (isVerbForm(before) && !isFiniteAuxiliary(before)))) return false;
  // "rose 8.8 points to 60.0", "by 0.1 percentage points to 4.2 percent": an amount's unit, no verb.
  if (nounForm && (/^\p{N}/u.test(before) || /^(percentage|basis|few|several)$/u.test(before))) return false;
  // "Mr. Lee's push for a levy", "his push for it": a noun after its owner is no verb.
  if (nounForm && (/^(['’]s?|his|her|their|its|our|my|your)$/u.test(before) || /\p{L}['’]s$/u.test(before))) return false;
  // "will discuss the plan next month": speech yet to come has not been given.
  // ("56 percent would vote for Ann Holt": a vote one would cast is a stance one holds now; "split on
  // whether they'd vote for her" asks it.)
  if (lemma === 'vote' && /^(would|['’]d)$/u.test(before)) return !tokens.slice(Math.max(0, i - 5), i).some((t) => /^(whether|if)$/iu.test(t.text));
  // (A discussion or a talk to come is reported as one held, but not a leave to speak: "not authorized
  // to discuss it", "on condition of anonymity to discuss".)
  if (talkReportedAhead(lemma))
    return before !== 'to' || !/^(authori[sz]ed|permitted|allowed|cleared|free|anonymity|anonymously)$/iu.test(tokens[i - 2]?.text ?? '');
  if (isModal(before) || /^(shall|['’]ll)$/u.test(before)) return false;
  if (before !== 'to') return true;
  // ("the first senator to endorse Ann Holt", "one of few mayors to criticize the levy": one counted among those who did it.)
  if (form === lemma && countedAmongActors(tokens, i - 1, speakerEnd)) return true;
  // "went on to discuss", "gathered Friday to discuss", "appeared to blame": what the subject went and
  // did, not what it meant or was asked to do.
  const k = pastWhomAndWhen(tokens, i - 2);
  return (
    form === lemma &&
    (/^(went|met|gathered|convened|came|returned|took|appeared|seemed|proceeded|continued|began|started)$/iu.test(tokens[k]?.text ?? '') ||
      actDoneTo(tokens, i - 1))
  );
}

/** "by" or "in" at `k` before a gerund telling how the subject's act was done: "won by denouncing …",
 *  "was vocal in rejecting …"; not after a passive ("is justified by arguing …") nor a word that makes
 *  the gerund an aim or a role ("interested in discussing", "a role in criticizing"). */
function mannerGerund(tokens: Token[], k: number): boolean {
  const prep = tokens[k]!.text;
  const before = tokens[k - 1]!.text.toLowerCase();
  if (prep === 'by')
    return !(/^\p{Ll}+(ed|en)$/u.test(before) && tokens.slice(Math.max(0, k - 4), k - 1).some((t) => /^(is|are|was|were|be|been|being)$/iu.test(t.text)));
  return prep === 'in' && /^\p{Ll}/u.test(before) && !NOT_MANNER_BEFORE_IN.test(before);
}
const NOT_MANNER_BEFORE_IN =
  /^(interested|interest|role|part|involved|engaged|instrumental|useful|help|helpful|joy|pleasure|point|sense|difficulty|trouble|success|succeeded|fail|failed|mistake|wrong|right|justified|lead|hand|persist|persisted|persists|join|joined|joins|joining)$/u;

/** "to" at `k` after an act done in full: "was quick to condemn", "went out of his way to praise",
 *  "used the speech to criticize" (not "was eager to attack" nor "plans to praise": an aim). */
function actDoneTo(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text.toLowerCase() ?? '';
  if (/^(quick|swift)$/u.test(before)) return true;
  if (before === 'way' && /^out of$/iu.test(`${tokens[k - 4]?.text} ${tokens[k - 3]?.text}`)) return true;
  for (let n = k - 2; n >= 0 && n >= k - 7; n--) {
    const w = tokens[n]!.text;
    // ("went on the radio to defend …", "held a call to defend …", "took to the steps of the hall to
    // assail …": a purpose clause after an act done on the way, not "called on him to apologize".)
    if (/^(used|uses|using)$/u.test(w) || (PURPOSED_ACT.test(w) && !(w === 'called' && /^(on|upon|for)$/iu.test(tokens[n + 1]!.text)))) return true;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(w) || isVerbForm(w)) return false;
  }
  return false;
}
/** Acts done to speak, before the infinitive that says what for: "went on the radio to", "held a call to". */
const PURPOSED_ACT =
  /^(went|goes|came|comes|returned|appeared|appears|took|takes|met|meets|gathered|convened|held|holds|gave|gives|called|phoned|emailed|mounted|launched|visited|travell?ed|stepped|rose|stood|joined|invoked|turned)$/u;

const CHANCE_TO = /^(chances?|opportunit(y|ies)|time|times|right|rights|way|day|attempt|bid|call|effort|move|decision|need|ones?)$/iu;

/** Whether "to" at `k` follows a count of those who did the act: "was one of three councillors to
 *  vote against", "among 12 senators to vote for", "the first mayor to endorse" tell an act its
 *  subject did, where "urged the council to vote for" and "will be free to vote for" tell one asked
 *  for or allowed. The count names who did it only after a speaker or a verb ("Ann Holt, the first
 *  mayor to …", "said the only senator to …"); "One of the three councillors to vote against the
 *  levy was Tom Pike" names them after its own verb. */
function countedAmongActors(tokens: Token[], k: number, speakerEnd: number): boolean {
  // ("was the last chance to vote for it": a chance or a right to vote is none cast.)
  if (CHANCE_TO.test(tokens[k - 1]?.text ?? '')) return false;
  const namedBefore = (count: number) => speakerEnd <= tokens[count]!.start || tokens.slice(0, count).some((t) => isFiniteVerb(t.text));
  for (let n = k - 1; n > 0 && n >= k - 8; n--) {
    const w = tokens[n]!.text.toLowerCase();
    if (w === 'among') return namedBefore(n);
    if (w === 'of' && /^(one|two|three|four|five|some|many|most|all)$/u.test(tokens[n - 1]?.text.toLowerCase() ?? '')) return namedBefore(n - 1);
    if (/^(only|sole|first|last|lone)$/u.test(w) && /^(the|an?)$/u.test(tokens[n - 1]?.text.toLowerCase() ?? '')) return namedBefore(n - 1);
    if (!isPlainWord(w) || (isVerbForm(w) && !/^\p{N}/u.test(w))) return false;
  }
  return false;
}

/** From token `k` back past when and with whom ("on Tuesday", "with union leaders on Wednesday"):
 *  the index of the word before them, the verb of "met with X to discuss …" ("to vote" is no verb's partner). */
function pastWhomAndWhen(tokens: Token[], k: number): number {
  const pastWhen = (n: number) => {
    while (n > 0 && (isCalendarWord(tokens[n]!.text) || tokens[n]!.text === 'on')) n--;
    return n;
  };
  k = pastWhen(k);
  for (let n = k; n > 0 && n >= k - 6; n--) {
    const w = tokens[n]!.text;
    if (/^with$/iu.test(w)) return pastWhen(n - 1);
    if (!isPlainWord(w) || isVerbForm(w)) break;
  }
  return k;
}

/** A speaker shared with the clause before: after "and", a form of the verb's own tense ("attacked
 *  X and defended Y", not "to fix, increase and address"), and never a place. */
function sharedAct(s: ReportSentence, i: number, speaker: SpeakerSurface): boolean {
  if (s.speakers.nameAt.get(speaker.start)?.entity.type === 'LOCATION') return false;
  const { tokens } = s;
  let k = i - 1;
  while (k > 0 && isAdverbish(tokens[k]!.text.toLowerCase())) k--;
  const joined = /^(and|but|then)$/iu.test(tokens[k]?.text ?? '');
  const form = tokens[i]!.text.toLowerCase();
  return !joined || form !== (topicVerbLemma(form) ?? cueLemma(form));
}

/** Whether the subject can speak with this verb: a name of a person or a body, a pronoun, a noun
 *  for people or a body; for acts of the body only a person, never armed forces. */
export function speaks(s: ReportSentence, speaker: SpeakerSurface, lemma: string): boolean {
  const name = s.speakers.nameAt.get(speaker.start);
  const head = lastWord(speaker);
  if (ACTS.has(lemma)) {
    if (speaker.kind === 'NAME') return name?.entity.type === 'PERSON';
    if (speaker.kind === 'PRONOUN') return /^(he|she|i|we|his|her)$/iu.test(speaker.text);
    // "the senator attacked", not "protesters attacked": an office, not a crowd.
    return roleOf(head) !== null && !FORCES.test(head) && !ANYONE.test(head);
  }
  // ("Kelso County voted for Ann Holt": a place's votes are its voters' count, no stance of its own.)
  if (speaker.kind === 'NAME') return !!name && !(lemma === 'vote' && name.entity.type === 'LOCATION');
  // ("We condemn …" in a statement read out: first persons speak in quotations, not in topics reported.)
  // ("It refers to the share of …", "it points to a slowdown": a term or a figure points, nobody speaks.)
  if (speaker.kind === 'PRONOUN') return !/^(i|we|you)$/iu.test(speaker.text) && !(POINTING.has(lemma) && /^it$/iu.test(speaker.text));
  // ("56 percent would vote for Ann Holt", "Two-thirds oppose the levy": a share of those polled speaks for them.)
  return SPEAKER_NOUNS.has(head) || namesPeople(head) || /^(another|one|others)$/u.test(head) || isPollShare(speaker.text) || FRACTION.test(head);
}

/** Whether the phrase from token `from` to `end` is something spoken of: not a place or a thing
 *  handled, nor people greeted, and for "addressed" a thing said or asked. */
export function spokenOf(s: ReportSentence, from: number, end: number, lemma: string): boolean {
  const { tokens, speakers } = s;
  const words = tokens.filter((t, n) => n >= from && t.end <= end);
  // The head: the last word before a preposition, a particle or a relative word.
  const stop = words.findIndex(
    (t, n) =>
      n > 0 &&
      (PREPOSITIONS.has(t.text.toLowerCase()) ||
        /^(of|for|about|outside|near|who|which|that|back|up|out|down|off|home|away|,)$/iu.test(t.text) ||
        // "the concerns raised by Price": a participle with its own phrase after the head.
        (/^\p{Ll}{2,}[^e]ed$/u.test(t.text) && /^(by|in|on|at|from|for|to|during)$/iu.test(words[n + 1]?.text ?? ''))),
  );
  const head = (stop < 0 ? words : words.slice(0, stop)).at(-1)?.text.toLowerCase() ?? '';
  // "spoke on the phone", "speaking on cable network CNBC", "commented on Twitter": where, not what.
  const medium =
    MEDIUM.test(head) || words.some((t) => MEDIUM.test(t.text.toLowerCase())) || speakers.nameAt.get(words.at(-1)!.start)?.entity.type === 'ORGANIZATION';
  if (tokens[from - 1]?.text.toLowerCase() === 'on' && medium) return false;
  // (Anything may be discussed, a thing or a question: "discussed the wall", "discussed how to fund it".)
  const anything = lemma === 'discuss';
  if (
    !head ||
    (!anything && (NOT_SPOKEN_OF.has(head) || (isClosedClassWord(head) && !/^(him|her|them|himself|herself|themselves|it|this|us|me)$/u.test(head))))
  )
    return false;
  if (lemma === 'address') return SPOKEN_OF.test(head);
  if (SETTING_OUT.has(lemma)) return SPOKEN_OF.test(head) || SET_OUT.test(head);
  if (lemma === 'deny') return isDeniedClaim(head) || isDeniedAct(words);
  // "attributed the decline to a mild winter": a cause given, not "attributed the quote" alone.
  if (lemma === 'attribute' && !words.some((t) => t.text.toLowerCase() === 'to')) return false;
  if (!objectOfSaying(lemma, words)) return false;
  // "welcomed the president", "applauded the players": people greeted or clapped, not spoken of.
  if ((lemma === 'welcome' || lemma === 'applaud') && (namesPeople(head) || speakers.isPersonAt(words[0]!.start))) return false;
  // ("echoing Ann Holt", "echoed fishermen who …": whom one agrees with is no thing said.)
  if (lemma === 'echo' && (namesPeople(head) || SPEAKER_NOUNS.has(head) || personEchoed(s, words[0]!) || words[stop]?.text === 'who')) return false;
  // "mocked Karl Berg's prediction that prices would halve": the speech inside is Berg's, reported on its own.
  if (tokens.some((t, n) => n >= from && t.end <= end && !!possessedSpeechNoun(tokens, n))) return false;
  // "called out the National Guard", "called out the reserves": forces sent for, no one spoken of.
  if (lemma === 'call' && (FORCES.test(head) || /^(guard|guards|reserves|reservists|militia|firefighters|crews?)$/u.test(head))) return false;
  // "defended people accused of murder", "defended his clients": a lawyer's work.
  if (lemma === 'defend' && (namesPeople(head) || DEFENDED_IN_COURT.test(head))) return false;
  // "attacked Kabul", "defended Kyiv", "attacked a camera": a place or a thing is no one spoken of by a body's act.
  const place = speakers.nameAt.get(words[0]!.start)?.entity.type === 'LOCATION';
  return !((place || HANDLED.test(head)) && ACTS.has(lemma));
}

/** Whether a person's name opens the object at `first` as whom one agrees with ("echoing Ann Holt"),
 *  not as the owner of what was said ("echoed Ann Holt's call for calm"). */
function personEchoed(s: ReportSentence, first: Token): boolean {
  const name = s.speakers.nameAt.get(first.start);
  if (!name || !s.speakers.isPersonAt(first.start)) return false;
  return !/^['’]/u.test(s.tokens.find((t) => t.start >= name.end)?.text ?? '');
}

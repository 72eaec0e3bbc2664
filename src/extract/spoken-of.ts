// Whether the object of a topic verb is something spoken of (topic-speech.ts): not a place or a thing
// handled, a medium, people greeted or agreed with, and for "addressed" a thing said or asked.
import { cueLemma } from './cues.js';
import { isClosedClassWord } from './lexicon.js';
import { namesPeople } from './phrase-heads.js';
import { possessedSpeechNoun } from './speech-nouns.js';
import type { ReportSentence } from './reporting-cues.js';
import { SPEAKER_NOUNS } from './speaker-words.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isDeniedAct, isDeniedClaim } from './denials.js';
import type { Token } from './tokens.js';
import { objectOfSaying } from './topic-verbs.js';
import { ACTS, FORCES } from './topic-speakers.js';

/** What "addressed" speaks of: "addressed the concerns", not "addressed the crowd". */
const SPOKEN_OF =
  /^(decision|decisions|move|moves|news|ruling|agreement|deal|announcement|report|plan|proposal|step|vote|verdict|result|results|release|ceasefire|initiative|statement|issue|issues|question|questions|concerns?|topic|matter|allegations?|criticism|controversy|plight|problems?|subject|claims?|reports|rumou?rs|situation|need|remarks|comments|idea|bill|law|policy|policies|efforts?|apology|apologies|offer|appointment|resignation|invitation|support|commitment|pledge|progress|approval|changes|reforms|talks|truce)$/u;
/** What one sets out in words ("laid out his vision", "outlined her priorities"), beyond what is addressed:
 *  not "laid out the tables" nor "outlined the coast". */
const SET_OUT =
  /^(plans|proposals|vision|case|agenda|strategy|priorities|positions?|arguments?|reasons?|reasoning|details|terms|goals|views|path|stakes|differences|conditions|steps|record|ideas|options|demands|approach|rationale|timetable|roadmap)$/u;
/** Verbs that set out what they speak of: "laid out", "spelled out", "outlined". */
const SETTING_OUT = new Set(['lay', 'spell', 'outline']);
/** Verbs that make public a thing said: "released its findings", "unveiled a plan". */
export const MAKING_PUBLIC = new Set(['release', 'issue', 'publish', 'unveil']);
/** What is made public in words, not "released the hostages", "issued passports" nor "published a
 *  novel"; a statement is reported by what it says ("issued a statement saying …"), not as an object,
 *  and so are a column or an op-ed, by their title or their case; a video or an ad is as often footage
 *  shown ("released a video of the news conference"). */
const MADE_PUBLIC =
  /^(findings|reports?|lists?|proposals?|plans?|letters?|memos?|data|details|interviews?|stories|story|rebuttals?|responses?|ultimatums?|threats?|warnings?|apology|apologies|guidance|guidelines|recommendations?|analysis|analyses|study|studies|survey|polls?|transcripts?|platform|manifesto|agenda|blueprint|roadmap|framework|demands|appeals?|calls?|plea)$/u;
/** Whether what follows the object at `end` tells what it says: "a report saying …", "a memo that …",
 *  "a list: …", which the words after it report. */
const sayingAfter = (tokens: Token[], end: number) => {
  const next = tokens.find((t) => t.start >= end)?.text ?? '';
  return /^(saying|says|said|stating|describing|calling|detailing|charging|accusing|urging|warning|claiming|arguing|asking|that|:)$/iu.test(next);
};
/** Whether a verb of speech follows within the clause of the object opening at `from`: "released a
 *  letter from his doctor on Friday that says …", whose words are reported (document-issuers.ts). */
function wordsToldAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 14 && k < tokens.length; k++) {
    if (/^[.;:!?]$/u.test(tokens[k]!.text)) return false;
    if (cueLemma(tokens[k]!.text)) return true;
  }
  return false;
}
/** What one offers in words ("offered her condolences", "offers a blunt assessment", "offered no
 *  specifics"), not "offered a job", "offers free parking" nor "offered $30 billion". */
const OFFERED_IN_WORDS =
  /^(assessments?|evaluations?|thoughts|congratulations|condolences|sympathy|apology|apologies|testimony|opinions?|promises?|defen[cs]es?|responses?|retorts?|replies|reply|ideas|specifics|details|previews?|praise|warnings?|caveats?|slogans?|descriptions?|rhetoric|language|answers?|explanations?|reviews?|reassurances?|assurances?|encouragement|prayers|words|tips|suggestions?|forecasts?|predictions?|insights?|arguments?|accounts?|critiques?|rebuttals?|comments?|remarks|statements?|branch|vision|proposals?|approach|approaches|glimpse|hints?|clues|guide|guidance|endorsement|criticism|compliments?|tribute|thanks|mea)$/u;
/** Heads of objects nobody speaks of: places, vehicles, things handled, parts of the body, audiences, titles. */
const NOT_SPOKEN_OF = new Set(
  (
    'door doors ball brakes car cars truck trucks vehicle vehicles convoy convoys tank tanks base bases village villages town towns city ' +
    'building buildings position positions post posts troops soldiers forces crowd crowds audience nation rally convention conference ' +
    'meeting gathering assembly congregation title crown championship belt net goal goals wall window table floor head face arm arms leg ' +
    'legs knee hand hands shoulder ' +
    'pain pains headache headaches symptoms dizziness nausea fatigue chest ship ships plane planes aircraft border territory area region ' +
    'guests visitors fans baby home house streets street road roads backdrop coat coats jacket jackets hat hats'
  ).split(' '),
);
/** What one speaks on that is no topic: "spoke on the phone", "on condition of anonymity", "on the record". */
const MEDIUM =
  /^(phone|telephone|line|stage|podium|camera|record|background|condition|behalf|air|radio|television|tv|floor|panel|program|programme|show|call|network|channel|cable|twitter|facebook|website|podcast)$/u;
/** Verbs that dismiss what they speak of with their particle: "shrugged off", "waved away". */
const DISMISSING = new Set(['shrug', 'brush', 'wave', 'laugh']);
/** Those a lawyer defends: "defended people accused of murder", "defending death row inmates". */
const DEFENDED_IN_COURT = /^(people|clients?|defendants?|suspects?|accused|man|woman|men|women|inmates?|prisoners?|criminals?|murderers?|killers?)$/u;
/** Things an act of the body is done to, though one may speak of them: "attacked a reporter's camera". */
const HANDLED = /^(cameras?|microphones?|equipment|property|windows?|cars?)$/u;
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
  if (MAKING_PUBLIC.has(lemma)) return MADE_PUBLIC.test(head) && !sayingAfter(tokens, end) && !wordsToldAfter(tokens, from);
  // ("offered no specifics": words held back, as speech declined is, are none given.)
  if (lemma === 'offer') return OFFERED_IN_WORDS.test(head) && !/^(no|little|scant)$/iu.test(words[0]!.text);
  if (lemma === 'deny') return isDeniedClaim(head) || isDeniedAct(words);
  // "attributed the decline to a mild winter": a cause given, not "attributed the quote" alone.
  if (lemma === 'attribute' && !words.some((t) => t.text.toLowerCase() === 'to')) return false;
  if (!objectOfSaying(lemma, words)) return false;
  // "welcomed the president", "applauded the players": people greeted or clapped, not spoken of.
  // ("waved away the reporters", "brushed off the fans": people sent off, not a claim dismissed.)
  if ((lemma === 'welcome' || lemma === 'applaud' || DISMISSING.has(lemma)) && (namesPeople(head) || speakers.isPersonAt(words[0]!.start))) return false;
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

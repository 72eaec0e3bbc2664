// Speech named by a noun whose topic follows a preposition: "her attacks on the council", "the
// mayor's criticism of the plan", "launched a fierce attack on the budget", "delivered a critique of
// the housing policy". The noun's possessor, or the subject of the verb that makes it, speaks; the
// phrase after the preposition is what was spoken of, as with the verbs ("attacked the council").
import { beliefForm } from './belief-verbs.js';
import { cueLemma, regularForms } from './cues.js';
import { subjectAndVerbAt } from './clause-openings.js';
import { contentEnd } from './content-end.js';
import { isAdjective, isAdverb, isArticle, isCalendarWord, isFiniteAuxiliary, isFiniteVerb, isVerbForm, tagsOf } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { unspoken } from './negated-speech.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { POSSESSIVE_DETERMINERS } from './speaker-words.js';
import { infinitiveNoun } from './speech-noun-infinitives.js';
import { possessiveBefore, possessorAt, speechNounLemma } from './speech-nouns.js';
import { withoutTrailingVenue } from './speech-venues.js';
import { speechToCome } from './speech-to-come.js';
import { phraseEnd, withoutTrailingTime } from './topic-end.js';
import { speaks } from './topic-speakers.js';
import { spokenOf } from './spoken-of.js';
import { topicVerbLemma } from './topic-verbs.js';
import { type Token, spanOf, isTitleCaseWord, isLowerCaseWord } from './tokens.js';

/** Jibes taken "at" someone ("took a swipe at", "taking aim at"): speech only as the act of the one
 *  taking them, since "her best shot at the title" is a chance and no jibe. */
const JIBES = ['swipe', 'swipes', 'shot', 'shots', 'potshot', 'potshots', 'dig', 'digs', 'jab', 'jabs', 'aim'];

/** Nouns of speech about a topic, by the verb they name, with the prepositions opening their topic. */
/** Who speaks a noun that is no possessor's: the one taking it (a jibe), making it (a case) or making no secret of it. */
type NounMaker = 'TAKEN' | 'MADE' | 'NO_SECRET';
const TOPIC_NOUNS = new Map<string, { lemma: string; prepositions: RegExp; maker?: NounMaker }>([
  ...JIBES.map((n) => [n, { lemma: 'attack', prepositions: /^at$/u, maker: 'TAKEN' }] as const),
  ...['attack', 'attacks'].map((n) => [n, { lemma: 'attack', prepositions: /^(on|against)$/u }] as const),
  ...['criticism', 'criticisms', 'critique'].map((n) => [n, { lemma: 'criticize', prepositions: /^(of|on)$/u }] as const),
  ...['comment', 'comments', 'remarks'].map((n) => [n, { lemma: 'comment', prepositions: /^(on|about)$/u }] as const),
  ...['defense', 'defence'].map((n) => [n, { lemma: 'defend', prepositions: /^of$/u }] as const),
  ['endorsement', { lemma: 'endorse', prepositions: /^of$/u }],
  // "made the case for a new station": what was argued for, only as an act made ("her case against the
  // company was heard" is a lawsuit).
  ...['case', 'argument'].map((n) => [n, { lemma: 'argue', prepositions: /^(for|against)$/u, maker: 'MADE' }] as const),
  // "made no secret of his frustration": what one let everyone know.
  ['secret', { lemma: 'reveal', prepositions: /^of$/u, maker: 'NO_SECRET' }],
  // "made no mention of the levy", "made passing mention of it": what one named, or left unnamed.
  ...['mention', 'mentions'].map((n) => [n, { lemma: 'mention', prepositions: /^of$/u, maker: 'MADE' }] as const),
  ['praise', { lemma: 'praise', prepositions: /^(of|for)$/u }],
  ['condemnation', { lemma: 'condemn', prepositions: /^of$/u }],
  ['denunciation', { lemma: 'denounce', prepositions: /^of$/u }],
  // "offered strident defenses of the board", "gave her thoughts on the levy", "offered a blunt
  // assessment of it", "gave a preview of the budget", "made a reference to the strike", "made
  // conflicting statements about it", "made jokes about", "delivered a tirade against": what was
  // said, named by the noun, and what it was about.
  ...['defenses', 'defences'].map((n) => [n, { lemma: 'defend', prepositions: /^of$/u }] as const),
  ...['thoughts', 'opinion', 'opinions', 'remark'].map((n) => [n, { lemma: 'comment', prepositions: /^(on|about)$/u }] as const),
  ...['assessment', 'assessments'].map((n) => [n, { lemma: 'comment', prepositions: /^of$/u }] as const),
  ['preview', { lemma: 'comment', prepositions: /^of$/u }],
  ...['reference', 'references'].map((n) => [n, { lemma: 'mention', prepositions: /^to$/u }] as const),
  ['statements', { lemma: 'comment', prepositions: /^(on|about)$/u }],
  ['statement', { lemma: 'comment', prepositions: /^about$/u }],
  ...['joke', 'jokes'].map((n) => [n, { lemma: 'joke', prepositions: /^about$/u }] as const),
  ...['tirade', 'tirades', 'broadside', 'broadsides'].map((n) => [n, { lemma: 'attack', prepositions: /^(on|against)$/u }] as const),
]);

/** What makes an attack one of arms: "a deadly attack on", "his murderous attack on". */
const ARMED = /^(deadly|murderous|terror|terrorist|suicide|armed|military|missile|rocket|bomb|gun|knife|violent|physical|fatal|lethal|air|drone|cyber)$/iu;

/** The noun of speech about a topic a word names, or undefined: the word topicNounReport asks first. */
export const topicNoun = (word: string) => TOPIC_NOUNS.get(word.toLowerCase());

/** Whether token `i` is such a noun with the preposition of its topic after it ("assessment of",
 *  "thoughts on"), which reports that topic itself. */
export const opensTopicAt = (tokens: Token[], i: number): boolean =>
  topicNoun(tokens[i]!.text)?.prepositions.test(tokens[i + 1]?.text.toLowerCase() ?? '') ?? false;

/** Verbs that make such a noun their subject's act: "launched an attack on", "delivered a critique of". */
const MAKING = new Set(
  ['launch', 'unleash', 'mount', 'deliver', 'level', 'issue', 'offer', 'voice', 'renew', 'heap', 'direct', 'repeat'].flatMap(regularForms),
);
const MAKE = ['make', 'makes', 'made', 'making'];
for (const f of [...MAKE, 'give', 'gives', 'gave', 'given', 'giving']) MAKING.add(f);
/** Verbs that make a jibe their subject's act: "took a swipe at", "landed a dig at". */
const TAKING = new Set(['take', 'takes', 'took', 'taken', 'taking', ...regularForms('land')]);

/** Words between a making verb and its noun: "a fierce", "his most bitter", "fresh". */
const NOUN_OPENING = /^(fresh|new|further|more|most|several|some|multiple|repeated|renewed|blistering|scathing|sharp|fierce)$/iu;
const opensNoun = (w: string) => isArticle(w) || POSSESSIVE_DETERMINERS.has(w.toLowerCase()) || NOUN_OPENING.test(w);

/** The quote of a topic noun at token `i`, its speaker the possessor before it or the subject of the
 *  verb making it, or null. */
export function topicNounReport(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence } = s;
  const noun = topicNoun(tokens[i]!.text);
  if (!noun || tokens[i]!.text !== tokens[i]!.text.toLowerCase() || !noun.prepositions.test(tokens[i + 1]?.text.toLowerCase() ?? '')) return null;
  // "his deadly attack on the village": an attack of arms, not of words.
  if (noun.lemma === 'attack' && ARMED.test(tokens[i - 1]?.text ?? '')) return null;
  const possessor = noun.maker ? null : possessorOf(s, i);
  // "made no mention of the levy": a mention denied, which annotated news counts as it counts "did not
  // mention the levy", at the confidence of speech declined.
  const none = noun.lemma === 'mention' && /^(no|little|scant)$/iu.test(tokens[i - 1]?.text ?? '');
  const made = none ? i - 1 : i;
  const speaker = possessor ?? (noun.maker === 'NO_SECRET' ? openSecretMaker(s, i) : makerOf(s, made, noun.maker === 'TAKEN' ? TAKING : MAKING));
  if (!speaker || !speaks(s, speaker, noun.lemma) || (possessor && reportedAsAThing(s, possessor))) return null;
  const from = i + 2;
  // ("stepped up her criticism on Tuesday": a day, no topic.)
  if (from >= tokens.length || !/^[\p{L}\p{N}]/u.test(tokens[from]!.text) || isCalendarWord(tokens[from]!.text)) return null;
  const reach = Math.min(contentEnd(tokens, i + 1, sentence.end), phraseReach(tokens, i, from));
  const phrase = withoutLooseTime(text, tokens[from]!.start, withoutTrailingTime(text, tokens[from]!.start, phraseEnd(tokens, from, reach)));
  const content = trimmed(text, tokens[from]!.start, withoutTrailingVenue(text, tokens[from]!.start, phrase));
  if (!content || !spokenOf(s, from, content.end, noun.lemma)) return null;
  const cue = spanOf(tokens[i]!);
  const q = { ...draft(content, cue, speaker, false, sentence), topic: true };
  return none ? { ...q, declined: true } : q;
}

/** "his attacks", "Ann Holt's sharp criticism": the possessor before the noun, past an adjective or two. */
function possessorOf(s: ReportSentence, i: number): SpeakerSurface | null {
  const mark = possessiveBefore(s.tokens, i);
  return mark >= 0 ? possessorAt(s.text, s.tokens, mark, s.speakers) : null;
}

/** Whether the possessed noun's phrase is itself what another act is about, which reports it whole:
 *  the object of a verb of speech ("discussed his criticism of the plan", "apologized for her comments
 *  on the strike"), or a named possessor's phrase after a verb or a preposition ("the crowd cheered Ann
 *  Holt's attacks on the plan", "pushed back against Ann Holt's attack on the plan"), where the one
 *  who takes it up, not the possessor, is the story (not a phrase opening the sentence: "As for Ann
 *  Holt's attacks on the plan, …"). */
function reportedAsAThing(s: ReportSentence, possessor: SpeakerSurface): boolean {
  const { tokens } = s;
  const first = tokens.findIndex((t) => t.start >= possessor.start);
  let k = first - 1;
  // (Past a title before the name: "about Mr. Lee's criticism".)
  while (k >= 0 && (isArticle(tokens[k]!.text) || /^\p{Lu}\p{Ll}*\.$/u.test(tokens[k]!.text))) k--;
  const before = tokens[k]?.text ?? '';
  // ("repeated his attacks on the plan", "offered her thoughts on it": words said again or given are
  // still the possessor's.)
  const ownWords = (w: string) => /^(repeat|offer)$/u.test(topicVerbLemma(w) ?? '');
  const speechVerb = (w: string) => /^\p{Ll}/u.test(w) && !!(cueLemma(w) ?? topicVerbLemma(w)) && !ownWords(w);
  const preposition = /^(for|on|to|of|about|over|at|after|against|with|in|from|into)$/iu.test(before);
  if (speechVerb(before) || (preposition && speechVerb(tokens[k - 1]?.text ?? ''))) return true;
  if (possessor.kind !== 'NAME' || !/^\p{Ll}/u.test(before)) return false;
  const verb = (w: string) => isVerbForm(w) || isFiniteAuxiliary(w);
  return verb(before) || (preposition && tokens.slice(0, k).some((t) => verb(t.text)));
}

/** "Holt launched a fierce attack", "Lee delivered a critique": the subject of the verb making the noun,
 *  when the speech is said to have been made ("made no mention", "did not launch an attack" are none). */
function makerOf(s: ReportSentence, i: number, making: Set<string>): SpeakerSurface | null {
  const { tokens, text, sentence, speakers } = s;
  let verb = i - 1;
  // ("offered increasingly strident defenses": an adverb on an adjective before the noun too.)
  while (verb > i - 4 && (opensNoun(tokens[verb]?.text ?? '') || isAdjective(tokens[verb]?.text ?? '') || isAdverb(tokens[verb]?.text ?? ''))) verb--;
  if (verb < 0 || !making.has(tokens[verb]!.text)) return null;
  if (unspoken(tokens, verb, text.slice(Math.max(sentence.start, tokens[verb]!.start - 30), tokens[verb]!.start)) || speechToCome(tokens, verb)) return null;
  const who = speakers.before(tokens, verb, true);
  return who && who !== 'CONJOINED' ? who : null;
}

/** "Holt has made no secret of …": the subject of "made" before "no secret", whose "no" tells the
 *  thing was said openly, not that nothing was said. */
function openSecretMaker(s: ReportSentence, i: number): SpeakerSurface | null {
  const { tokens, speakers } = s;
  if (!/^no$/iu.test(tokens[i - 1]?.text ?? '') || !MAKE.includes(tokens[i - 2]?.text.toLowerCase() ?? '')) return null;
  const who = speakers.before(tokens, i - 2, true);
  return who && who !== 'CONJOINED' ? who : null;
}

/** `end` moved back past a time with no date closing the phrase: "comments about the tax in the past". */
function withoutLooseTime(text: string, start: number, end: number): number {
  const m = LOOSE_TIME.exec(text.slice(start, end));
  return m && m.index > 0 ? start + m.index : end;
}
const LOOSE_TIME = /[\s,]+(?:in the past|in the hours|in recent (?:days|weeks|months))[\s.,;:!?]*$/u;

/** A subject and its verb at `k`, also a name alone or after a title with its full stop (", Mr. Lee said …"). */
function clauseAt(tokens: Token[], k: number): boolean {
  if (subjectAndVerbAt(tokens, k)) return true;
  // (", Lee made …": a name alone before a verb in the past.)
  if (isTitleCaseWord(tokens[k]?.text ?? '') && tagsOf(tokens[k + 1]?.text ?? '').includes('PastTense')) return true;
  const titled = /^\p{Lu}\p{Ll}*\.$/u.test(tokens[k]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  return titled && (isFiniteVerb(tokens[k + 2]?.text ?? '') || subjectAndVerbAt(tokens, k + 1));
}

/** A noun of speech at `k`: "pledge", "attacks", "claim". */
const speechNounAt = (tokens: Token[], k: number) => {
  const w = tokens[k]?.text.toLowerCase() ?? '';
  return !!speechNounLemma(w) || infinitiveNoun(w) || !!topicNoun(w);
};

/** After a comma, a remark on the phrase rather than more of it: an adverb ("…, most recently in
 *  May"), or a subject and its verb set off ("…, many think, is …"). */
function asideAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (/^\p{Ll}+ly$/u.test(w) || (/^most$/iu.test(w) && /^\p{Ll}+ly$/u.test(tokens[k + 1]?.text ?? ''))) return true;
  const verb = tokens[k + 1]?.text ?? '';
  return isLowerCaseWord(w) && (isFiniteVerb(verb) || !!cueLemma(verb) || beliefForm(verb)) && /^[,.;]$/u.test(tokens[k + 2]?.text ?? ',');
}

/** Where the sentence goes on past a topic noun's phrase: at a comma before a clause of its own ("As
 *  for her attacks on the plan, the mayor said …"), or, when the phrase is the subject, before the
 *  sentence's own verb ("Her attacks on the plan were fierce", "Ann Holt's criticism of the board
 *  surprised …"); the text's end when neither comes. */
function phraseReach(tokens: Token[], noun: number, from: number): number {
  const subject = !tokens.slice(0, noun).some((t) => isFiniteVerb(t.text));
  for (let k = from + 1; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (w === ',' && (clauseAt(tokens, k + 1) || asideAt(tokens, k + 1))) return tokens[k]!.start;
    // "attacks on Ann Holt to win votes", "attacks on the tax and his pledge to …": a purpose, or
    // another act of the speaker's, reported on its own.
    if (/^to$/iu.test(w) && /^\p{Lu}/u.test(tokens[k - 1]!.text) && tagsOf(tokens[k + 1]?.text ?? '').includes('Infinitive')) return tokens[k]!.start;
    if (/^and$/iu.test(w) && POSSESSIVE_DETERMINERS.has(tokens[k + 1]?.text.toLowerCase() ?? '') && speechNounAt(tokens, k + 2)) return tokens[k]!.start;
    // "attacks on the mayor – and on her deputy", "attacks on a judge by scheduling …": a dash sets off
    // a remark, "by" with a gerund how the subject acts.
    if (/^(–|—|-|--)$/u.test(w) || (/^by$/iu.test(w) && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? ''))) return tokens[k]!.start;
    if (!subject) continue;
    if (/^(who|which|that|whom|whose)$/iu.test(w) || /^[,;:—–]$/u.test(w)) return Number.POSITIVE_INFINITY;
    // (A verb in the past only, not with its agent: "plans", "cuts" are nouns as often as verbs, and
    // "the cuts announced by the board" qualifies the noun.)
    const past = isLowerCaseWord(w) && tagsOf(w).includes('PastTense') && !/^by$/iu.test(tokens[k + 1]?.text ?? '');
    if (isFiniteAuxiliary(w) || past) return tokens[k]!.start;
  }
  return Number.POSITIVE_INFINITY;
}

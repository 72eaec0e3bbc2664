// The cues of reported speech in a sentence: a speech verb, a speech noun after a possessive ("her
// warning that …") or after a light verb ("issued a warning that …"); not one in an idiom, a passive,
// a negation ("declined to say") or a condition ("If asked, Holt would say …").
import { reportsAnAmount, cueLemma, evidenceLemma } from './cues.js';
import { phrasalCueAt } from './phrasal-cues.js';
import { heldPositionAt } from './belief-forms.js';
import { beliefCueAt } from './belief-verbs.js';
import { attributiveParticiple, headlinePassive, idiom, passive } from './cue-guards.js';
import { modifierParticiple } from './modifier-cues.js';
import { otherSense } from './cue-senses.js';
import { narratorHedge } from './narrator-hedges.js';
import { isAdverb } from './lexicon.js';
import { negationOf } from './negated-speech.js';
import { speechToCome, talkReportedAhead } from './speech-to-come.js';
import { demandedSpeech } from './demanded-speech.js';
import type { QuoteDraft } from './quote-draft.js';
import { bareSupportAt } from './bare-support.js';
import { topicVerbLemma } from './topic-verbs.js';
import { viewHeldAt } from './names-given.js';
import { STANCE_ADJECTIVES, stanceCopulaAt } from './stance-adjectives.js';
import { lightVerbNoun } from './light-verb-nouns.js';
import { possessedSpeechNoun } from './speech-nouns.js';
import type { SpeakerFinder } from './speakers.js';
import { type Token, spanOf } from './tokens.js';
import type { Sentence, TextSpan } from './types.js';

/** A sentence's words, as the stages of reported speech read them. */
export interface ReportSentence {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  speakers: SpeakerFinder;
}

/** A cue of reported speech. */
export interface ReportingCue {
  /** the index of its token */
  at: number;
  lemma: string;
  span: TextSpan;
  /** "her warning that …": the speech noun and the index of the possessive before it */
  possessed: { lemma: string; mark: number } | undefined;
  /** "issued a warning that …": the speech noun and the index of the verb before it */
  light: { lemma: string; verb: number } | undefined;
  /** "spoke about …", "endorsed …": a verb that reports only a topic or an object (topic-speech.ts) */
  topicOnly: boolean;
  /** "did not say whether …": the speech is negated, what it was about still reported (negated-speech.ts) */
  negated?: boolean;
}

/** A quote a cue reports. */
export interface Report {
  quote: QuoteDraft;
  /** the content, when the cues inside it are a part of what was said ("X said that Y stressed …") */
  holds?: TextSpan;
}

/** The cue at token `i`, or null when the word there reports no speech. */
export function reportingCueAt(s: ReportSentence, i: number): ReportingCue | null {
  const { text, sentence, tokens } = s;
  const t = tokens[i]!;
  // "her warning that …", "Iran's repeated insistence that …": the noun reports its clause.
  const possessed = possessedSpeechNoun(tokens, i);
  // "gave assurances that …", "issued a warning that …", "made it clear that …": the subject speaks.
  // "was of the view that …", "was adamant that …": the one holding the position speaks.
  const light = possessed ? undefined : (heldPositionAt(tokens, i) ?? lightVerbNoun(tokens, i));
  const cue = possessed?.lemma ?? light?.lemma ?? cueLemma(t.text) ?? evidenceLemma(t.text) ?? phrasalCueAt(tokens, i) ?? beliefCueAt(tokens, i);
  const lemma = cue ?? topicVerbLemma(t.text) ?? (bareSupportAt(tokens, i) ? 'support' : undefined) ?? viewHeldAt(tokens, i);
  // Title-case headlines capitalise their verbs: "Christie Calls Clinton ‘A Disgrace’".
  if (!lemma || (t.text[0] !== t.text[0]!.toLowerCase() && !(sentence.index < 0 && i > 0))) return null;
  // "It goes without saying that …" is an idiom; "she was told", "it is called" are passive.
  // "would add $84 billion": an amount is no speech.
  // "admitted 12 counts of fraud", "called off the match", "can tell three from four": another sense of the verb.
  if (
    idiom(tokens, i) ||
    narratorHedge(tokens, i) ||
    // ("was critical of": an adjective after "be" is no passive.)
    (!light && !STANCE_ADJECTIVES.has(lemma) && (passive(tokens, i) || (sentence.index < 0 && headlinePassive(tokens, i)))) ||
    otherSense(tokens, i, lemma) ||
    reportsAnAmount(lemma, tokens[i + 1]?.text, tokens[i + 2]?.text) ||
    (lemma === 'cite' && citesAsSaying(tokens, i)) ||
    attributiveParticiple(tokens, i) ||
    modifierParticiple(tokens, i) ||
    // "a book critical of the board": a stance adjective reports only after "be".
    (STANCE_ADJECTIVES.has(lemma) && stanceCopulaAt(tokens, i) === undefined)
  )
    return null;
  // "declined to say", "would neither confirm nor deny": no one speaks. ("would not say whether …" reports
  // what was not said, unsure, and so does an act of a topic verb negated: "did not talk about the
  // budget", "has not endorsed Ann Holt".)
  const act = light ? tokens[light.verb]! : t;
  const negation = negationOf(tokens, light?.verb ?? i, text.slice(Math.max(sentence.start, act.start - 30), act.start));
  if (negation === 'none' || (negation === 'said' && (light || possessed))) return null;
  // "If asked, Holt would say …": speech under a condition has not happened.
  if (hypothetical(tokens, light?.verb ?? i)) return null;
  // "The company will announce new measures next month": nothing has been said yet. (A discussion
  // or a talk to come is reported as one held: "will discuss the plan", "will speak about trade".)
  if (!talkReportedAhead(lemma) && speechToCome(tokens, light?.verb ?? i)) return null;
  // "ordered the company to explain why …": speech asked of someone is not yet said.
  if (demandedSpeech(tokens, light?.verb ?? i)) return null;
  return { at: i, lemma, span: spanOf(t), possessed, light, topicOnly: !cue, negated: negation === 'said' };
}

/** A modal before the cue in a sentence that opens a condition before it: "If asked, Holt would say
 *  …", "Had she been asked, she might have said …". */
function hypothetical(tokens: Token[], cue: number): boolean {
  let k = cue - 1;
  while (k > 0 && (/^(have|not|never|only|probably|likely|simply|then)$/iu.test(tokens[k]!.text) || isAdverb(tokens[k]!.text))) k--;
  if (!/^(would|could|might)$/iu.test(tokens[k]?.text ?? '')) return false;
  return tokens.slice(0, k).some((t, n) => /^(if|unless)$/iu.test(t.text) || (n === 0 && /^(had|were)$/iu.test(t.text)));
}

/** "cited Ann Holt as saying …": the citing verb leaves the content to the participle. */
const citesAsSaying = (tokens: Token[], i: number): boolean =>
  tokens.slice(i + 2, i + 10).some((t, n, rest) => t.text.toLowerCase() === 'as' && /ing$/u.test(rest[n + 1]?.text ?? '') && !!cueLemma(rest[n + 1]!.text));

// How sure a quote is, from how it was found: the kind of cue, the evidence for its speaker and
// quote marks. A score in 0..1 to rank and filter by, not a calibrated probability.
import { cueLemma } from './cues.js';
import type { QuoteKind, Speaker, TextSpan } from './types.js';

/** Quotes below this are left out of the extract command's output and of the API by default. On PolNeAR
 *  dev every confidence band from 0.4 up is right at least 5 times in 6, and a higher cut loses more
 *  recall than it gains precision. */
export const DEFAULT_MIN_CONFIDENCE = 0.4;

/** Verbs that report speech only now and then ("accused X of", "cited a report", "charged"). */
const LOOSE_CUES = new Set([
  'accuse',
  'cite',
  'charge',
  'call',
  'describe',
  'praise',
  'blast',
  'slam',
  'blame',
  'criticize',
  'criticise',
  'question',
  'mention',
  'express',
  'label',
  'brand',
  'dub',
  'term',
  'recall',
  'hint',
  'indicate',
  'suggest',
  'show',
  'find',
  'sing',
  'commend',
  'demand',
  'propose',
  'recommend',
  'report',
  'reveal',
  'observe',
  'agree',
  'ask',
  'urge',
  'predict',
  'promise',
  'pledge',
  'vow',
]);
/** Verbs that are nothing but speech. */
const SPEECH_CUES = new Set([
  'say',
  'tell',
  'add',
  'write',
  'tweet',
  'state',
  'reply',
  'respond',
  'answer',
  'explain',
  'declare',
  'insist',
  'argue',
  'stress',
  'note',
  'warn',
  'claim',
  'deny',
  'testify',
]);

export interface ConfidenceEvidence {
  kind: QuoteKind;
  cue: TextSpan | null;
  speaker: Speaker;
  /** it continues the speaker of the quote before, with no attribution of its own */
  continues: boolean;
  /** found in a headline or transcript label, not a body sentence */
  labelled: boolean;
  /** "accused X of …", "cited a report", "called for a moratorium": a loose cue with a noun phrase for content */
  phraseOnly?: boolean;
}

/** The most a quote whose loose cue has no clause for content can score: below the default threshold. */
const PHRASE_ONLY_CAP = 0.3;

export function quoteConfidence(q: ConfidenceEvidence): number {
  const lemma = q.cue ? (/^according/iu.test(q.cue.text) ? 'according' : (cueLemma(q.cue.text) ?? 'other')) : null;
  const cue =
    lemma === null
      ? q.continues
        ? 0.6
        : q.labelled
          ? 0.55
          : 0.65
      : SPEECH_CUES.has(lemma) || lemma === 'according'
        ? 0.8
        : LOOSE_CUES.has(lemma)
          ? 0.45
          : 0.65;
  // Quote marks are evidence of speech whatever the cue.
  const marks = q.kind === 'DIRECT' ? 0.15 : q.kind === 'MIXED' ? 0.1 : 0;
  const mention = q.speaker.mention;
  const speaker = q.speaker.entityId && mention?.kind === 'NAME' ? 0.05 : q.speaker.entityId || q.speaker.name ? 0 : mention ? -0.05 : -0.15;
  const score = Math.min(q.phraseOnly ? PHRASE_ONLY_CAP : 1, Math.max(0, cue + marks + speaker));
  return Math.round(score * 100) / 100;
}

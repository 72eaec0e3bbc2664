// How sure a quote is, from how it was found: the kind of cue, the evidence for its speaker, quote
// marks, its length. A logistic model over those features (confidence-features.ts) trained on
// annotated news by `npm run train:confidence` (confidence-weights.md); without its weights file, a
// hand-set score. Either way a score in 0..1 to rank and filter by.
import { readWeightsFile } from './weights-file.js';
import { type ConfidenceEvidence, confidenceFeatures, cueOf, LOOSE_CUES, SPEECH_CUES } from './confidence-features.js';
import { probability, type Weights } from './confidence-training.js';

export type { ConfidenceEvidence } from './confidence-features.js';

interface Model {
  weights: Weights;
  /** the default threshold, chosen on dev data when the model was trained */
  threshold: number;
}

const trainedModel = readWeightsFile<Model>(import.meta.url, './confidence-weights.json');

/** Quotes below this are left out of the extract command's output and of the API by default: the
 *  trained model's threshold (confidence-weights.md), else 0.4 for the hand-set score. */
export const DEFAULT_MIN_CONFIDENCE = trainedModel?.threshold ?? 0.4;

/** The most a quote whose loose cue has no clause for content can score: below any default threshold.
 *  Annotated sets that count "called for a moratorium" as speech would teach the model otherwise. */
export const PHRASE_ONLY_CAP = 0.3;

/** The most a speech act turned down can score ("declined to comment"): above the default threshold,
 *  as annotated news counts it, and below any word said. */
export const DECLINED_CAP = 0.45;

export function quoteConfidence(q: ConfidenceEvidence, model: Model | null = trainedModel): number {
  const score = model ? probability(model.weights, confidenceFeatures(q)) : handSetScore(q);
  const cap = q.phraseOnly ? PHRASE_ONLY_CAP : q.declined ? DECLINED_CAP : 1;
  return Math.round(Math.min(cap, Math.max(0, score)) * 100) / 100;
}

/** Without trained weights: the cue's kind, quote marks and the speaker's evidence, added up. A
 *  topic or an object for content ("spoke about the flooding") is as unsure as a loose cue. */
function handSetScore(q: ConfidenceEvidence): number {
  const lemma = cueOf(q);
  const cue =
    lemma === null
      ? q.continues
        ? 0.6
        : q.labelled
          ? 0.55
          : 0.65
      : (SPEECH_CUES.has(lemma) || lemma === 'according') && !q.topic
        ? 0.8
        : LOOSE_CUES.has(lemma) || q.topic
          ? 0.45
          : 0.65;
  // Quote marks are evidence of speech whatever the cue.
  const marks = q.kind === 'DIRECT' ? 0.15 : q.kind === 'MIXED' ? 0.1 : 0;
  const mention = q.speaker.mention;
  const speaker = q.speaker.entityId && mention?.kind === 'NAME' ? 0.05 : q.speaker.entityId || q.speaker.name ? 0 : mention ? -0.05 : -0.15;
  return cue + marks + speaker;
}

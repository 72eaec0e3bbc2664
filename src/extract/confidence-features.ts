// What the confidence of a quote is computed from: how it was found (cue, quote marks, speaker
// evidence, its length), as named binary features for the logistic model in confidence.ts.
import { cueLemma } from './cues.js';
import type { QuoteDraft } from './quote-draft.js';
import type { Speaker, TextSpan } from './types.js';
import { isSpaceAt } from './plain-tokens.js';

/** How the quote was found: the draft's cue and flags (a loose cue with a phrase for content, a topic, a
 *  speech act turned down), its resolved speaker, where it stands and its content. */
export interface ConfidenceEvidence extends Pick<QuoteDraft, 'kind' | 'cue' | 'phraseOnly' | 'topic' | 'declined'> {
  speaker: Speaker;
  /** it continues the speaker of the quote before, with no attribution of its own */
  continues: boolean;
  /** found in a headline or transcript label, not a body sentence */
  labelled: boolean;
  /** the content, when known: its length and where the cue stands are evidence too */
  content?: TextSpan;
}

/** Verbs that report speech only now and then ("accused X of", "cited a report", "charged"). */
export const LOOSE_CUES = new Set(
  (
    'accuse cite charge call describe praise blast slam blame criticize criticise question mention express label brand dub term ' +
    'recall hint indicate suggest show find sing commend demand propose recommend report reveal observe agree ask urge predict ' +
    'promise pledge vow appeal'
  ).split(' '),
);

/** Verbs that are nothing but speech. */
export const SPEECH_CUES = new Set(
  'say tell add write tweet state reply respond answer explain declare insist argue stress note warn claim deny testify'.split(' '),
);

/** The cue's lemma: "according" for "according to", "appeal" for "appealed for", "other" for a cue word the list does not know, null without a cue. */
export function cueOf(q: ConfidenceEvidence): string | null {
  if (!q.cue) return null;
  if (/^according/iu.test(q.cue.text)) return 'according';
  // "appealed" is a cue only with its preposition ("appealed for calm"), so no word list holds it.
  return cueLemma(q.cue.text) ?? (/^appeal/iu.test(q.cue.text) ? 'appeal' : 'other');
}

const lengthBand = (words: number) => (words <= 3 ? '1-3' : words <= 8 ? '4-8' : words <= 20 ? '9-20' : '21+');

/** The names of the features that hold for `q` (each worth 1). */
export function confidenceFeatures(q: ConfidenceEvidence): string[] {
  const lemma = cueOf(q);
  const cueClass =
    lemma === null
      ? q.continues
        ? 'none-continues'
        : q.labelled
          ? 'none-labelled'
          : 'none'
      : SPEECH_CUES.has(lemma) || lemma === 'according'
        ? 'speech'
        : LOOSE_CUES.has(lemma)
          ? 'loose'
          : 'other';
  const mention = q.speaker.mention;
  const speaker = q.speaker.entityId
    ? mention?.kind === 'NAME'
      ? 'entity-named'
      : 'entity'
    : q.speaker.name
      ? 'name'
      : mention
        ? `mention-${mention.kind}`
        : 'none';
  const out = ['bias', `kind=${q.kind}`, `cue=${cueClass}`, `speaker=${speaker}`];
  if (lemma) out.push(`lemma=${lemma}`);
  if (q.topic) out.push('content=topic');
  if (q.content) {
    out.push(`words=${lengthBand(wordCount(q.content.text))}`);
    if (q.cue) out.push(q.cue.start >= q.content.end ? 'cue-after' : 'cue-before');
  }
  return out;
}

/** The number of words (runs of what is not space) in a text, counted without splitting it. */
function wordCount(text: string): number {
  let words = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceAt(text, i) && (i === 0 || isSpaceAt(text, i - 1))) words++;
  return words;
}

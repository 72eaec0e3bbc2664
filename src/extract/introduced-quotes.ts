// A paragraph ending in "Karl Weber said:" or "Sanders made the following comment:" introduces the
// next one as the speaker's words, in quote marks or set as a block quotation.
import { colonAfterSpeechNoun } from './attribution-before-quote.js';
import { quotationCueLemma } from './cues.js';
import { cueNounAt } from './cue-nouns.js';
import type { SpeakerSurface } from './name-index.js';
import type { QuoteDraft } from './quote-draft.js';
import type { SpeakerFinder } from './speakers.js';
import { firstStartingAtOrAfter, spanAt } from './span-index.js';
import { tokenize, spanOf } from './tokens.js';
import type { Block, Layout, TextSpan } from './types.js';

/** Who a paragraph ending in "Karl Weber said:" or "Sanders made the following comment:" introduces
 *  as the speaker of the next one, and the cue. */
export function introduction(text: string, paragraph: Block, speakers: SpeakerFinder): { who: SpeakerSurface; cue: TextSpan } | null {
  if (!paragraph.text.endsWith(':')) return null;
  const intro = tokenize(text, paragraph.start, paragraph.end);
  const cueAt = intro.length - 2;
  if (cueAt >= 0 && quotationCueLemma(intro[cueAt]!.text) && !cueNounAt(intro, cueAt)) {
    const who = speakers.before(intro, cueAt, true);
    if (who && who !== 'CONJOINED') return { who, cue: spanOf(intro[cueAt]!) };
  }
  const cue = colonAfterSpeechNoun(intro);
  const who = cue && speakers.subject(intro);
  return who ? { who, cue } : null;
}

/** A paragraph without quote marks that "Karl Weber added:" introduces is his words, set as a block
 *  quotation. */
export function introducedBlock(text: string, layout: Layout, block: Block, speakers: SpeakerFinder): QuoteDraft | null {
  const previous = layout.blocks[block.index - 1];
  if (block.role !== 'BODY' || previous?.role !== 'BODY') return null;
  // Quote marks are the passages' to find; a short line or another introduction is no block quotation.
  const words = block.text.trim();
  // (Split into four pieces at most: whether there are four is all that is asked of a paragraph.)
  if (/^[“”"‘’'«»„‹›]/u.test(words) || words.endsWith(':') || words.split(/\s+/u, 4).length < 4) return null;
  const intro = introduction(text, previous, speakers);
  const sentence = spanAt(layout.sentences, block.start) ?? layout.sentences[firstStartingAtOrAfter(layout.sentences, block.start)];
  if (!intro || !sentence) return null;
  const start = block.start + (block.text.length - block.text.trimStart().length);
  const content = { start, end: start + words.length, text: words };
  return {
    ...content,
    kind: 'DIRECT',
    cue: intro.cue,
    speaker: intro.who,
    conjoined: false,
    continues: false,
    quoted: [{ ...content }],
    sentence: sentence.index,
  };
}

// Who speaks a paragraph that is only a quotation. By default the speaker of the quote before goes
// on; but a paragraph of narration between them that opens with another person ("Neighbour Jenny
// Lo watched from her porch. ¶ “It was terrifying.”") hands the quotation to that person.
import { lastEndingBy } from './span-index.js';
import type { Entity, Layout } from './types.js';

/** "X did not respond to a request for comment", "X declined to comment": a person who did not speak. */
export const NO_COMMENT = /\b(?:not|declined|refused|no)\b[^.]{0,40}\b(?:comment|respond|return|reached|interview)/iu;

/**
 * The person opening the paragraph of narration right before the quotation at `quoteStart`, when
 * that paragraph came after the last quote (ending at `lastQuoteEnd`); `subjectOf` gives the person
 * a sentence (by a position inside it) opens with, or null.
 */
export function personIntroducedBefore(layout: Layout, quoteStart: number, lastQuoteEnd: number, subjectOf: (pos: number) => Entity | null): Entity | null {
  const { sentences } = layout;
  const n = lastEndingBy(sentences, quoteStart);
  const block = sentences[n]?.block;
  if (block === undefined) return null;
  let found: Entity | null = null;
  // The paragraph's sentences, last first; every one must be narration after the last quote.
  for (let i = n; i >= 0 && sentences[i]!.block === block; i--) {
    const sentence = sentences[i]!;
    if (sentence.start < lastQuoteEnd) return null;
    if (NO_COMMENT.test(sentence.text)) return null;
    found = subjectOf(sentence.end - 1) ?? found;
  }
  return found;
}

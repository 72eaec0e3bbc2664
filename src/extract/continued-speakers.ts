// The words naming the speaker of a quotation with no attribution of its own: the attribution of the
// speech it goes on with, or the narration between them that names its speaker again.
import { lastEndingBy } from './span-index.js';
import { GENDER } from './speaker-words.js';
import type { Entity, Layout, Mention } from './types.js';

/** "He then had a question for the crowd. ¶ “Who will pay?”": the pronoun opening the narration
 *  sentence right before the quotation, after the last quote, when the speaker is a person it fits. */
function pronounOpeningNarration(layout: Layout, quoteStart: number, lastQuoteEnd: number, entity: Entity | null): Mention | null {
  const sentence = layout.sentences[lastEndingBy(layout.sentences, quoteStart)];
  if (!sentence || sentence.end <= lastQuoteEnd) return null;
  const from = Math.max(sentence.start, lastQuoteEnd);
  // (After the last quote's closing mark: "“…,” she said. She went on:" opens no sentence of narration at "she".)
  const m = /^[\s”"’.,!?]*(He|She)\b/u.exec(layout.text.slice(from, sentence.end));
  if (!m || entity?.type !== 'PERSON' || (entity.gender && GENDER.get(m[1]!.toLowerCase()) !== entity.gender)) return null;
  const start = from + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]!, kind: 'PRONOUN' };
}

/** The name of the person the narration before the quotation introduced, the last one there. */
function introducingName(person: Entity, lastQuoteEnd: number, quoteStart: number): Mention | null {
  return person.mentions.findLast((m) => m.kind === 'NAME' && m.start >= lastQuoteEnd && m.end <= quoteStart) ?? null;
}

/**
 * The mention naming the speaker of a quotation going on from the speech before (ending at
 * `lastQuoteEnd`): the person narration introduced since, by name; else a pronoun opening the sentence
 * just before it; else the words of the attribution it goes on with (`borrowed`: "“…,” he said. ¶ “…”").
 */
export function continuedMention(
  layout: Layout,
  quoteStart: number,
  lastQuoteEnd: number,
  speaker: { introduced: Entity | null; entity: Entity | null; borrowed: Mention | null },
): Mention | null {
  if (speaker.introduced) return introducingName(speaker.introduced, lastQuoteEnd, quoteStart);
  return pronounOpeningNarration(layout, quoteStart, lastQuoteEnd, speaker.entity) ?? speaker.borrowed;
}

// A label of one or two words in marks inside an attribution ("one of the “big four” planners")
// quotes no one, so the quotation after the attribution still goes on with the one before. Short
// examples written for the test.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline, as [kind, speaker surface, parts]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE).map((q) => [q.kind, q.speaker.mention?.text ?? null, q.parts.map((p) => p.text)]);
}

describe('a label in marks inside an attribution', () => {
  it('lets the quotation after the attribution go on with the one before', () => {
    expect(
      quotesOf(
        '“The pier will be rebuilt by spring,” said Ann Holt, one of the original “big four” planners, along with Tom Pike and Ian Ross. “Nobody should doubt that.”\n\nThe council meets on Friday.',
      ),
    ).toEqual([['DIRECT', 'Ann Holt', ['The pier will be rebuilt by spring,', 'Nobody should doubt that.']]]);
  });

  it('keeps longer quoted words in the narration as someone else’s', () => {
    expect(
      quotesOf('“The pier will be rebuilt by spring,” Ann Holt said, as Tom Pike went on about “the cost of all this timber.” “Nobody should doubt that.”'),
    ).not.toContainEqual(['DIRECT', 'Ann Holt', ['The pier will be rebuilt by spring,', 'Nobody should doubt that.']]);
  });
});

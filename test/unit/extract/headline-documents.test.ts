// A headline that names a poll, a report or a paper before its colon reports what that document says:
// "Poll: Holt leads Pike in Kelso". Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** [speaker words, content] of the headline's quotes the extract command would print. */
const headlineQuotes = (headline: string) => {
  const text = `${headline}\n\nThe harbour town of Velmora votes on Tuesday.`;
  return extract(text)
    .quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE && q.start < headline.length)
    .map((q) => [q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null, q.text]);
};

describe('a document named before a headline’s colon', () => {
  it('says the clause after the colon', () => {
    expect(headlineQuotes('Poll: Ann Holt leads Tom Pike in Velmora')).toEqual([['Poll', 'Ann Holt leads Tom Pike in Velmora']]);
    expect(headlineQuotes('New survey: Velmora voters are tired of the harbour levy')).toEqual([
      ['New survey', 'Velmora voters are tired of the harbour levy'],
    ]);
    expect(headlineQuotes('Report: Harbour Board Hid Repair Costs From Velmora Council')).toEqual([
      ['Report', 'Harbour Board Hid Repair Costs From Velmora Council'],
    ]);
  });

  it('not words with no verb after the colon, nor a label of the page', () => {
    expect(headlineQuotes('Poll: Ann Holt and Tom Pike in dead heat')).toEqual([]);
    expect(headlineQuotes('Harbour report: the costs of a new quay')).toEqual([]);
    expect(headlineQuotes('The Latest: Ann Holt wins in Velmora')).toEqual([]);
  });
});

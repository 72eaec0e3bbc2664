// "ordered" is a directive, reported as "urged" is: whom it was given to and what they were to do, a
// "that" clause, or the act ordered. Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker and the content's text. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.mention?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('"ordered" and the noun "order"', () => {
  it('reports what was ordered', () => {
    expect(quotesOf('A judge ordered the council to release the harbour records.')).toEqual([
      { cue: 'ordered', speaker: 'A judge', text: 'the council to release the harbour records' },
    ]);
    expect(quotesOf('Ann Holt ordered that the vote be held in May.')).toEqual([{ cue: 'ordered', speaker: 'Ann Holt', text: 'that the vote be held in May' }]);
    expect(quotesOf('Tom Pike has ordered a review of the ferry contracts.')).toEqual([
      { cue: 'ordered', speaker: 'Tom Pike', text: 'a review of the ferry contracts' },
    ]);
    expect(quotesOf('Ann Holt’s order to release the records was welcomed.')).toEqual([{ cue: 'order', speaker: 'Ann Holt', text: 'to release the records' }]);
  });
});

describe('what stays', () => {
  it('the one ordered, "in order to", an order signed or sought, orders taken', () => {
    expect(quotesOf('The council was ordered to release the records.')).toEqual([]);
    expect(quotesOf('Tom Pike went to Velmora in order to meet farmers.')).toEqual([]);
    expect(quotesOf('Tom Pike signed an executive order on Friday.')).toEqual([]);
    expect(quotesOf('Tom Pike took orders from the mayor.')).toEqual([]);
    expect(quotesOf('The agencies worked in order to thwart the rebels.')).toEqual([]);
    expect(quotesOf('Police sought a court order on Friday.')).toEqual([]);
  });
});

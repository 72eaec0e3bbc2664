// "ordered" is a directive, reported as "urged" is: whom it was given to and what they were to do, a
// "that" clause, or the act ordered. Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesAsWritten } from '../../support/extraction.js';

describe('"ordered" and the noun "order"', () => {
  it('reports what was ordered', () => {
    expect(quotesAsWritten('A judge ordered the council to release the harbour records.')).toEqual([
      { cue: 'ordered', speaker: 'A judge', text: 'the council to release the harbour records' },
    ]);
    expect(quotesAsWritten('Ann Holt ordered that the vote be held in May.')).toEqual([
      { cue: 'ordered', speaker: 'Ann Holt', text: 'that the vote be held in May' },
    ]);
    expect(quotesAsWritten('Tom Pike has ordered a review of the ferry contracts.')).toEqual([
      { cue: 'ordered', speaker: 'Tom Pike', text: 'a review of the ferry contracts' },
    ]);
    expect(quotesAsWritten('Ann Holt’s order to release the records was welcomed.')).toEqual([
      { cue: 'order', speaker: 'Ann Holt', text: 'to release the records' },
    ]);
  });
});

describe('what stays', () => {
  it('the one ordered, "in order to", an order signed or sought, orders taken', () => {
    expect(quotesAsWritten('The council was ordered to release the records.')).toEqual([]);
    expect(quotesAsWritten('Tom Pike went to Velmora in order to meet farmers.')).toEqual([]);
    expect(quotesAsWritten('Tom Pike signed an executive order on Friday.')).toEqual([]);
    expect(quotesAsWritten('Tom Pike took orders from the mayor.')).toEqual([]);
    expect(quotesAsWritten('The agencies worked in order to thwart the rebels.')).toEqual([]);
    expect(quotesAsWritten('Police sought a court order on Friday.')).toEqual([]);
  });
});

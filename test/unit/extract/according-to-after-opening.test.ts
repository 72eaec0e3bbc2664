// "according to X" set off after an opening phrase with no verb ("Over the long term, according to
// the harbour board, …"): the opening is no report of its own, and the source reports the clause
// after it, the opening with it, in two pieces. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('"according to" after an opening phrase', () => {
  it('reports the clause after the source, the opening with it', () => {
    expect(partsAndSpeakers('Over the long term, according to the harbour board, the cost of dredging will double.')).toEqual([
      [['Over the long term', 'the cost of dredging will double'], 'the harbour board'],
    ]);
    expect(partsAndSpeakers('Since last November, according to Ann Holt, forty boats have sunk in the bay.')).toEqual([
      [['Since last November', 'forty boats have sunk in the bay'], 'Ann Holt'],
    ]);
  });

  it('keeps a clause before the source its own report', () => {
    expect(partsAndSpeakers('The ferry will run again in May, according to Ann Holt.')).toEqual([[['The ferry will run again in May'], 'Ann Holt']]);
  });
});

// "why" opening a clause ("That is why critics say …") is no word of the speaker's phrase after it.
// Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a speaker after "why"', () => {
  it('is the phrase after "why"', () => {
    expect(quoteReadings('The ferry runs late. That is why critics say the mayor planned to sell the harbour.')).toEqual([
      { cue: 'say', speaker: 'critics', mention: 'critics', text: 'the mayor planned to sell the harbour' },
    ]);
    expect(quoteReadings('The reason why voters say they distrust the mayor is the ferry.').map((q) => q.speaker)).toEqual(['voters']);
  });

  it('keeps a phrase after another clause opener as it was', () => {
    expect(quoteReadings('Nobody knows why the harbour board said the pier was unsafe.')).toEqual([
      { cue: 'said', speaker: 'the harbour board', mention: 'the harbour board', text: 'the pier was unsafe' },
    ]);
    expect(quoteReadings('The harbour matters because fishermen say the catch is shrinking.').map((q) => q.speaker)).toEqual(['fishermen']);
  });
});

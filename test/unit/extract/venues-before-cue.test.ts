// Where the words were said, between a subject and its cue ("… but in a later interview said", "Ann
// Holt at a news conference told"), is no subject; the subject before it, or the one shared with a
// verb before "and"/"but", speaks (words-between.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('an occasion of speech between a subject and its cue', () => {
  it('after "but", the subject of the verb before speaks', () => {
    expect(
      quoteReadings('Tom Pike first denied the claim, but in a later interview said he had lied.')
        .filter((q) => q.cue === 'said')
        .map((q) => [q.speaker, q.text]),
    ).toEqual([['Tom Pike', 'he had lied']]);
  });

  it('after a subject, the subject speaks', () => {
    expect(quoteReadings('Ann Holt at a news conference told reporters the pier would close.').map((q) => q.speaker)).toEqual(['Ann Holt']);
    expect(quoteReadings('The mayor during a televised debate said the pier would close.').map((q) => q.mention)).toEqual(['The mayor']);
  });

  it('people at a meeting are still the subject', () => {
    expect(quoteReadings('Residents at the meeting said the pier would close.').map((q) => q.mention)).toEqual(['Residents']);
  });
});

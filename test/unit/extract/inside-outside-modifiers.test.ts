// "inside" and "outside" right before the head of a speaker phrase, after a determiner, modify it
// ("an inside source", "two outside experts"); they are no prepositions there (noun-phrases.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('"inside" and "outside" modifying a speaker noun', () => {
  it('an attribution set off in the middle of the sentence', () => {
    expect(quoteReadings('The ferry levy, an inside source said, would double by spring.')).toMatchObject([
      { cue: 'said', mention: 'an inside source', text: 'The ferry levy would double by spring' },
    ]);
  });

  it('a closing attribution and a subject opening the sentence', () => {
    expect(quoteReadings('The harbour wall will not last the winter, two outside experts said.').map((q) => q.mention)).toEqual(['two outside experts']);
    expect(quoteReadings('An inside source said the mill would close in May.').map((q) => q.mention)).toEqual(['An inside source']);
  });

  it('a preposition after a noun stays one', () => {
    expect(quoteReadings('Protesters gathered outside the council chamber, police said.').map((q) => q.mention)).toEqual(['police']);
  });
});

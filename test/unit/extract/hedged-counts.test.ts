// A count hedged before the noun it counts ("at least", "more than", "nearly") is one with it: the
// speaker phrase keeps the hedge whole.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const mentions = (body: string) => quoteReadings(body).map((q) => q.mention);

describe('hedged counts in speaker phrases', () => {
  it('keeps a hedge of two words or more whole', () => {
    expect(mentions('At least half of voters said they would back the levy.')).toEqual(['At least half of voters']);
    expect(mentions('In Velmora, at least 12 lawmakers said they would back the levy.')).toEqual(['at least 12 lawmakers']);
    expect(mentions('More than half of voters said they would back the levy.')).toEqual(['More than half of voters']);
    expect(mentions('As many as 40 residents said the levy would fail.')).toEqual(['As many as 40 residents']);
  });

  it('keeps a hedge of one word before a count', () => {
    expect(mentions('About half of voters said they would back the levy.')).toEqual(['About half of voters']);
    expect(mentions('Nearly half of voters said they would back the levy.')).toEqual(['Nearly half of voters']);
  });

  it('leaves phrases with no count as they were', () => {
    expect(mentions('The most recent poll said the levy would pass.')).toEqual(['most recent poll']);
    expect(mentions('Most voters in Korvena said they would back the levy.')).toEqual(['Most voters']);
  });
});

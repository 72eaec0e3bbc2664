// "claim" with an infinitive for content: what one says of oneself ("claims to be a farmer", "claimed
// to have seen the ship"). Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesAsWritten } from '../../support/extraction.js';

describe('"claim" with an infinitive', () => {
  it('reports the infinitive as what the subject said of itself', () => {
    expect(quotesAsWritten('Tom Pike claims to be a farmer.')).toEqual([{ cue: 'claims', speaker: 'Tom Pike', text: 'to be a farmer' }]);
    expect(quotesAsWritten('Ann Holt claimed to have seen the ship off Velmora.')).toEqual([
      { cue: 'claimed', speaker: 'Ann Holt', text: 'to have seen the ship off Velmora' },
    ]);
  });
});

describe('what stays', () => {
  it('"to" before a listener, a noun phrase after "claim", a noun "claims"', () => {
    expect(quotesAsWritten('Tom Pike claimed to the police that he had seen the ship.')).toEqual([
      { cue: 'claimed', speaker: 'Tom Pike', text: 'that he had seen the ship' },
    ]);
    expect(quotesAsWritten('Ann Holt claimed the title on Sunday.')).toEqual([]);
    expect(quotesAsWritten("The farmers' claims to the land were rejected.")).toEqual([]);
  });
});

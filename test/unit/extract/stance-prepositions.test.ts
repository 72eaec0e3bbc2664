// "vouched for", "acquiesced to" or "in", "balked at", "scoffed at", "bristled at" and "pushed back on" or
// "against" report what follows the preposition as what was spoken of, a stance taken on it; without
// the preposition, or with a time after it, they report nothing. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('what follows the preposition of a stance verb', () => {
  it('is what the speaker spoke of', () => {
    expect(quotesSaid('Tom Pike vouched for Ann Holt and her family.')).toEqual([{ cue: 'vouched', speaker: 'Tom Pike', text: 'Ann Holt and her family' }]);
    expect(quotesSaid('Ann Holt acquiesced in the levy increase.')).toEqual([{ cue: 'acquiesced', speaker: 'Ann Holt', text: 'the levy increase' }]);
    expect(quotesSaid('The ferry firm balked at the new fares.')).toEqual([{ cue: 'balked', speaker: 'The ferry firm', text: 'the new fares' }]);
    expect(quotesSaid('Tom Pike scoffed at the idea that the pier would close.')).toEqual([
      { cue: 'scoffed', speaker: 'Tom Pike', text: 'the idea that the pier would close' },
    ]);
    expect(quotesSaid('The union pushed back on the plan to close the pier.')).toEqual([
      { cue: 'pushed', speaker: 'The union', text: 'the plan to close the pier' },
    ]);
  });

  it('without the preposition, or with a time after it, reports nothing', () => {
    expect(quotesSaid('Tom Pike pushed the cart along the quay for an hour.')).toEqual([]);
    expect(quotesSaid('Tom Pike pushed back on Monday.')).toEqual([]);
    expect(quotesSaid('The horse balked and threw its rider.')).toEqual([]);
  });
});

// "talked up", "pointed out" and "called out" with an object after the particle report that object as
// what was spoken of, as "laid out" does; without an object after the particle they report as before.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('an object after the particle of "talk up", "point out" and "call out"', () => {
  it('is what the speaker spoke of', () => {
    expect(quotesSaid('Ann Holt talked up her plans for the harbour.')).toEqual([{ cue: 'talked', speaker: 'Ann Holt', text: 'her plans for the harbour' }]);
    expect(quotesSaid('Tom Pike pointed out the flaws in the ferry contract.')).toEqual([
      { cue: 'pointed', speaker: 'Tom Pike', text: 'the flaws in the ferry contract' },
    ]);
    expect(quotesSaid('Tom Pike called out the council for its silence on the toll.')).toEqual([
      { cue: 'called', speaker: 'Tom Pike', text: 'the council for its silence on the toll' },
    ]);
  });

  it('no object after the particle, or forces called out, report as before', () => {
    expect(quotesSaid('Tom Pike pointed out that the pier is old.')).toEqual([{ cue: 'pointed', speaker: 'Tom Pike', text: 'the pier is old' }]);
    expect(quotesSaid('Ann Holt called out to her sister across the quay.')).toEqual([]);
    expect(quotesSaid('The governor called out the National Guard after the storm.')).toEqual([]);
    expect(quotesSaid('Ann Holt talked about the fares.')).toEqual([{ cue: 'talked', speaker: 'Ann Holt', text: 'the fares' }]);
  });
});

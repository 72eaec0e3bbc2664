// A cue word that names a saying after a determiner and a modifier ("the angry chant", "a snappy
// retort") is a noun: the subject of the clause speaks, not the modifier. Short examples written
// for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a saying named after a determiner and a modifier', () => {
  it('is the subject\u2019s: "gave a snappy retort: “…”", "repeated the angry chant “…”"', () => {
    expect(quoteReadings('Ann Holt gave a snappy retort: “Nobody is tearing this up.” Tom Pike left.')).toEqual([
      { cue: 'retort', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'Nobody is tearing this up.' },
    ]);
    expect(quoteReadings('Tom Pike repeated the angry chant “Send them home!” Ann Holt left.')).toEqual([
      { cue: 'chant', speaker: 'Tom Pike', mention: 'Tom Pike', text: 'Send them home!' },
    ]);
    expect(quoteReadings('The protesters delivered a defiant chant: “We will not move.” Tom Pike left.').map((q) => q.mention)).toEqual(['The protesters']);
  });

  it('is no one\u2019s when the subject names no speaker, rather than the modifier\u2019s', () => {
    const [quote] = quoteReadings('At one point the crowd loudly repeated the angry chant “Send them home!” that echoed through the hall.');
    expect(quote?.mention).toBeNull();
  });

  it('leaves a verb after a noun a verb: "The crowd chants “…”"', () => {
    expect(quoteReadings('The crowd chants “Pike out now” every night.').map((q) => [q.cue, q.mention])).toEqual([['chants', 'The crowd']]);
  });
});

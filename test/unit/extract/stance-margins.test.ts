// The margin a stance was taken by, in a poll or a count, closes no object of a stance verb: "backed
// Ann Holt, 57 percent to 22 percent" backed Ann Holt. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a margin after the object of a stance', () => {
  it('is no part of what the stance was on', () => {
    expect(quotesSaid('Fishermen backed Ann Holt, 57 percent to 22 percent.')).toEqual([{ cue: 'backed', speaker: 'Fishermen', text: 'Ann Holt' }]);
    expect(quotesSaid('The union supported her by a smaller 40 percentage point margin.')).toEqual([{ cue: 'supported', speaker: 'The union', text: 'her' }]);
    expect(quotesSaid('Young voters backed the levy by 12 points.')).toEqual([{ cue: 'backed', speaker: 'Young voters', text: 'the levy' }]);
  });

  it('an amount the object holds stays', () => {
    expect(quotesSaid('Most residents support lowering the fares by 10 percent.')).toEqual([
      { cue: 'support', speaker: 'Most residents', text: 'lowering the fares by 10 percent' },
    ]);
  });
});

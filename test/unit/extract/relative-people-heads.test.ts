// "who" after a phrase a possessor's name opens, its title before it ("a pollster with Mr. Holt's
// former party who …"), stands for the noun for people the phrase hangs from, as after a phrase with no
// possessor; and a head that names no people (a memo) leaves the antecedent. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('the antecedent of "who" after a possessor with a title', () => {
  it('is the noun for people the possessor’s phrase hangs from', () => {
    expect(quoteReadings('Tom Pike is a pollster with Mr. Holt’s former party who called him a pragmatic strategist.')).toEqual([
      expect.objectContaining({ cue: 'called', speaker: 'Tom Pike', mention: 'who' }),
    ]);
    expect(quoteReadings('Tom Pike, a pollster with Mrs. Holt’s old party who called the levy unfair, left.')).toEqual([
      expect.objectContaining({ cue: 'called', speaker: 'Tom Pike' }),
    ]);
  });

  it('is no document the phrase hangs from', () => {
    expect(quoteReadings('Ann Holt echoed a memo from Tom Reyes’s campaign manager, who argued that the pier was unsafe.')).toEqual([
      expect.objectContaining({ cue: 'argued', speaker: 'Tom Reyes’s campaign manager', mention: 'who' }),
    ]);
  });
});

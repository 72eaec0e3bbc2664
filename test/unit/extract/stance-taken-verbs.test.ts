// "rebutted", "sided with" and "distanced himself from" report what they take a stance on as what was
// spoken of; "side" as a noun and "distance" kept report nothing. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a stance taken by "rebut", "side with" and "distance oneself from"', () => {
  it('reports what the stance is taken on', () => {
    expect(quotesSaid('Tom Pike rebutted the charge that he had lied.')).toEqual([
      { cue: 'rebutted', speaker: 'Tom Pike', text: 'the charge that he had lied' },
    ]);
    expect(quotesSaid('Ann Holt sided with the fishermen.')).toEqual([{ cue: 'sided', speaker: 'Ann Holt', text: 'the fishermen' }]);
    expect(quotesSaid('Tom Pike quickly distanced himself from the ferry bill.')).toEqual([{ cue: 'distanced', speaker: 'Tom Pike', text: 'the ferry bill' }]);
  });

  it('reports nothing for the nouns', () => {
    expect(quotesSaid('On the other side with the boats stood Tom Pike.')).toEqual([]);
    expect(quotesSaid('Ann Holt kept her distance from the quay.')).toEqual([]);
    expect(quotesSaid('Both sides with a stake in the pier met on Monday.')).toEqual([]);
  });
});

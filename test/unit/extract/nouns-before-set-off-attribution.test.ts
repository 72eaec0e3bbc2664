// A cue word right before an attribution set off by commas ("Cost estimates, he added, were …") ends
// the subject of the clause that attribution interrupts: it is a noun, not a verb with the word
// before it as its speaker. Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a cue word before an attribution set off by commas', () => {
  it('is the noun the interrupted clause opens with: "Cost estimates, he added, were “…”"', () => {
    const quotes = quoteReadings('Tom Pike spoke on Tuesday. Cost estimates, he added, were “based on a small model plant.” Ann Holt left.');
    expect(quotes).toEqual([{ cue: 'added', speaker: 'Tom Pike', mention: 'he', text: 'Cost estimates were “based on a small model plant.”' }]);
  });

  it('after a name stays a verb: "Tom Pike reports, as Ann Holt noted, that …"', () => {
    expect(quoteReadings('Tom Pike reports, as Ann Holt noted, that the dam is full.')).toEqual([
      { cue: 'reports', speaker: 'Tom Pike', mention: 'Tom Pike', text: 'the dam is full' },
    ]);
  });
});

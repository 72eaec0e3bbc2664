// In an interview written as questions and answers, the "A" opening an answer is the words naming
// its speaker in the passage, as a name before a colon is in a transcript; the speaker stays the one
// the introduction names. Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('an answer labelled "A"', () => {
  it('is named by its label, spoken by the one interviewed', () => {
    const readings = quoteReadings(
      'The harbour master, Ann Holt, talks to Tom Reyes about the pier.\n\nQ: Will the pier reopen?\n\nA: We will rebuild the pier before the summer season.',
    );
    const answer = readings.find((q) => q.text.startsWith('We will rebuild'));
    expect([answer?.speaker, answer?.mention]).toEqual(['Ann Holt', 'A']);
  });

  it('leaves a turn named before its colon to its name', () => {
    const readings = quoteReadings(
      'The harbour master, Ann Holt, talks to Tom Reyes about the pier.\n\nREYES: Will the pier reopen?\n\nHOLT: We will rebuild the pier before the summer season.',
    );
    expect(readings.find((q) => q.text.startsWith('We will rebuild'))?.mention).toBe('HOLT');
  });
});

// A relative clause on a speaker named after an inverted cue tells who the speaker is: its verb and
// object ("who had endorsed Ann Holt") are no second report, where the same words with their subject
// before them are. Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const texts = (story: string) => quoteReadings(story).map((q) => q.text);

describe('a relative clause on a speaker after an inverted cue', () => {
  it('reports nothing of its own', () => {
    expect(texts('“The harbour will flood again,” said Tom Rath, a ferry captain who had endorsed Ann Holt.')).toEqual(['The harbour will flood again,']);
    expect(texts('The levy is fair, says Ida Brandt, who openly supports the mayor.')).toEqual(['The levy is fair']);
  });

  it('still reports with its subject before it, or with a cue that says something', () => {
    expect(texts('Ida Brandt, who has endorsed Ann Holt, spoke at the quay.')).toContain('Ann Holt');
    expect(texts('Tom Rath endorsed Ann Holt on Monday.')).toContain('Ann Holt');
    expect(texts('“The harbour will flood,” said Tom Rath, who said the walls were too low.')).toContain('the walls were too low');
  });
});

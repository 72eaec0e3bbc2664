// "They" with nothing opening a sentence, no group and no recent speaker to go on with stands for two
// persons joined by "and" just before, wherever they stand in their sentence; short examples written
// for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('the pair in view "they" stands for', () => {
  it('is the object of a sentence with no named subject', () => {
    expect(speakersOf('Take Senators Tom Pike and Dan Weld. Last week, they endorsed the harbour plan.')).toEqual(['Tom Pike and Dan Weld']);
  });

  it('stands in a clause opening the sentence whose main clause goes on with "they"', () => {
    expect(speakersOf('As Tom Pike and Dan Weld toured the harbour on Friday, they said the pier would be rebuilt.')).toEqual(['Tom Pike and Dan Weld']);
    const venture = 'When I met with Tom Pike and Dan Weld, they were quiet about their plans. They would only describe it as a ferry venture.';
    expect(speakersOf(venture)).toEqual(['Tom Pike and Dan Weld']);
    const titled = 'Mr. Pike writes a column. When I met with Mr. Lamb and Mr. Pike, they were quiet. They would only describe it as a ferry venture.';
    expect(speakersOf(titled)).toEqual(['Lamb and Pike']);
  });

  it('is no pair after a main clause with its own subject, acted on by someone named, or ending a list', () => {
    expect(speakersOf('After Ellie Marsh and Dan Okoro left, the crowd went home. They said it had been a long day.')).toEqual([null]);
    expect(speakersOf('Tom Pike met Ann Holt and Ida Brandt, and they said the pier was dead.')).toEqual([null]);
    expect(speakersOf('Stars such as Ann Holt, Ida Brandt and Tom Pike performed at the gala. They also applauded the speech.')).toEqual([null]);
  });
});

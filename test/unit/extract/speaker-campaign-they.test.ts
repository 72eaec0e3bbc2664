// "they" after a candidate's campaign opened the sentence, or its own sentence, speaks for the
// candidate, as "it" there already did.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('"they" for a campaign', () => {
  it('a campaign opening the sentence before is its candidate', () => {
    const story =
      'Ann Holt is running against Tom Reed for the harbour seat. Reed’s campaign is tying the ferry levy to Holt. ' +
      'They are saying her vote was a signal she wants to play politics.';
    expect(speakersOf(story)).toEqual(['Tom Reed']);
  });

  it('a campaign opening the pronoun’s own sentence is its candidate', () => {
    const story =
      'Ann Holt will set out plans on Friday for a new harbour fund. ' +
      'Holt’s campaign is seeking to contrast her approach with what they call Tom Reed’s “selfish plan.”';
    expect(speakersOf(story)).toEqual(['Ann Holt']);
  });

  it('two persons opening the sentence before stay the pair', () => {
    const story = 'Ann Holt and Tom Reed closed the harbour last year. They said the quay was unsafe.';
    expect(speakersOf(story)).toEqual(['Ann Holt and Tom Reed']);
  });
});

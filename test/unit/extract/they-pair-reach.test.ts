// "They" finds the two names joined by "and" that it stands for in its own sentence, after a phrase
// fronted before them, and behind sentences that open with "They"; short examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('the pair "they" stands for', () => {
  it('opens its own sentence before it', () => {
    const deal = 'Velmora Bank and the Korvena Port Authority signed the deal on Friday, and they said the terms would be published next week.';
    expect(speakersOf(deal)).toEqual(['Velmora Bank and Korvena Port Authority']);
  });

  it('stands after a phrase fronted before the subject', () => {
    expect(speakersOf('After months of talks, Tom Pike and Ann Holt signed the deal. They said the terms were fair.')).toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('On Friday, Velmora Bank and Korvena Shipping signed the deal. They said the terms were fair.')).toEqual([
      'Velmora Bank and Korvena Shipping',
    ]);
  });

  it('stands behind sentences that open with "They"', () => {
    const letter = 'Tom Pike and Ann Holt see the vote as a chance to fix it. They sent a letter on Thursday to the council. “The plan is dead,” they wrote.';
    // (Their view of the vote, "see … as", is a quote of theirs too.)
    expect(speakersOf(letter)).toEqual(['Tom Pike and Ann Holt', 'Tom Pike and Ann Holt']);
  });

  it('is no pair inside a clause before the subject, nor behind a sentence about someone else', () => {
    expect(speakersOf('After Ellie Marsh and Dan Okoro left, the crowd went home. They said it had been a long day.')).toEqual([null]);
    const other = 'Tom Pike and Ann Holt see the vote as a chance. Ida Brandt disagrees. They sent a letter. “The plan is dead,” they wrote.';
    expect(speakersOf(other)).not.toEqual(['Tom Pike and Ann Holt']);
    expect(speakersOf('Tom Pike met Ann Holt and Ida Brandt, and they said the plan was dead.')).not.toEqual(['Ann Holt and Ida Brandt']);
  });
});

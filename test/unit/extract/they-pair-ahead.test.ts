// "They" after two names joined by "and" opening a sentence after the last quote: the pair is nearer
// than the last speaker and than a group opening an earlier sentence. Examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a pair opening a sentence after the last quote', () => {
  it('is nearer for "they" than the group that spoke before it', () => {
    const letter = 'Residents have opposed the plan for years. Tom Pike and Ann Holt wrote to the council. They said the plan was dead.';
    expect(speakersOf(letter)).toEqual(['Residents', 'Tom Pike and Ann Holt']);
  });

  it('is nearer than a group in a clause after it', () => {
    const joined = 'Tom Pike and Ann Holt have fought the plan for years, and critics have joined them. They said the plan was dead.';
    expect(speakersOf(joined)).toEqual(['Tom Pike and Ann Holt']);
  });

  it('leaves a group opening a later sentence, a group speaking after the pair, and a group with the pair as its examples', () => {
    const later = 'Tom Pike and Ann Holt wrote to the council. Residents agree, and they said the plan was dead.';
    expect(speakersOf(later)).toEqual(['Residents']);
    const spoke = 'Tom Pike and Ann Holt wrote to the council. Residents said the plan was dead. They added that it had cost too much.';
    expect(speakersOf(spoke)).toEqual(['Residents', 'Residents']);
    expect(speakersOf('The vote was close. Voters like Tom Pike and Ann Holt were angry. They said the plan was dead.')).toEqual(['Voters']);
  });
});

// A party's members or a people in the plural opening a clause ("Democrats also …", "Icelanders
// also …") are the group a "they" after them refers to, as a plural the lexicon knows already was.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('"they" after a party’s members or a people in the plural', () => {
  it('"Democrats" opening the pronoun’s own sentence', () => {
    const story = 'The ferry strike went on for a week. Democrats also focused on what they said was the need to keep the quay open.';
    expect(speakersOf(story)).toEqual(['Democrats']);
  });

  it('a people opening the sentence before', () => {
    const story = 'The harbour levy was voted down in Velmora. Icelanders also rejected the plan. They said the quay was too small for their trawlers.';
    expect(speakersOf(story)).toEqual(['Icelanders']);
  });

  it('a surname in -s is no group', () => {
    const story = 'Tom Harris chairs the harbour board. Harris also rejected the plan. They said the quay was too small.';
    expect(speakersOf(story)).toEqual([null]);
  });
});

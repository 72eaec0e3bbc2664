// A lone capitalised word the story also writes in lower case is an ordinary word where the model reads a
// person: stories written for the test (a harbour town's ferry firms and their podcast).
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a capitalised word the story writes in lower case elsewhere', () => {
  it('is no person, opening a quotation or before a number', () => {
    expect(
      typedNames('Strike\n\nDockers marched with signs saying, "Merger today, strike tomorrow." The merger of the two ferry firms is due in May.'),
    ).toEqual([]);
    expect(typedNames('Podcast\n\nIt is time for Episode 7 of the Harbour Hour. In this episode, Ann Holt talks ferries.')).toEqual(['PERSON:Ann Holt']);
  });

  it('a given name the lexicon knows stays a person', () => {
    expect(typedNames('Water\n\nThe mark on the well is old, said Mark Reed. Mark said the town would fix it.')).toContain('PERSON:Mark');
  });
});

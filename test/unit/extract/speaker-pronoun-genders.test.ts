// A "he" or "she" a person spoke through tells that person's gender as a title would: a "she" later
// is never that "he", though a given name alone told it only mostly.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('genders told by the pronouns a person spoke through', () => {
  it('"she said" after "he said" of Tom Reyes goes back to the woman quoted before, however far', () => {
    const story =
      'Hospital warning.\n\nDr Ann Holt, who runs the emergency unit at St Mary’s, said staff were exhausted. “We cannot go on like this,” she told the BBC. ' +
      'Health minister Tom Reyes said more money was coming. “We hear the concerns,” he said. “Help is on the way.” “We have heard that before,” she said.';
    expect(speakersOf(story)).toEqual(['Ann Holt', 'Ann Holt', 'Tom Reyes', 'Tom Reyes', 'Ann Holt']);
  });

  it('a given name alone still yields to the only person in view', () => {
    const story = 'Club news.\n\nKelly Marsh coached the side for ten years. “It was the best job I had,” she said.';
    expect(speakersOf(story)).toEqual(['Kelly Marsh']);
  });

  it('a given name that tells its gender surely is no pronoun of the other, even with nobody else in view', () => {
    const story = 'Harbour night.\n\nKevin Dale was asleep in the chair by the stove. “Here he comes,” she said. “The ferry is in.”';
    expect(speakersOf(story)).toEqual([null]);
    const woman = 'Harbour night.\n\nAnn Holt was asleep in the chair. “Here he comes,” he said.';
    expect(speakersOf(woman)).toEqual([null]);
    // A name borne by either gender yields, as "Kelly" does.
    expect(speakersOf('Harbour night.\n\nMarty Vos ran the ferry for ten years. “It was the best job I had,” she said.')).toEqual(['Marty Vos']);
  });
});

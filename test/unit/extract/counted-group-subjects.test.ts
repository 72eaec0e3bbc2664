// A count before a name and a plural ("Several Holt associates"), and "those" a poll asked ("those
// surveyed", "Those polled"), open a clause as the group a "they" after them refers to.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('"they" after a counted group or those polled', () => {
  it('a count, a name, then a word in -s', () => {
    const story =
      'Several Holt associates have mentioned Velmora as one place where she could help. Holt could turn out voters for Tom Reed, they’ve suggested.';
    // ("have mentioned Velmora as …" is a report of the associates' own, as "associates" may speak.)
    expect(speakersOf(story)).toEqual(['Several Holt associates', 'Several Holt associates']);
  });

  it('"those surveyed" going on in their own sentence', () => {
    const story = 'By double digits, those surveyed say the levy is fair, though they blame the council for the delays.';
    expect(speakersOf(story)).toEqual(['those surveyed', 'those surveyed']);
  });

  it('"Those polled" opening the sentence before', () => {
    const story = 'Those polled in Velmora back the new quay by two to one. But they worry that the levy will hurt the fishermen.';
    expect(speakersOf(story)).toEqual(['Those polled']);
  });
});

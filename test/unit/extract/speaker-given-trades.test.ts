// A trade the story gives a person in its own words, before the name or in apposition after it, is a
// role "the <trade>" finds again, though no list of roles holds it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('trades a story gives its persons', () => {
  it('"the fast bowler" is the one the story called a fast bowler, not the captain who spoke last', () => {
    const story =
      'Fast bowler Tom Hale took four wickets on the second day. Captain Joe Marsh set an attacking field. “He was brilliant,” Marsh said. “I just kept it tight,” the fast bowler said.';
    expect(speakersOf(story)).toEqual(['Joe Marsh', 'Tom Hale']);
  });

  it('a trade in apposition after the name counts too: "Rhys Bowen, a scrum-half, …" is "the scrum-half"', () => {
    const story =
      'Rhys Bowen, a scrum-half, scored twice in the first half. Coach Ian Price said the win was deserved. “We kept the ball,” the scrum-half said.';
    expect(speakersOf(story)).toEqual(['Ian Price', 'Rhys Bowen']);
  });

  it('an age set off by commas between the name and the apposition leaves the trade given: "Ann Holt, 52, a retired nurse"', () => {
    const story = 'Ann Holt, 52, a retired nurse from Velmora, said the ward was full. The nurse added that the staff were tired.';
    expect(speakersOf(story)).toEqual(['Ann Holt', 'Ann Holt']);
    const harbour = 'Tom Reed, 61, the harbour master, said the quay was unsafe. Ann Lind disagreed. The harbour master said repairs were overdue.';
    expect(speakersOf(harbour)).toEqual(['Tom Reed', 'Tom Reed']);
  });
});

// A description headed by an agent noun no list of roles holds ("the barrister", "the seamer") names
// the person the story was just about: who spoke in the sentence before, or the subject it opened with.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('persons known by a trade no list holds', () => {
  it('"the barrister" is the one quoted in the sentence before', () => {
    const story = 'Defending, Paul Hart said his client had written to the family. “He knows an apology is not enough,” the barrister said.';
    expect(speakersOf(story)).toEqual(['Paul Hart', 'Paul Hart']);
  });

  it('"the seamer" is the subject opening its own sentence', () => {
    const story = 'Kane Lewis took four wickets before lunch, and the seamer said the pitch had helped him.';
    expect(speakersOf(story)).toEqual(['Kane Lewis']);
  });

  it('with nobody quoted or acting just before, the trade names someone left unnamed', () => {
    const story =
      'Coach Tom Hale said the side had been unlucky. The match was stopped for ten minutes in the second half. “It is sore,” the hooker said after the game.';
    expect(speakersOf(story)).toEqual(['Tom Hale', 'the hooker']);
  });
});

describe('positions and trades of the press', () => {
  it('"the former fly-half", "the full-back" is the person the story was just about', () => {
    expect(
      speakersOf('Scotland coach Gregor Townsend was asked about the injuries. “They will still be very tough opponents,” the former fly-half said.'),
    ).toEqual([null, 'Gregor Townsend']);
    expect(speakersOf('Liam Keane scored the winning try. “I just kept running,” the full-back said.')).toEqual(['Liam Keane']);
  });

  it('"the former royal correspondent" is the royal author quoted just before', () => {
    expect(
      speakersOf(
        'Royal author Ingrid Seward said the visit showed the prince was stepping up. “He is much more relaxed with children,” the former royal correspondent said.',
      ),
    ).toEqual(['Ingrid Seward', 'Ingrid Seward']);
  });
});

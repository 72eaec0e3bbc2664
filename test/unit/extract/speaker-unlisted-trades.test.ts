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

  it('the agent of a passive is not the one told, and an ombudsman is an office, no trade', () => {
    // (a pensioner's complaint about her care home upheld)
    const told = 'Mrs Ellen Wells, 72, complained about her care home last year. Mrs Wells was told by the ombudsman that her complaint had been upheld.';
    expect(speakersOf(told)).toEqual(['Ellen Wells', 'the ombudsman']);
    const hairdresser = 'Mrs Ellen Wells, 72, booked a perm. Mrs Wells was later told by the hairdresser that her hair was too thin.';
    expect(speakersOf(hairdresser)).toEqual(['the hairdresser']);
    const ombudsman = 'Mrs Ellen Wells, 72, complained about her care home last year. The ombudsman said her complaint had been upheld.';
    expect(speakersOf(ombudsman)).toEqual(['Ellen Wells', 'The ombudsman']);
  });
});

describe('a trade after a place or a body', () => {
  it('"the Essex cueist" is a person, the one the story was just about, not the county', () => {
    const story =
      'Stuart Bingham edged out Ali Carter 13-12 on Sunday.\n\nCarter, who had been bidding for a quarter-final, was gracious in defeat.\n\n“I had my chances and I didn’t take them,” the Essex cueist said.';
    expect(speakersOf(story)).toEqual(['Ali Carter']);
  });

  it('"the Kettering cueist" is the one the story named beside Kettering, not the last speaker', () => {
    const story =
      'Kettering’s Joe Perry beat Mark Allen 13-9 at the Crucible on Sunday. Allen said he was tired. “I had nothing left,” he said.\n\n“I played well,” the Kettering cueist said.';
    expect(speakersOf(story)).toEqual(['Mark Allen', 'Mark Allen', 'Joe Perry']);
    const after = 'Joe Perry, from Kettering, beat Mark Allen. Allen said he was tired.\n\n“I played well,” the Kettering potter said.';
    expect(speakersOf(after)).toEqual(['Mark Allen', 'Joe Perry']);
  });

  it('"the Hexham baker" is the one quoted just before, over a quotation of several sentences', () => {
    const story =
      'Owner Janet Robson, 61, said bills had soared.\n\n“Our electricity bill has tripled,” she said. “There is nothing left to cut.”\n\nThe Hexham baker said the decision had been “the hardest of my life”.';
    expect(speakersOf(story)).toEqual(['Janet Robson', 'Janet Robson', 'Janet Robson']);
  });

  it('"the former Wallabies playmaker" is the player, not a firm', () => {
    const story = 'Bath have signed former Wallabies playmaker Quade Hollins from Toulon.\n\n“Bath felt right,” the former Wallabies playmaker said.';
    expect(speakersOf(story)).toEqual(['Quade Hollins']);
  });
});

// A person called again by an epithet of their calling that no list of roles holds, after words
// saying more of them ("the retired neurosurgeon"), is the one the story was just about.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('epithets of a calling', () => {
  it('"the retired neurosurgeon" after the person quoted just before', () => {
    const story =
      'The quay will reopen in May, Ann Holt said on Monday. “The harbour has been in decline for a while now,” the retired neurosurgeon told Velmora Radio.';
    expect(speakersOf(story)).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('"the self-described democratic socialist" after the subject of the sentence before', () => {
    const story =
      'Tom Reed visited Velmora on Saturday, holding a rally that drew 5,000 people. The self-described democratic socialist said he would win the harbour seat.';
    expect(speakersOf(story)).toEqual(['Tom Reed']);
  });

  it('a role with nobody titled so stays unnamed, as before', () => {
    const story = 'Tom Reed drew the analogy during a speech in Velmora on Sunday. The retired surgeon says the harbour has gone soft.';
    expect(speakersOf(story)).toEqual(['The retired surgeon']);
  });
});

// "according to" with its source cut where a relative clause on it begins. Short examples written
// for the test.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('a relative clause on the source of "according to"', () => {
  it('is no part of the source', () => {
    expect(partsAndSpeakers('Turnout in Harlow fell, according to figures that the council published.')).toEqual([[['Turnout in Harlow fell'], 'figures']]);
    expect(partsAndSpeakers('The mayor will resign, according to a person who attended the meeting and asked not to be named.')).toEqual([
      [['The mayor will resign'], 'a person'],
    ]);
  });

  it('keeps the report when the clause ends in a pronoun', () => {
    expect(partsAndSpeakers('Two Korvath candidates would beat Ann Holt, according to a new poll that shows fewer voters trust her.')).toEqual([
      [['Two Korvath candidates would beat Ann Holt'], 'a new poll'],
    ]);
  });
});

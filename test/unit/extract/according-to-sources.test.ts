// "according to" with its source cut where a relative clause on it begins, and inside brackets
// reporting only what the brackets hold. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('a relative clause on the source of "according to"', () => {
  it('is no part of the source', () => {
    expect(partsAndSpeakers('Turnout in Harlow fell, according to figures that the council published.')).toEqual([[['Turnout in Harlow fell'], 'figures']]);
    expect(partsAndSpeakers('The mayor will resign, according to someone who was at the meeting and asked not to be named.')).toEqual([
      [['The mayor will resign'], 'someone'],
    ]);
  });

  it('keeps the report when the clause ends in a pronoun, and the clause reports its own finding', () => {
    expect(partsAndSpeakers('Two Korvath candidates would beat Ann Holt, according to a harbour survey that finds fewer voters trust her.')).toEqual([
      [['Two Korvath candidates would beat Ann Holt'], 'a harbour survey'],
      [['fewer voters trust her'], 'a harbour survey'],
    ]);
  });
});

describe('"according to" inside brackets', () => {
  it('reports the words in the brackets, not the sentence around them', () => {
    expect(partsAndSpeakers('Voters in Harlow (most of them fishermen, according to harbour records) lean left on the levy.')).toEqual([
      [['most of them fishermen'], 'harbour records'],
    ]);
    expect(partsAndSpeakers('Voters in Harlow (according to harbour records, most were fishermen) lean left on the levy.')).toEqual([
      [['most were fishermen'], 'harbour records'],
    ]);
  });

  it('leaves brackets closed before the source in what it reports', () => {
    expect(partsAndSpeakers('Ferry fares rose (by a third), according to Tom Pike.')).toEqual([[['Ferry fares rose (by a third)'], 'Tom Pike']]);
  });
});

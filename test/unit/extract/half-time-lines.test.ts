// A results line giving each side's half-time score in brackets names two clubs; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a match line with half-time scores in brackets', () => {
  it('both sides of each line are clubs, whatever the typer made of the first', () => {
    const found = typedNames(
      'SOCCER - DUTCH FIRST DIVISION RESULTS.\nAMSTERDAM 1996-08-30\nResults of Dutch first division matches on Friday (halftime in brackets):\nVelmora (3) v Korvena (1)\nTarsey (0) v Brelling (0)',
    );
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Velmora', 'ORGANIZATION:Korvena', 'ORGANIZATION:Tarsey', 'ORGANIZATION:Brelling']));
    expect(found.filter((m) => m.startsWith('PERSON'))).toEqual([]);
  });

  it('players with their seeds in brackets stay persons', () => {
    const tennis = typedNames(
      'TENNIS - VELMORA OPEN.\nVELMORA 1996-08-30\nSecond round matches on Friday:\nTom Pike (3) v Jon Reyes (5)\nAnn Holt (1) v Eva Marsh (7)',
    );
    expect(tennis).toEqual(expect.arrayContaining(['PERSON:Tom Pike', 'PERSON:Jon Reyes', 'PERSON:Ann Holt', 'PERSON:Eva Marsh']));
    expect(tennis.filter((m) => m.startsWith('ORGANIZATION'))).toEqual([]);
  });
});

// A surname several persons of the story bear in full stands, bare, for the one the story named first
// before it, not for the one with the longest name; "Jr." tells the younger of two.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a bare surname several persons bear', () => {
  it('is the one named first, though a longer name with an initial comes later', () => {
    const story = 'Last Monday, Tom Pike told a crowd in Velmora that the harbour was failing. “Really?” Pike said.\n\nThe dispute began under Ron W. Pike.';
    expect(speakersOf(story)).toEqual(['Tom Pike', 'Tom Pike']);
  });

  it('is the one named first, though a longer name of three words comes later', () => {
    const story = 'Ann Holt opened the quay on Monday. Holt said the ferry would run again. Her sister, Mary Jane Holt, was not there.';
    expect(speakersOf(story)).toEqual(['Ann Holt']);
  });

  it('is one named only after it where none is named before', () => {
    const story = '“We will win,” Pike said. Tom Pike spoke in Velmora. His cousin, Ron W. Pike, stayed home.';
    expect(speakersOf(story)).toEqual(['Tom Pike']);
  });

  it('a surname one person alone bears is still that person, however far the story names them', () => {
    const story = 'Tom Pike spoke in Velmora. The harbour stayed shut. Pike said the ferry would run again.';
    expect(speakersOf(story)).toEqual(['Tom Pike']);
  });
});

describe('"the younger Mr Pike" of two named with and without "Jr."', () => {
  it('is the one named with "Jr.", the elder the other', () => {
    const younger = 'Tom R. Pike won the vote. “It is a movement,” said the younger Mr. Pike. Later, Tom Pike Jr. left the hall.';
    const elder = 'Tom R. Pike won the vote. “It is a movement,” said the elder Mr. Pike. Later, Tom Pike Jr. left the hall.';
    expect(speakersOf(younger)).toEqual(['Tom Pike Jr.']);
    expect(speakersOf(elder)).toEqual(['Tom Pike']);
  });
});

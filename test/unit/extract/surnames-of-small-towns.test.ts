// A lone surname the lexicon knows that a small town also bears is the person where no word of place stands
// before it. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { nameMentionsOf } from '../../support/extraction.js';

describe('a surname that is also a small town', () => {
  it('is the person where nothing says place', () => {
    expect(nameMentionsOf('Pressure on Palmer grew as aides left the campaign.')).toEqual(['PERSON:Palmer']);
    expect(nameMentionsOf('Pressure on Dalton grew as aides left the campaign.')).toEqual(['PERSON:Dalton']);
    expect(nameMentionsOf('Turnout was high and many voted for Harrison in the primary.')).toEqual(['PERSON:Harrison']);
  });

  it('stays the town after a word of place, and a big city or a state stays a place', () => {
    expect(nameMentionsOf('Flights to Lincoln resumed on Monday.')).toEqual(['LOCATION:Lincoln']);
    expect(nameMentionsOf('Crowds gathered in Dalton after the storm.')).toContain('LOCATION:Dalton');
  });

  it('is the firm whose longer name the story gives it', () => {
    expect(nameMentionsOf('Shares of Palmer Financial Group Inc rose. Analysts favour Velmora Bank and Palmer.')).not.toContain('PERSON:Palmer');
  });
});

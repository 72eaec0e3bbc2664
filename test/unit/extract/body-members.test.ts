// A body named right before a person who belongs to it: a club before its coach's rank, an
// administrator's body, a caption's body and member. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a side named with its coach’s rank', () => {
  it('is a club before "head coach"', () => {
    expect(typedNames('Rugby\n\nLeinster head coach Leo Cullen said his side were tired.')).toEqual(['ORGANIZATION:Leinster', 'PERSON:Leo Cullen']);
  });
});

describe('a body’s name running into a person’s', () => {
  it('an administrator after the body titles the person', () => {
    expect(typedNames('Space\n\nNASA Administrator Charles Bolden announced the decision.')).toEqual(['ORGANIZATION:NASA', 'PERSON:Charles Bolden']);
  });

  it('a given name and a surname the text uses alone end the body’s name', () => {
    const caption = 'Clock\n\nPsychology major at University of Texas Arlington Amneh Jafari heard of it.\n\nJafari said she was upset.';
    expect(typedNames(caption)).toEqual(['ORGANIZATION:University of Texas Arlington', 'PERSON:Amneh Jafari', 'PERSON:Jafari']);
    // A bank named after its founders keeps them, and so does a body whose last word the text never uses alone.
    expect(typedNames('Banks\n\nBank of America Merrill Lynch cut its forecast.\n\nLynch said so.')).toContain('ORGANIZATION:Bank of America Merrill Lynch');
    expect(typedNames('Art\n\nThe Art Institute of Chicago Robert Mapplethorpe show opened.')).not.toContain('PERSON:Robert Mapplethorpe');
  });

  it('a known given name and a surname end the body’s name before a verb or a comma', () => {
    expect(typedNames('Harbour\n\nThe head of the Council on Harbour Relations Ann Holt said the pier was unsafe.')).toEqual([
      'ORGANIZATION:Council on Harbour Relations',
      'PERSON:Ann Holt',
    ]);
    // A small town's name is a surname after a given name; the "and" joining the two stays out of both.
    expect(typedNames('Study\n\nIt was led by Ada Kern at the University of Velmora and Gordon Holt at the Tide Institute.')).toEqual([
      'PERSON:Ada Kern',
      'ORGANIZATION:University of Velmora',
      'PERSON:Gordon Holt',
      'ORGANIZATION:Tide Institute',
    ]);
    // Before a noun the whole run modifies, the body keeps the words.
    expect(typedNames('Art\n\nThe Velmora Arts Council Robert Vane exhibit opened.')).not.toContain('PERSON:Robert Vane');
  });
});

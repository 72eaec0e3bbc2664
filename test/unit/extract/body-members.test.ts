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
});

// A president's term named after the person ("the Obama administration"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`Harbour levy\n\n${body}`);

describe('a name before "administration" or "presidency"', () => {
  it('is a person’s, also where the name is a town’s or the model sees no name', () => {
    expect(namesIn('The levy was drafted by the Obama administration in 2014.')).toEqual(['PERSON:Obama']);
    expect(namesIn('The Varkoni administration said on Monday it would appeal.')).toEqual(['PERSON:Varkoni']);
    expect(namesIn('Under a Delacroix presidency the levy would fall.')).toEqual(['PERSON:Delacroix']);
    expect(namesIn('The Tom Varkoni administration ended in 2009.')).toEqual(['PERSON:Tom Varkoni']);
  });

  it('leaves a place, a party or a body before the word as it was', () => {
    expect(namesIn('The US administration and the Labour administration opposed the levy.')).toEqual(['LOCATION:US', 'ORGANIZATION:Labour']);
    expect(namesIn('The Ford administration building in Velmora closed.')).not.toContain('PERSON:Ford');
  });
});

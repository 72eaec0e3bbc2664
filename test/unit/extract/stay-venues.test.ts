// Hotels, stations and planetariums named as places, on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`Travel in Velmora\n\n${body}`);

describe('a name ending in "Hotel", "Station" or "Planetarium"', () => {
  it('is a place', () => {
    expect(namesIn('Guests were moved from the Al-Marun Hotel after the fire.')).toContain('LOCATION:Al-Marun Hotel');
    expect(namesIn('Commuters can walk from Dovra Station to the lantern fair.')).toContain('LOCATION:Dovra Station');
    expect(namesIn('The old telescope will be given to the Tarrant Planetarium in Velmora.')).toContain('LOCATION:Tarrant Planetarium');
  });

  it('names nothing in lower case', () => {
    expect(namesIn('The radio station said Tom Hale had resigned.')).toEqual(['PERSON:Tom Hale']);
    expect(namesIn('The bus station near the hotel in Harlow closed.')).toEqual(['LOCATION:Harlow']);
  });
});

// Crafts of spaceflight named with their kind written in capitals ("Space Shuttle Atlantis"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`Shuttles retired\n\n${body}`);

describe('a craft named after its kind written in capitals', () => {
  it('is no person, body or place, and neither is its name alone after', () => {
    expect(namesIn('On May 2, Space Shuttle Corvina lifted off from Velmora. Corvina was lost in 1999.')).toEqual(['LOCATION:Velmora']);
    expect(namesIn('The prototype orbiter, Space Shuttle Tarrant, will go to Velmora.')).toEqual(['LOCATION:Velmora']);
  });

  it('nor is the kind of craft alone', () => {
    expect(namesIn('It was the last Space Shuttle mission from Velmora.')).toEqual(['LOCATION:Velmora']);
  });

  it('leaves a programme and a body named after the craft as they were', () => {
    expect(namesIn('The end of the Space Shuttle Program came in Velmora.')).toContain('ORGANIZATION:Space Shuttle Program');
    expect(namesIn('Ann Holt runs the Shuttle Company in Velmora.')).toContain('ORGANIZATION:Shuttle Company');
    expect(namesIn('Rocket Lab, which builds small rockets in Velmora, said it had won a contract.')).toContain('ORGANIZATION:Rocket Lab');
  });
});

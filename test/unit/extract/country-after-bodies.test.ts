// A country after "of the" that says where a body with a place in its name is, on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`Ozone study\n\n${body}`);

describe('"of the" and a country after a body whose name holds its place', () => {
  it('is where the body is, no word of its name', () => {
    expect(namesIn('A team from Nevada State University of the US and the University of Southport of the UK studied it.')).toEqual([
      'ORGANIZATION:Nevada State University',
      'LOCATION:US',
      'ORGANIZATION:University of Southport',
      'LOCATION:UK',
    ]);
  });

  it('leaves the name of a body with no place of its own whole', () => {
    expect(namesIn('He spoke to the Central Bank of the UAE on Monday.')).toEqual(['ORGANIZATION:Central Bank of the UAE']);
    expect(namesIn('She studied at the University of the Philippines.')).toEqual(['ORGANIZATION:University of the Philippines']);
  });
});

describe('a country’s letters', () => {
  it('name the country, not a body of the story whose name they spell', () => {
    expect(namesIn('Researchers at the University of Southport worked with the US on the study.')).toEqual([
      'ORGANIZATION:University of Southport',
      'LOCATION:US',
    ]);
  });

  it('leave other letters spelling a body’s name to the body', () => {
    expect(namesIn('The Union of Kelp Growers met in Harlow. UKG said prices fell.')).toContain('ORGANIZATION:UKG');
  });
});

// A country's letters written onto a dollar sign ("US$ 10 billion"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`Storm damage\n\n${body}`);

describe('letters written onto a dollar sign', () => {
  it('spell a currency, no place', () => {
    expect(namesIn('Damages in Velmora were as high as US$ 10 billion, officials said.')).toEqual(['LOCATION:Velmora']);
    expect(namesIn('The trust raised NZ$5 million and US$20,000 for the harbour.')).toEqual([]);
  });

  it('leave the country named apart from the sign', () => {
    expect(namesIn('He was freed on US$20,000 bail and left the US on Monday.')).toEqual(['LOCATION:US']);
    expect(namesIn('The US $700 billion plan passed.')).toEqual(['LOCATION:US']);
  });
});

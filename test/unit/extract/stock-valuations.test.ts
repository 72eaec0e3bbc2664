// A name said to be undervalued, overvalued or a buy is a company's; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a stock’s valuation', () => {
  it('makes a company of the name it is said of', () => {
    expect(typedNames('Analysts said Velmora was undervalued after the sell-off.')).toEqual(['ORGANIZATION:Velmora']);
    expect(typedNames('Brokers said Tessel was still a buy.')).toEqual(['ORGANIZATION:Tessel']);
    expect(typedNames('Tom Pike said Korvena looked significantly overvalued.')).toContain('ORGANIZATION:Korvena');
  });

  it('leaves a person who feels undervalued and a person named in full as they were', () => {
    expect(typedNames('Tom Pike joined the club in May. Pike felt undervalued at his old club.')).toEqual(['PERSON:Tom Pike', 'PERSON:Pike']);
    expect(typedNames('Critics said Tom Pike was undervalued as a coach.')).toEqual(['PERSON:Tom Pike']);
  });
});

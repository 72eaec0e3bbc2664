// A name right after where it is based is a firm's or a body's; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a name after where it is based', () => {
  it('is an organization', () => {
    expect(typedNames('Korvena-based Velmora Tarrant is the largest employer in the region.')).toEqual(['ORGANIZATION:Velmora Tarrant']);
    expect(typedNames('The shares of Korvena-based Tessel rose sharply.')).toEqual(['ORGANIZATION:Tessel']);
    expect(typedNames('Marnock, Dunland-based Tarrant Pike said it would cut jobs.')).toContain('ORGANIZATION:Tarrant Pike');
  });

  it('leaves a person named with a given name or a trade, and a party’s member, as they were', () => {
    expect(typedNames('Texas-based Tom Pike said he would vote.')).toEqual(['PERSON:Tom Pike']);
    expect(typedNames('London-based spokesman Jon Reyes said the deal was off.')).toEqual(['PERSON:Jon Reyes']);
    expect(typedNames('A Florida-based Republican said the vote was close.')).not.toContain('ORGANIZATION:Republican');
    expect(typedNames('The speech was delivered to the Korvena-based Meals on Wheels Plus.')).not.toContain('ORGANIZATION:Meals');
  });
});

// An acronym between a possessive pronoun and a noun is a body, no place; on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesOf = (body: string) => typedNames(`Harbour research notes\n\n${body}`);

describe('an acronym a person’s office or lab is of', () => {
  it('is a body, where a place was read', () => {
    expect(namesOf('Tom Pike met reporters in his MIT office in Harlow on Monday.')).toContain('ORGANIZATION:MIT');
  });
  it('leaves a country’s letters and a town’s name places', () => {
    expect(namesOf('Ann Holt showed her UK passport at the Velmora ferry.')).toContain('LOCATION:UK');
    expect(namesOf('Tom Pike works in his Harlow office on Mondays.')).toContain('LOCATION:Harlow');
  });
});

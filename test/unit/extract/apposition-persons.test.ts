// An apposition whose head is a noun for a person makes a person of the name, whatever kind of body
// modifies that noun; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('an apposition headed by a noun for a person', () => {
  it('is a person’s, a body’s word before the noun notwithstanding', () => {
    const found = typedNames('As Jory, a fun-loving airline pilot with a gift for jokes, sat down, Tom Pike left. Jory laughed.');
    expect(found.sort()).toEqual(['PERSON:Jory', 'PERSON:Jory', 'PERSON:Tom Pike']);
  });

  it('leaves an airline, a car maker and a bank worker as they were', () => {
    expect(typedNames('Velmora, an airline, said it would cut jobs.')).toEqual(['ORGANIZATION:Velmora']);
    expect(typedNames('Korvena, a Marnock car maker, said sales rose.')).toContain('ORGANIZATION:Korvena');
    expect(typedNames('Tom Reyes, a bank worker, said the branch would close.')).toEqual(['PERSON:Tom Reyes']);
    expect(typedNames('“It is over,” said Jon Reyes, an activist and former political prisoner.')).toEqual(['PERSON:Jon Reyes']);
  });
});

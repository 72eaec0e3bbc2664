// An initial before the given name a person goes by ("L. Ron Hubbard"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`A founder remembered\n\n${body}`);

describe('an initial before a given name and a surname', () => {
  it('names a person', () => {
    expect(namesIn('The movement was founded by writer K. Anna Hubbard in 1954.')).toEqual(['PERSON:K. Anna Hubbard']);
    expect(namesIn('The movement was founded by writer K. Anna Hubbard in 1954. Hubbard died in 1986.')).toEqual(['PERSON:K. Anna Hubbard', 'PERSON:Hubbard']);
  });

  it('leaves initials before a word that is no given name as they were', () => {
    expect(namesIn('Shares of J. Velmora Holdings rose in Harlow.')).not.toContain('PERSON:J. Velmora Holdings');
  });
});

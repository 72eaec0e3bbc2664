// A brand's name in the plural after a number names the things made, no body nor place. Stories written for the
// test (a harbour museum's photographs, a ferry firm's fleet).
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe("a brand's plural counted", () => {
  it('names no entity where the story counts the singular too ("100 Velmoprints … their own Velmoprint")', () => {
    const names = typedNames(
      'Prints\n\nThe Harlow museum shows roughly 100 Velmoprints of Ann Holt. Visitors can have their own Velmoprint taken. ' +
        'The Velmoprints were donated by Tom Pike.',
    );
    expect(names.filter((n) => n.includes('Velmoprint'))).toEqual([]);
    expect(names).toContain('PERSON:Ann Holt');
  });

  it("names no entity where the lexicon knows the singular as a maker's, though a town bears the plural", () => {
    expect(typedNames('Cars\n\nTom Pike bought two Fords and a Toyota last year.')).toEqual(['PERSON:Tom Pike', 'ORGANIZATION:Toyota']);
  });

  it('leaves places, peoples and parties, and a plural before its noun', () => {
    expect(typedNames('Talks\n\nThe two Koreas met in Harlow.')).toContain('LOCATION:Harlow');
    expect(typedNames('Cars\n\nHe was born in Fords, New Jersey.')).toContain('LOCATION:Fords');
    const names = typedNames('Cars\n\nThe Velmoprints company hired Ann Holt. Velmoprints said two Velmoprints workers left.');
    expect(names).toContain('ORGANIZATION:Velmoprints');
  });
});

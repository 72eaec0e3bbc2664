// A maker the lexicon knows as a body, then one word read as a person's name, is the maker's product: stories
// written for the test (a browser race and a phone maker's sales).
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a maker and its product', () => {
  it('is no person, nor is the product’s word alone', () => {
    const names = typedNames(
      'Browsers\n\nThe recently released Google Chrome is quickly gaining users. If Chrome continues to surge, older browsers could fall behind, Ann Holt said.',
    );
    expect(names).toEqual(['PERSON:Ann Holt']);
    expect(typedNames('Phones\n\nSamsung Galaxy sales fell in Velmora, said Tom Reed.')).not.toContain('PERSON:Samsung Galaxy');
  });

  it('a player in a sports report, or a surname first, stays a person', () => {
    expect(typedNames('Basketball\n\nDell Curry scored 20 points for Velmora in the match, said coach Tom Reed.')).toContain('PERSON:Dell Curry');
    expect(typedNames('Phones\n\nFord Smith runs the shop in Velmora.')).toContain('PERSON:Ford Smith');
  });
});

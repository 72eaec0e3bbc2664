// "Law" after a given name is a surname, not a law's head: stories written for the test (a harbour town's
// council vote).
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a given name before "Law"', () => {
  it('names a person, with no title before it, wherever the sentence puts the name', () => {
    expect(typedNames("Vote\n\nVelmora First's Nathan Law won a seat on the harbour council.")).toContain('PERSON:Nathan Law');
    expect(typedNames('Vote\n\nOn Monday Ann Law said the ferry levy would stay.')).toContain('PERSON:Ann Law');
    expect(typedNames('Vote\n\nThe levy will stay, said Ann Law, who chairs the council.')).toContain('PERSON:Ann Law');
  });

  it('her surname alone later is she', () => {
    expect(typedNames('Vote\n\nAnn Law chairs the harbour council. Law said the levy would stay.')).toEqual(['PERSON:Ann Law', 'PERSON:Law']);
  });

  it('laws named without a given name, after an article or by a people stay no person', () => {
    const names = typedNames('Law\n\nThe Basic Law of Velmora and the Election Law were changed. Harvard Law staff and Roman Law scholars agreed.');
    expect(names.filter((n) => n.startsWith('PERSON:'))).toEqual([]);
    expect(typedNames('Law\n\nCouncillors in Velmora backed the Jessica Law on harbour safety.')).not.toContain('PERSON:Jessica Law');
  });
});

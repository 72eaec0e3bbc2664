// A caption that runs into its credit's line ("… Captain Dovra Image: Ann Holt.") or into the next sentence
// ("… of DAB In the East …") ends the name before it; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe("a caption's next line ends the name before it", () => {
  it("a credit's label before its colon is no word of the name", () => {
    const names = typedNames('Comic fair\nFans came dressed as heroes. Superheroes Velmora Girl and Captain Dovra Image: Ann Holt. The fair closed on Sunday.');
    expect(names).toContain('PERSON:Dovra');
    expect(names.some((n) => n.includes('Image'))).toBe(false);
  });

  it('a preposition with a capital before a word in lower case opens the next line, in the rules and the model alike', () => {
    expect(typedNames('Council vote\nTom Pike of Velmora Front won. Ann Lee of DAB In the East district, the turnout was high.')).toEqual([
      'PERSON:Tom Pike',
      'ORGANIZATION:Velmora Front',
      'PERSON:Ann Lee',
      'ORGANIZATION:DAB',
    ]);
  });

  it('so does such a preposition before a day, a month or a figure', () => {
    const names = typedNames('Ferry strike\nHarlow, Tarnby On Saturday, Ann Holt of Korvath In 2019 the ferries stopped for a week.');
    expect(names.some((n) => n.includes(' On') || n.includes(' In'))).toBe(false);
    expect(names).toContain('ORGANIZATION:Korvath');
  });

  it('the same words inside a name stay', () => {
    const names = typedNames('Cameras\nVelmora Image Works said sales rose, and Ann Holt of Velmora Photo Labs agreed.');
    expect(names).toContain('ORGANIZATION:Velmora Image Works');
    expect(names).toContain('ORGANIZATION:Velmora Photo Labs');
  });
});

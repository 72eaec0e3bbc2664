// A title's verb written in capitals after a person's name, inside text that is no title-case headline.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const personsOf = (text: string) =>
  recognizeEntities(layout(`Harbour vote\n\n${text}`))
    .filter((e) => e.type === 'PERSON')
    .map((e) => e.name);

describe('a verb in capitals after a given name and a surname', () => {
  it.each([
    [
      'a title quoted inside a sentence',
      'Her office sent an email headed “Mayor Tom Pike Joins Growing List of Critics” on Friday. Pike said he was sorry.',
      'Tom Pike',
    ],
    ['a past tense', 'The paper ran “Ann Holt Warned Of Floods” above the fold, and Holt said so again.', 'Ann Holt'],
    ['a surname that is a given name too', 'The flyer read “Councillor Ann Ryan Joins Ferry Board” and Ryan said so again.', 'Ann Ryan'],
  ])('ends the name before the verb (%s), so the bare surname finds the person', (_, text, person) => {
    expect(personsOf(text)).toEqual([person]);
  });

  it('keeps a third word that is also a noun, a name or a given name', () => {
    expect(personsOf('The board heard from Tom Pike Rose and Mary Ann Holt on Monday.')).toEqual(['Tom Pike Rose', 'Mary Ann Holt']);
  });
});

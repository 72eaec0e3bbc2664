// "who" after a description set off right after a person's name stands for that person: the
// description only says who they are ("Ann Lutz, a Democrat who opposed the plan"). Short examples
// written for the test in the style of political and court news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

/** The speaker and the words naming them of the quote saying `said`. */
const spokenBy = (story: string, said: string) => {
  const reading = quoteReadings(story).find((q) => q.text.startsWith(said));
  return [reading?.speaker, reading?.mention];
};

describe('a relative clause on a description set off after a name', () => {
  it('is spoken by the person named before the description, named by the pronoun', () => {
    expect(spokenBy('Rep. Ann Lutz, a Democrat who said the levy was unfair, voted against it.', 'the levy was unfair')).toEqual(['Ann Lutz', 'who']);
    expect(spokenBy('The plan was criticised by Ann Lutz, a Democrat who said it was too costly.', 'it was too costly')).toEqual(['Ann Lutz', 'who']);
    expect(spokenBy('Mark Hale, the lawyer who argued that the rule was unlawful, left the court early.', 'the rule was unlawful')).toEqual([
      'Mark Hale',
      'who',
    ]);
  });

  it('keeps a description after no name the speaker', () => {
    expect(spokenBy('At the hearing, a Democrat who said the levy was unfair walked out.', 'the levy was unfair')[0]).toBe('a Democrat');
  });
});

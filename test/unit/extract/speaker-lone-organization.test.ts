// "It said" after a sentence that names one organization anywhere, not as its subject: that
// organization. Short examples written for the test in the style of business and local news.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('"it" after a sentence naming one organization', () => {
  it('is that organization, named as an object or after a preposition', () => {
    expect(speakersOf('Shares in Norland Gas fell 5 percent on Friday. It said demand was weak.')).toEqual(['Norland Gas']);
    expect(speakersOf('Mayor Tom Pike met the Harbour Trust on Friday. In a statement, it said the vote was rushed.')).toEqual(['Harbour Trust']);
  });

  it('is nobody when the sentence names two organizations, or when "it" shows or explains rather than says', () => {
    expect(speakersOf('Mayor Tom Pike wrote to Halden Bank and Norland Gas on Friday. It said demand was weak.')).toEqual([null]);
    // (The one opening the sentence comes first, as before.)
    expect(speakersOf('Halden Bank sold its stake in Norland Gas on Friday. It said demand was weak.')).toEqual(['Halden Bank']);
    expect(speakersOf('Shares in Norland Gas fell 5 percent on Friday. It shows that demand was weak.')).toEqual([null]);
  });
});

// A name the article typed that ends like an adverb in -ly ("Kelly", "Carly", "Beverly") opens the
// clause as its subject: a participle of speech after it ("…, saying …") goes with it, as with any
// other name; an adverb in -ly opening the sentence is still passed over (clause-subjects.ts).
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { mentionOf } from '../../support/extraction.js';

describe('a name in -ly opening the clause', () => {
  it('is the subject a participle of speech goes with', () => {
    expect(mentionOf('Carly Vance drew a contrast with her rival, saying the pier would fail.', 'the pier')).toBe('Carly Vance');
    expect(mentionOf('Holly Bask toured the harbour on Monday. Holly drew a contrast, saying the levy was unfair.', 'the levy')).toBe('Holly');
    expect(mentionOf('Tom Kelly opened the quay on Monday. Kelly defended the plan, saying the pier was safe.', 'the pier')).toBe('Kelly');
  });

  it('is no adverb, and an adverb in -ly opening the sentence is still passed over', () => {
    expect(mentionOf('Finally, Ann Holt drew a contrast, saying the pier would fail.', 'the pier')).toBe('Ann Holt');
  });
});

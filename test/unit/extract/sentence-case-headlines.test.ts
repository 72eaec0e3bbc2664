// A headline in sentence case read by the learned tagger as the story's sentences are, on stories written
// for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const story = (headline: string) => typedNames(`${headline}\n\nThe story goes on here, and it is short.`);

describe('a headline in sentence case', () => {
  it('names a body the tagger finds whole, whose words the rules leave as ordinary words', () => {
    expect(story('Hackers attack Church of Velmorology website')).toEqual(['ORGANIZATION:Church of Velmorology']);
    expect(story('Velmora woman says Church of Velmorology held her for twelve years')).toContain('ORGANIZATION:Church of Velmorology');
  });

  it('in title case is still read by the rules alone, as far as the story confirms it', () => {
    expect(story('Ann Pike Put On The Defensive').some((m) => m.includes('Put'))).toBe(false);
  });
});

// One reader of the description opening a sentence, with the head test the caller passes in.
import { describe, expect, it } from 'vitest';
import { type HeadTest, openingDescription } from '../../../src/extract/opening-descriptions.js';

/** A head is "agency" or "union"; any other lower-case word may qualify it. */
const kindHead: HeadTest = (words, i) => (/^(agency|union)[,;:]?$/u.test(words[i]!) ? 'head' : /^\p{Ll}+$/u.test(words[i]!) ? 'modifier' : 'stop');

describe('the description opening a sentence', () => {
  it('runs from the determiner to the head the test accepts, in text offsets, a comma after the head left out', () => {
    expect(openingDescription('The state water agency said it was ready.', 40, /^The$/u, kindHead)).toEqual({
      start: 40,
      end: 62,
      text: 'The state water agency',
      head: 'agency',
    });
    expect(openingDescription('The agency, however, said no.', 0, /^The$/u, kindHead)?.text).toBe('The agency');
  });

  it('past a lead word the caller allows; none after a stop, past four words, or with no word after the head', () => {
    expect(openingDescription('But the dock union struck.', 0, /^the$/u, kindHead, /^But$/u)?.text).toBe('the dock union');
    expect(openingDescription('But the dock union struck.', 0, /^the$/u, kindHead)).toBeNull();
    expect(openingDescription('The Dock union struck.', 0, /^The$/u, kindHead)).toBeNull();
    expect(openingDescription('The very old big dock union struck.', 0, /^The$/u, kindHead)).toBeNull();
    expect(openingDescription('The union', 0, /^The$/u, kindHead)).toBeNull();
  });
});

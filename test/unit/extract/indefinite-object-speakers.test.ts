// One brought in by "a" or "an" as the object of a verb or a preposition ("met a lawyer who …",
// "according to a senior official") is someone new, not the person the story is about; "is a lawyer
// who …" describes that person, and a document keeps its author. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a person brought in by an indefinite article after a verb or a preposition', () => {
  it('is someone new', () => {
    expect(quoteReadings('Ann Lee met a lawyer who argued that the pier was unsafe.').map((q) => q.speaker)).toEqual(['a lawyer']);
    expect(quoteReadings('Tom Pike toured the quay with a harbour official who said the pier would close.').map((q) => q.speaker)).toEqual([
      'a harbour official',
    ]);
  });

  it('leaves a person described by a copula and a document’s author as they were', () => {
    expect(quoteReadings('Ann Lee is a lawyer who argued that the pier was unsafe.').map((q) => q.speaker)).toEqual(['Ann Lee']);
    expect(quoteReadings('Ann Lee wrote a post. The pier will close, according to a post by Ann Lee.').map((q) => q.speaker)).toEqual(['Ann Lee']);
  });
});

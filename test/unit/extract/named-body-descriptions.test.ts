// A body described by its kind with words of its name before it ("A House panel", "the Senate panel")
// is the body named so before whose name ends in a word of that kind (named-body-descriptions.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a kind of body with words of a name before it', () => {
  it('an indefinite or definite description goes back to the committee named before', () => {
    expect(quoteReadings('The Velmora Harbour Committee met on Monday. A Harbour panel said the pier was unsafe.').map((q) => [q.speaker, q.mention])).toEqual([
      ['Velmora Harbour Committee', 'A Harbour panel'],
    ]);
    expect(
      quoteReadings('The Senate Ferries Committee released its report on Monday. The Senate panel said the levy had been misspent.').map((q) => q.speaker),
    ).toEqual(['Senate Ferries Committee']);
  });

  it('the nearest of two such bodies', () => {
    expect(
      quoteReadings('The Senate Ferries Committee met first. The Senate Harbour Committee met after it. A Senate panel said the pier would be rebuilt.').map(
        (q) => q.speaker,
      ),
    ).toEqual(['Senate Harbour Committee']);
  });

  it('no body of that kind named before: the description stays unnamed', () => {
    expect(quoteReadings('The Senate met on Monday. A Senate panel said the levy had been misspent.').map((q) => q.speaker)).toEqual(['A Senate panel']);
  });
});

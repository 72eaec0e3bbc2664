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

  it('with none named before, an indefinite one is the body the next sentence opens by naming', () => {
    const story =
      'Panel fines harbour boss.\n\nA Velmora Council panel said Thursday that Tom Reyes, the former harbour master, must pay a fine.\n\n' +
      'The Velmora Council Audit Committee voted 7-4 to send the fine to the full council.';
    expect(quoteReadings(story).map((q) => [q.speaker, q.mention])).toEqual([['Velmora Council Audit Committee', 'A Velmora Council panel']]);
    // Not a body the next sentence names after its opening words, nor one of another kind.
    const later = story.replace('The Velmora Council Audit Committee voted', 'On Friday the Velmora Council Audit Committee voted');
    expect(quoteReadings(later).map((q) => q.speaker)).toEqual(['A Velmora Council panel']);
    const other = story.replace('Audit Committee', 'Audit Office');
    expect(quoteReadings(other).map((q) => q.speaker)).toEqual(['A Velmora Council panel']);
  });

  it('no body of that kind named before: the description stays unnamed', () => {
    expect(quoteReadings('The Senate met on Monday. A Senate panel said the levy had been misspent.').map((q) => q.speaker)).toEqual(['A Senate panel']);
  });
});

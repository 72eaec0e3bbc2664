// One person with modifiers before a participle phrase between the subject and its cue (a reduced
// relative: "A harbour official speaking to reporters said"): the person speaks, not the
// participle's object (reduced-relatives.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a subject before a participle phrase', () => {
  it('one person with modifiers before a present participle speaks, not its object', () => {
    expect(quoteReadings('A harbour official speaking to reporters said the pier would close.').map((q) => q.mention)).toEqual(['A harbour official']);
    expect(quoteReadings('Another harbour source speaking to the Velmora Gazette said, “The pier is finished.”').map((q) => q.mention)).toEqual([
      'Another harbour source',
    ]);
  });

  it('people interviewed by an outlet still speak themselves', () => {
    expect(quoteReadings('Residents interviewed by the Velmora Gazette said the pier should close.').map((q) => q.mention)).toEqual(['Residents']);
  });
});

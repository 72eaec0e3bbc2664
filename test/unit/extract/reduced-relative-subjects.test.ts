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

  it('a past form closed by "before", "after" or "since" and a new subject is a clause of its own, whose subject speaks', () => {
    expect(quoteReadings('Two months passed before a harbour judge ordered the trust to open its books.').map((q) => q.mention)).toEqual(['a harbour judge']);
    expect(quoteReadings('The ferry users waited before Ann Holt said that the levy was unlawful.').map((q) => q.mention)).toEqual(['Ann Holt']);
    expect(quoteReadings('The council celebrated after the judge ruled that the levy was unlawful.').map((q) => q.mention)).toEqual(['the judge']);
    // (A time with no one in it belongs to the participle: the people before it speak.)
    expect(quoteReadings('Residents questioned after the storm said the pier was unsafe.').map((q) => q.mention)).toEqual(['Residents']);
  });

  it('the conjunction may follow the past form\'s own words, and "because" or "until" opens such a clause too', () => {
    const speakers = (text: string) => quoteReadings(text).map((q) => q.mention);
    expect(speakers('The dock workers gathered outside the town hall after Ann Holt criticized the ferry levy.')).toEqual(['Ann Holt']);
    expect(speakers('Fishermen protested at the Velmora quay on Friday after she backed the levy.')).toEqual(['she']);
    expect(speakers('The ferry users walked out because Tom Reed praised the harbour board.')).toEqual(['Tom Reed']);
    // (Still one clause when what follows the conjunction names no one: the people before it speak.)
    expect(speakers('Residents questioned at the pier after the storm said the quay was unsafe.')).toEqual(['Residents']);
    expect(speakers('Traders interviewed in Velmora since the vote said the levy was unfair.')).toEqual(['Traders']);
  });
});

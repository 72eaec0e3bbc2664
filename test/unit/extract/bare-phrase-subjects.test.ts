// A bare noun phrase opening the clause, an adjective before its noun and no determiner ("Younger
// voters", "Harbour workers"), is the subject an infinitive of speech goes with, as "The voters" is.
// Short examples written for the test in the style of news copy (a harbour levy in Velmora).
import { describe, expect, it } from 'vitest';
import { quotesAsWritten } from '../../support/extraction.js';

describe('a bare phrase as the subject of an infinitive of speech', () => {
  it('speaks through its last noun in a poll frame', () => {
    expect(quotesAsWritten('Younger voters in Velmora were more likely to say that the levy was unfair.')).toEqual([
      { cue: 'say', speaker: 'Younger voters', text: 'that the levy was unfair' },
    ]);
    expect(quotesAsWritten('Older residents proved more likely to say the harbour should stay open.')).toEqual([
      { cue: 'say', speaker: 'Older residents', text: 'the harbour should stay open' },
    ]);
  });

  it('speaks after a verb that takes an infinitive', () => {
    expect(quotesAsWritten('Harbour workers took to the radio to say that the levy was unfair.')).toEqual([
      { cue: 'say', speaker: 'Harbour workers', text: 'that the levy was unfair' },
    ]);
  });
});

describe('what stays', () => {
  it('a phrase that names no one who speaks, and a singular with no determiner', () => {
    expect(quotesAsWritten('Rising tolls were more likely to say something about the harbour.')).toEqual([]);
    expect(quotesAsWritten('Harbour policy took to the radio to say that the levy was unfair.')).toEqual([]);
  });
});

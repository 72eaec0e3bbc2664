// A naming verb whose object is "themselves" reports what the subject called itself, as with "himself"
// and "herself". Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesAsWritten } from '../../support/extraction.js';

describe('"called themselves"', () => {
  it('reports what a group called itself', () => {
    expect(quotesAsWritten('Tom Pike won among the voters who called themselves very conservative.')).toEqual([
      { cue: 'called', speaker: 'who', text: 'themselves very conservative' },
    ]);
    expect(quotesAsWritten('The two brothers called themselves the Velmora Kings.')).toEqual([
      { cue: 'called', speaker: 'two brothers', text: 'themselves the Velmora Kings' },
    ]);
  });
});

describe('what stays', () => {
  it('a particle or a time after "themselves", and a noun before "itself", name nothing', () => {
    expect(quotesAsWritten('The fishermen called themselves back to the harbour.')).toEqual([]);
    expect(quotesAsWritten('The workers called themselves at noon.')).toEqual([]);
    expect(quotesAsWritten('The roll call itself was punctuated with boos.')).toEqual([]);
  });
});

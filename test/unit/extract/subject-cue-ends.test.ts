// A participle cue inside the subject that opens the sentence ("The share of members saying …",
// "A video of the mayor talking about …"): what it reports ends where the sentence's own verb comes.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a participle cue in the opening subject', () => {
  it('reports a clause up to the verb of the sentence', () => {
    expect(quotesSaid('The share of members saying they want a new stadium is higher than last year.')).toEqual([
      { cue: 'saying', speaker: 'members', text: 'they want a new stadium' },
    ]);
    expect(quotesSaid('Teachers saying they were not told of the change have written to the board.')).toEqual([
      { cue: 'saying', speaker: 'Teachers', text: 'they were not told of the change' },
    ]);
  });

  it('reports a phrase after its preposition up to the verb of the sentence', () => {
    expect(quotesSaid('A video of the mayor talking about the bridge repairs went viral on Monday.')).toEqual([
      { cue: 'talking', speaker: 'A video', text: 'the bridge repairs' },
    ]);
  });

  it('keeps the verb group and a passive participle of the content inside it', () => {
    expect(quotesSaid('Lawyers saying that the fund is being drained can be found in every city.')).toEqual([
      { cue: 'saying', speaker: 'Lawyers', text: 'the fund is being drained' },
    ]);
  });
});

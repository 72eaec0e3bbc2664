// Examples of the subject set off by commas before the cue, each with its own aside set off inside
// ("Critics, like Senators Tom Pike, of Velmora, and Ann Holt, of Korvena, said …"): the subject
// before them speaks, not the last name among them. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('examples set off before the cue with asides of their own', () => {
  it('leave the subject before them to speak', () => {
    expect(quotesSaid('Critics, like Senators Tom Pike, of Velmora, and Ann Holt, of Korvena, said the bill was a giveaway.')).toEqual([
      { cue: 'said', speaker: 'Critics', text: 'the bill was a giveaway' },
    ]);
    expect(quotesSaid('Residents, including Tom Pike, 54, and Ann Holt, 61, said the road was unsafe.')).toEqual([
      { cue: 'said', speaker: 'Residents', text: 'the road was unsafe' },
    ]);
    expect(quotesSaid('Some traders, such as Ellen Shaw, a baker, and Dan Okoro, a butcher, said the fees were too high.')).toEqual([
      { cue: 'said', speaker: 'Some traders', text: 'the fees were too high' },
    ]);
  });

  it('but a comparison or an apposition leaves its subject as it was', () => {
    expect(quotesSaid('Ann Holt, like her father, said the road was unsafe.')).toEqual([{ cue: 'said', speaker: 'Ann Holt', text: 'the road was unsafe' }]);
    expect(quotesSaid('Ann Holt, who lives in Leeds, Yorkshire, said the road was unsafe.')).toEqual([
      { cue: 'said', speaker: 'Ann Holt', text: 'the road was unsafe' },
    ]);
  });
});

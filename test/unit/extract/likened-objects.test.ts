// "likened X to Y" reports the likeness drawn, its object and what it was likened to, as what was
// spoken of; a thing described as like another in the passive reports nothing. Short examples written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a likeness drawn with "liken"', () => {
  it('is what the speaker spoke of', () => {
    expect(quotesSaid('Ann Holt likened the levy to a tax on the poor.')).toEqual([
      { cue: 'likened', speaker: 'Ann Holt', text: 'the levy to a tax on the poor' },
    ]);
    expect(quotesSaid('A council member likened the ferry deal to a robbery.')).toEqual([
      { cue: 'likened', speaker: 'A council member', text: 'the ferry deal to a robbery' },
    ]);
  });

  it('in the passive, with nobody drawing it, reports nothing', () => {
    expect(quotesSaid('A star likened to a sun was painted on the quay.')).toEqual([]);
  });
});

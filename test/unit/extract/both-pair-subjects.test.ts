// A content opening with "both X and Y" has the pair as its subject: the "and" closing the pair,
// before the clause has a verb, opens no attribution of its own. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('"both … and" opening the content', () => {
  it('keeps the pair in the subject of what was said', () => {
    expect(quoteReadings('Harbour master Ann Holt said both Ned Ross and Mayor Tom Pike promised the ferry would run.')).toContainEqual({
      cue: 'said',
      speaker: 'Ann Holt',
      mention: 'Ann Holt',
      text: 'both Ned Ross and Mayor Tom Pike promised the ferry would run',
    });
    expect(quoteReadings('Harbour master Ann Holt said that both she and Mayor Tom Pike had promised a new quay.')).toContainEqual({
      cue: 'said',
      speaker: 'Ann Holt',
      mention: 'Ann Holt',
      text: 'both she and Mayor Tom Pike had promised a new quay',
    });
  });

  it('leaves a later "and" to open another attribution', () => {
    expect(quoteReadings('Harbour master Ann Holt praised both the crew and the pilots and Mayor Tom Pike said the quay was safe.')).toEqual([
      { cue: 'praised', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'both the crew and the pilots' },
      { cue: 'said', speaker: 'Tom Pike', mention: 'Tom Pike', text: 'the quay was safe' },
    ]);
  });
});

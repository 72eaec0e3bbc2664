// "shrugged off", "brushed off" or "aside", "waved off" or "away" and "laughed off" with an object after
// the particle report that object as what was spoken of, a claim or a question dismissed; without the
// particle, with people or a garment after it, they report nothing. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('an object dismissed after "shrug off", "brush aside", "wave away" and "laugh off"', () => {
  it('is what the speaker spoke of', () => {
    expect(quotesSaid('Tom Pike shrugged off the criticism of the ferry fares.')).toEqual([
      { cue: 'shrugged', speaker: 'Tom Pike', text: 'the criticism of the ferry fares' },
    ]);
    expect(quotesSaid('Ann Holt laughed off the report about her pier.')).toEqual([{ cue: 'laughed', speaker: 'Ann Holt', text: 'the report about her pier' }]);
    expect(quotesSaid('The harbour board brushed off the complaint.')).toEqual([{ cue: 'brushed', speaker: 'The harbour board', text: 'the complaint' }]);
    expect(quotesSaid('Tom Pike waved away the charge that he had lied.')).toEqual([
      { cue: 'waved', speaker: 'Tom Pike', text: 'the charge that he had lied' },
    ]);
  });

  it('without the particle, or with people or a garment after it, reports nothing', () => {
    expect(quotesSaid('Tom Pike shrugged and left the quay.')).toEqual([]);
    expect(quotesSaid('Ann Holt waved away the reporters.')).toEqual([]);
    expect(quotesSaid('Ann Holt shrugged off her coat on the quay.')).toEqual([]);
    expect(quotesSaid('The council called off the regatta.')).toEqual([]);
  });
});

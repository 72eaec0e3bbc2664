// A description set off after a person's name whose closing comma the writer left out: "Sen. Ann
// Holt (D-NY), a supporter of the ferry bill told reporters …". Short examples written for the test
// in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a description left unclosed after a name opening its clause', () => {
  it('describes the person, who speaks', () => {
    expect(quoteReadings('Sen. Ann Holt (D-NY), a supporter of the ferry bill told reporters that the fares were too high.')).toEqual([
      expect.objectContaining({ cue: 'told', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'the fares were too high' }),
    ]);
    expect(quoteReadings('On Friday, Tom Pike, the director of the Harbour Trust said the pier would close.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Tom Pike', mention: 'Tom Pike', text: 'the pier would close' }),
    ]);
  });

  it('leaves a name that opens no clause, and an attribution set off, to the description', () => {
    expect(quoteReadings('After meeting Ann Holt, a supporter of the ferry bill said that the fares were too high.')).toEqual([
      expect.objectContaining({ cue: 'said', mention: 'the ferry bill', text: 'the fares were too high' }),
    ]);
    expect(quoteReadings('Ann Holt, the head of the trust said, was not invited.')).toEqual([expect.objectContaining({ cue: 'said', mention: 'the head' })]);
    expect(
      quoteReadings('Tom Pike, a physician known for his work addressing health issues in poor countries was chosen.').map((q) => q.speaker),
    ).not.toContain('Tom Pike');
  });
});

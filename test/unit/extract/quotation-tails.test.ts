// A quotation that closes mid-clause, before "to", "of" or "because" with no punctuation: the
// content runs on past the closing mark to the clause's end. Short examples written for the test
// in the style of ferry and council reports.
import { describe, expect, it } from 'vitest';
import { textsAfterLead as texts } from '../../support/extraction.js';

describe('a quotation closing before "to", "of" or "because"', () => {
  it('runs on to the end of the clause', () => {
    expect(texts('“The vote is done,” Ann Holt said. “We are finally free” to choose the route of the new ferry.')).toEqual([
      'The vote is done, We are finally free” to choose the route of the new ferry',
    ]);
    expect(texts('Tom Pike mocked Ann Holt for “losing her nerve” because she did not back the levy.')).toEqual([
      'Ann Holt for “losing her nerve” because she did not back the levy',
    ]);
  });

  it('stops before a comma or "and" after the words that go on', () => {
    expect(texts('Tom Pike mocked Ann Holt for “the delays, the costs” of the ferry and praised the council.')[0]).toBe(
      'Ann Holt for “the delays, the costs” of the ferry',
    );
  });

  it('leaves a quotation alone before a comma, another word or "to which"', () => {
    expect(texts('Ann Holt called the levy “a disgrace” in a statement on Monday.')).toEqual(['the levy “a disgrace”']);
    expect(texts('“The ferry will run,” Ann Holt said, “and it will be late” to which Tom Pike replied that it would not.')).toContain(
      'The ferry will run, and it will be late',
    );
  });
});

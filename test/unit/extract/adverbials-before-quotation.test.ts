// A longer adverbial of where, when or how between a cue and the comma before a quotation: the cue
// still attributes it. Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a longer adverbial between a cue and the comma before a quotation', () => {
  it('two adverbials, one set off by commas: "said on the radio on Monday, in a reply to a caller, “…”"', () => {
    expect(quotesSaid('Ann Holt said on the radio on Monday, in a reply to a caller, “The ferry will run all winter.”')).toEqual([
      { cue: 'said', speaker: 'Ann Holt', text: 'The ferry will run all winter.' },
    ]);
    expect(quotesSaid('Tom Pike announced on his campaign page, in capital letters, "I am leaving the harbour board!"')).toEqual([
      { cue: 'announced', speaker: 'Tom Pike', text: 'I am leaving the harbour board!' },
    ]);
  });

  it('with a verb after "as" or "when": "said as she opened the quay, “…”", "said in the spring, when the plan failed, “…”"', () => {
    expect(quotesSaid('Ann Holt said as she opened the new quay in Korvena, "At last the harbour is ours."')[0]).toEqual({
      cue: 'said',
      speaker: 'Ann Holt',
      text: 'At last the harbour is ours.',
    });
    expect(quotesSaid('Tom Pike first said in the spring, when the ferry plan failed, “I never saw the budget.”')[0]?.speaker).toBe('Tom Pike');
  });
});

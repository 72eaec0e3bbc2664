// A cue whose subject is "who" or "which" ("…, from Ann Holt, who declared …") reports what follows
// it; the clause before its antecedent is no content of it. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

describe('a cue after "who" or "which"', () => {
  it('takes no content before its antecedent', () => {
    expect(
      quotesOf(
        'On Thursday, Tom Pike won his first endorsement from a council colleague, from Ann Holt, who declared in the hall, “I’m telling the harbour it’s time to unite.”',
      ),
    ).toEqual([['DIRECT', 'who', 'declared', ['I’m telling the harbour it’s time to unite.']]]);
    expect(quotesOf('The ferry will run again, the dockers said, but it was the harbor board, which has long insisted on a new pier.')).toEqual([
      ['INDIRECT', 'the dockers', 'said', ['The ferry will run again']],
    ]);
  });

  it('still reports what follows it, and an attribution closing the sentence', () => {
    expect(quotesOf('The ferry will run again, said Ann Holt, who has long argued that the pier is safe.')).toEqual([
      ['INDIRECT', 'Ann Holt', 'said', ['The ferry will run again']],
      ['INDIRECT', 'who', 'argued', ['the pier is safe']],
    ]);
  });
});

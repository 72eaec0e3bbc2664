// A clause set off by "in X's view" or "in X's words" is the possessor's, as one after "according to
// X" is; the phrase inside a clause it does not set off reports nothing. Short examples written for
// the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

describe('a clause told as someone’s view or words', () => {
  it('reports the clause after the phrase opening a sentence or a clause', () => {
    expect(quotesOf("Fares rose in Velmora. In Ann Holt's view, the ferry levy will fail.")).toEqual([
      ['INDIRECT', 'Ann Holt', 'view', ['the ferry levy will fail']],
    ]);
    expect(quotesOf("Fares rose in Velmora. The quay matters because, in the harbour master's words, “it is the heart of the town.”")).toEqual([
      ['DIRECT', 'the harbour master', 'words', ['it is the heart of the town.']],
    ]);
  });

  it('reports the clause before the phrase closing a sentence, and around the phrase inside one', () => {
    expect(quotesOf("Fares rose in Velmora. The pier was a waste of money, in Tom Pike's view.")).toEqual([
      ['INDIRECT', 'Tom Pike', 'view', ['The pier was a waste of money']],
    ]);
    expect(quotesOf("Fares rose in Velmora. The only other fix, in Tom Pike's opinion, would be a new quay.")).toEqual([
      ['INDIRECT', 'Tom Pike', 'opinion', ['The only other fix', 'would be a new quay']],
    ]);
  });

  it('reports nothing where the phrase sets off no clause', () => {
    expect(quotesOf('Fares rose in Velmora. The union, which in his view has grown weak, met on Monday.')).toEqual([]);
    expect(quotesOf('Fares rose in Velmora. The harbour came into view, and the crew cheered.')).toEqual([]);
  });
});

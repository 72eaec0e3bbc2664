// A connective adverb with its comma before an attribution set off by commas ("Still, she said, …")
// ties the sentence to the narration before it, as "But" does; it is no part of what was said.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../support/extraction.js';

/** Each quote of the body as its text and its parts' texts. */
const textsAndParts = (body: string) => extractBody(body).quotes.map((q) => [q.text, q.parts.map((p) => p.text)]);

describe('a connective adverb alone before a set-off attribution', () => {
  it('is left out of the content: "Still, X said, …", "However, X says, …"', () => {
    expect(textsAndParts('Still, Tom Pike said, the ferry will sail on Monday.')).toEqual([
      ['the ferry will sail on Monday', ['the ferry will sail on Monday']],
    ]);
    expect(textsAndParts('However, Ann Holt says, the bridge in Velmora needs new cables.')).toEqual([
      ['the bridge in Velmora needs new cables', ['the bridge in Velmora needs new cables']],
    ]);
    expect(textsAndParts('Nevertheless, he said, the harbour will reopen in May.')[0]![0]).toBe('the harbour will reopen in May');
  });

  it('as a conjunction is: "But, X said, …"', () => {
    expect(textsAndParts('But, Tom Pike said, the ferry will sail on Monday.')[0]![0]).toBe('the ferry will sail on Monday');
  });

  it('not an adverb of time or a phrase, nor the adverb without its comma', () => {
    expect(textsAndParts('Now, Tom Pike said, the ferry will sail on Monday.')[0]![1]).toEqual(['Now', 'the ferry will sail on Monday']);
    expect(textsAndParts('However the vote goes, Tom Pike said, the ferry will sail on Monday.')[0]![1]).toEqual([
      'However the vote goes',
      'the ferry will sail on Monday',
    ]);
    expect(textsAndParts('Still waters, Tom Pike said, run deep in Korvena.')[0]![1]).toEqual(['Still waters', 'run deep in Korvena']);
  });

  it('nor a word inside the quotation marks, which the speaker said', () => {
    expect(textsAndParts('“Still, I think the ferry will sail,” Tom Pike said.')[0]![0]).toBe('Still, I think the ferry will sail,');
  });

  it('also before a quotation going on after the attribution: "But, X said, “…”"', () => {
    expect(textsAndParts('But, Tom Pike said, “the harbour is a series of choices.”')).toEqual([
      ['the harbour is a series of choices.', ['the harbour is a series of choices.']],
    ]);
    expect(textsAndParts('Still, Ann Holt added, “we will rebuild the pier.”')[0]![0]).toBe('we will rebuild the pier.');
    // (a subject before the attribution is still said: its quotation goes on with the predicate)
    expect(textsAndParts('The harbour, Tom Pike said, “is a series of choices.”')[0]![1]).toEqual(['The harbour', 'is a series of choices.']);
  });
});

// "As reported by the Gazette, …" and "…, as first reported by the Gazette": the passive of a speech
// verb in a clause of "as", its speaker after "by", reports the main clause. Short examples written for
// the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

describe('a passive of speech in a clause of "as"', () => {
  it('opening the sentence reports the clause after its comma', () => {
    expect(quotesOf('As first reported by the Velmora Gazette, the council sold the old quay in May.')).toEqual([
      ['INDIRECT', 'Velmora Gazette', 'reported', ['the council sold the old quay in May']],
    ]);
    expect(quotesOf('As announced by the harbour board on Monday, the ferry will stop in Tarnby.')).toEqual([
      ['INDIRECT', 'the harbour board', 'announced', ['the ferry will stop in Tarnby']],
    ]);
  });

  it('closing the sentence reports the clause before it', () => {
    expect(quotesOf('The council sold the old quay in May, as first reported by the Velmora Gazette on Tuesday.')).toEqual([
      ['INDIRECT', 'Velmora Gazette', 'reported', ['The council sold the old quay in May']],
    ]);
  });

  it('not a clause with a report of its own, an aside inside the clause, nor no clause', () => {
    expect(quotesOf('Ann Holt said the council sold the old quay, as reported by the Velmora Gazette.')).toEqual([
      ['INDIRECT', 'Ann Holt', 'said', ['the council sold the old quay']],
    ]);
    expect(quotesOf('The old quay is, as reported by the Velmora Gazette, for sale.')).toEqual([]);
    expect(quotesOf('The quay, as expected by many, was sold.')).toEqual([]);
  });
});

// A longer adverbial of where, when or how between the cue and "that": the content starts at "that".
// Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesAsWritten, quotesSaid } from '../../support/extraction.js';

const flood = (cue: string, speaker: string) => [{ cue, speaker, text: 'that the harbour would flood' }];

describe('a longer adverbial before "that"', () => {
  it('with a plural noun in it: "said in one of a series of posts that …"', () => {
    expect(quotesAsWritten('Ann Holt said in one of a series of posts that the harbour would flood.')).toEqual(flood('said', 'Ann Holt'));
  });

  it('opened by "as" or "by": "admitted as part of his plea that …", "say by 55%-41% that …"', () => {
    expect(quotesAsWritten('Tom Pike admitted as part of his plea that the harbour would flood.')).toEqual(flood('admitted', 'Tom Pike'));
    expect(quotesAsWritten('Voters in Korvena say by 55%-41% that the harbour would flood.')[0]?.text).toBe('that the harbour would flood');
  });

  it('past a place set off by commas: "said during a taping in Korvena, Velmora, that …"', () => {
    expect(quotesAsWritten('Tom Pike said Thursday during a taping of a town hall meeting in Korvena, Velmora, that the harbour would flood.')).toEqual(
      flood('said', 'Tom Pike'),
    );
  });

  it('past a place set off by commas, before a subject that could be a verb: "…, Velmora, that support is growing"', () => {
    expect(quotesSaid('Tom Pike said Thursday during a taping of a meeting in Korvena, Velmora, that support is growing.')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', text: 'support is growing' },
    ]);
    expect(quotesSaid('Ann Holt said Monday during a visit to the docks in Korvena, Velmora, that change will come to the harbour.')[0]?.text).toBe(
      'change will come to the harbour',
    );
  });

  it("past a show's title in quote marks: \"said on Velmora Radio's ''Harbour Talk'' on Sunday that …\"", () => {
    expect(quotesAsWritten("Tom Pike said on Velmora Radio's ''Harbour Talk'' on Sunday that the harbour would flood.")).toEqual(flood('said', 'Tom Pike'));
  });

  it('past a relative clause or a participle set off by commas, the content ending past them', () => {
    expect(quotesAsWritten('Tom Pike said on Velmora Radio, where he is now a paid contributor, that the harbour would flood.')).toEqual(
      flood('said', 'Tom Pike'),
    );
    expect(quotesAsWritten('Ann Holt contended in her letter, written by Tom Pike, a vice president, that the harbour would flood.')).toEqual(
      flood('contended', 'Ann Holt'),
    );
  });
});

describe('what stays', () => {
  it('a clause set off by commas with no word opening it: "said on Monday, the council agreed, that …"', () => {
    expect(quotesAsWritten('Tom Pike said on Monday, the council agreed, that the harbour would flood.').map((q) => q.cue)).not.toContain('said');
  });

  it('an infinitive and a participle with clauses of their own', () => {
    expect(
      quotesAsWritten('Senators have vowed to block the nominee, Judge Ann Holt, meaning that the court will stay short.').map((q) => q.text),
    ).not.toContain('that the court will stay short');
  });

  it('"that" opening a relative clause or what a noun says', () => {
    expect(quotesAsWritten('The Pike campaign calls this a false story that the base will not buy.').map((q) => q.text)).not.toContain(
      'that the base will not buy',
    );
    expect(quotesAsWritten('Ann Holt accused Tom Pike of courting donors and groups that support the levy.').map((q) => q.text)).not.toContain(
      'that support the levy',
    );
    expect(quotesAsWritten('Tom Pike responded then the same way that we must respond now.')).toEqual([]);
  });

  it('the end of a short adverbial\'s content: "announced on Tuesday that …, and …"', () => {
    expect(quotesAsWritten('Velmora Bank announced on Tuesday that it is lowering its forecast, and the cut is casting a shadow on the outlook.')).toEqual([
      { cue: 'announced', speaker: 'Velmora Bank', text: 'that it is lowering its forecast' },
    ]);
  });
});

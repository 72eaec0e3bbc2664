// A cue word that qualifies the noun after it ("the asking price", "both pledged delegates") or that
// is a noun of a compound before a verb ("Harbour report lifts …") reports no speech; nor does the second
// "as" of a comparison ("as much as he has promised"). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { textsAfterLead as texts } from '../../support/extraction.js';

describe('a participle before its noun', () => {
  it('qualifies the noun and reports nothing', () => {
    expect(texts('Tom Pike boasted of whittling $5 million off the asking price of the hotel.')).toEqual([]);
    expect(texts('Aides scanned the line for other telling signs of trouble.')).toEqual([]);
    expect(texts('Ann Holt leads in both pledged delegates and the popular vote.')).toEqual([]);
    expect(texts("The sale barely dents Tom Pike's reported net worth.")).toEqual([]);
    expect(texts('The ferry is one of the most promising routes to Velmora.')).toEqual([]);
  });

  it('a participle with a subject, or after "has", still reports', () => {
    expect(texts('They both pledged support for the ferry, Ann Holt said.')).toEqual(['They both pledged support for the ferry', 'support for the ferry']);
    expect(texts("She's declared that the ferry will run, her aides said.")).toContain("She's declared that the ferry will run");
    expect(texts('The alleged victim said she was afraid.')).toEqual(['she was afraid']);
    expect(texts('Tom Pike has been telling reporters the ferry will run.')).toEqual(['the ferry will run']);
  });
});

describe('a cue noun after a noun, before a verb', () => {
  it('is the subject of that verb', () => {
    expect(texts('Harbour report lifts hopes for the ferry.')).toEqual([]);
    expect(texts('The ten-year Korvena note rose to 3 percent.')).toEqual([]);
    expect(texts('Her fare estimates have been between $4 and $6.')).toEqual([]);
  });

  it('a verb of speech, or a relative clause, still reports', () => {
    expect(texts('Korvena Ferries reported strong sales, and analysts said the figures were good.')).toContain('the figures were good');
    expect(texts('The plan, which critics claim would cost $2 billion, passed.').join(' ')).toContain('would cost $2 billion');
  });
});

describe('the second "as" of a comparison', () => {
  it('reports nothing before it', () => {
    expect(texts('The cuts would not yield nearly as much money as Tom Pike has promised.')).toEqual([]);
  });

  it('"as" after a comma still reports what came before', () => {
    expect(texts('The ferry will run again, as Ann Holt has said.')).toEqual(['The ferry will run again']);
  });
});

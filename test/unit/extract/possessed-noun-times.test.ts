// A possessed speech noun reports its "that" clause also past when or where it was said: "his statement on
// Wednesday that …", "Holt's assertion last week that …" (speech-nouns.ts). Short examples written for the
// test in the style of campaign news.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../../support/extraction.js';

describe('a possessed speech noun with a time before its clause', () => {
  it('reports the clause, its possessor speaking', () => {
    expect(readingOf('Tom Pike stood by his statement on Wednesday that the ferry tolls would double.', 'statement')).toEqual([
      { cue: 'statement', speaker: 'Tom Pike', mention: 'his', text: 'the ferry tolls would double' },
    ]);
    expect(readingOf('Velmora voters remember Ann Holt’s pledge earlier this year that the pier would stay open.', 'pledge').map((q) => q.text)).toEqual([
      'the pier would stay open',
    ]);
  });

  it('as the subject of the sentence, the clause ends before its verb', () => {
    expect(
      readingOf("Tom Pike's assertion Monday that more buses are needed in the town drew rebukes from the council.", 'assertion').map((q) => q.text),
    ).toEqual(['more buses are needed in the town']);
  });

  it('not a relative clause after the time', () => {
    expect(readingOf('Tom Pike stood by his statement on Wednesday that was read to the council.', 'statement')).toEqual([]);
  });
});

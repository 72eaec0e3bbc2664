// Verbs of speech that hint at a claim ("implied that …") or fault, lament, play down, call up or pass
// on what they speak of ("assailed the judge", "bemoaned the roads", "retweeted a post"): each reports
// its clause or its object; the same verbs done by storms and tides report nothing. Short examples
// written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

/** The cue, speaker and words of each quote found. */
const holtSaid = (sentence: string) => quoteReadings(sentence).map((q) => [q.cue, q.speaker, q.text]);

describe('verbs that hint at or fault what they speak of', () => {
  it('reports the clause after "implied" and "bemoaned"', () => {
    expect(holtSaid('Ann Holt implied that the ferry company had lied.')).toEqual([['implied', 'Ann Holt', 'the ferry company had lied']]);
    expect(holtSaid('Ann Holt implied the ferry company had lied.')).toEqual([['implied', 'Ann Holt', 'the ferry company had lied']]);
    expect(holtSaid('Ann Holt bemoaned that the harbour roads were falling apart.')).toEqual([
      ['bemoaned', 'Ann Holt', 'the harbour roads were falling apart'],
    ]);
  });

  it('reports the object of a verb that faults, laments, plays down, calls up or passes on', () => {
    expect(holtSaid('Ann Holt assailed the ferry company for its late sailings.')).toEqual([
      ['assailed', 'Ann Holt', 'the ferry company for its late sailings'],
    ]);
    expect(holtSaid('Ann Holt chided her rivals on the council.')).toEqual([['chided', 'Ann Holt', 'her rivals on the council']]);
    expect(holtSaid('Ann Holt bemoaned the state of the harbour roads.')).toEqual([['bemoaned', 'Ann Holt', 'the state of the harbour roads']]);
    expect(holtSaid('Ann Holt downplayed the risk of flooding.')).toEqual([['downplayed', 'Ann Holt', 'the risk of flooding']]);
    expect(holtSaid("Ann Holt invoked the town's long history of fishing.")).toEqual([['invoked', 'Ann Holt', "the town's long history of fishing"]]);
    expect(holtSaid('Ann Holt retweeted a post by the ferry company.')).toEqual([['retweeted', 'Ann Holt', 'a post by the ferry company']]);
  });

  it('reports nothing when no one speaks, or when the verb closes a clause on its object', () => {
    expect(holtSaid('The account Ann Holt retweeted was set up as a trap.')).toEqual([]);

    expect(holtSaid('The storm assailed the coast.')).toEqual([]);
    expect(holtSaid('The tide contradicted the forecast.')).toEqual([]);
  });
});

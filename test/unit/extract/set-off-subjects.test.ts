// A subject whose phrase runs on past a participle, then a phrase set off by commas before the cue:
// "Dozens of traders interviewed at the market, including Mrs Shaw, said …". Short examples written
// for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker and words said. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.name, text: q.text }));
}

describe('a phrase set off before the cue', () => {
  it('naming some of the speakers leaves the subject before it to speak', () => {
    expect(quotesOf('Dozens of traders interviewed at the market, including Mrs Ellen Shaw, said they had no quarrel with the fees.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Dozens of traders', text: 'they had no quarrel with the fees' }),
    ]);
    expect(quotesOf('Commuters questioned at the station on Monday, among them Ann Holt, said the trains were often late.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Commuters', text: 'the trains were often late' }),
    ]);
  });

  it('saying where or how they spoke does so when no apposition names the speaker', () => {
    expect(quotesOf('Parents waiting at the school gates, in interviews on Friday, said the new timetable was a mess.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Parents', text: 'the new timetable was a mess' }),
    ]);
    expect(quotesOf('Ann Holt, a councillor from Leeds, in a statement on Monday, said the bridge would close.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Ann Holt', text: 'the bridge would close' }),
    ]);
  });
});

describe('a phrase opening the sentence', () => {
  it('leaves the region written after a town to the phrase, and the subject after it speaks', () => {
    expect(quotesOf('At a market stall in Bexley, Ohio, on Sunday, Ann Holt defended the new parking fees, saying they were “fair to every trader.”')).toEqual([
      expect.objectContaining({ cue: 'defended', speaker: 'Ann Holt' }),
      expect.objectContaining({ cue: 'saying', speaker: 'Ann Holt' }),
    ]);
    expect(quotesOf('Speaking at a town hall in Salem, Oregon, Holt went after the mayor, calling him “a total failure.”')).toEqual([
      expect.objectContaining({ cue: 'calling', speaker: 'Holt' }),
    ]);
  });
});

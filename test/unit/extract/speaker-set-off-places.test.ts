// A phrase set off by commas between a speaker and the cue saying where they spoke, whose town is
// followed by its state or county, set off too: "Ann Holt, speaking at a rally in Dunmore, N.C.,
// warned …". Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a town and its region inside a phrase set off before the cue', () => {
  it('leave the subject before the phrase to speak', () => {
    expect(quoteReadings('Ann Holt, speaking at a rally in Dunmore, N.C., warned that the ferry would close by spring.')).toEqual([
      expect.objectContaining({ cue: 'warned', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'the ferry would close by spring' }),
    ]);
    expect(quoteReadings('Tom Pike, writing from a harbour office in Kelso, Maine, argued that the pier was unsafe.')).toEqual([
      expect.objectContaining({ cue: 'argued', speaker: 'Tom Pike', mention: 'Tom Pike', text: 'the pier was unsafe' }),
    ]);
  });

  it('as they did with the town alone', () => {
    expect(quoteReadings('Ann Holt, speaking at a rally in Dunmore, warned that the ferry would close by spring.')).toEqual([
      expect.objectContaining({ cue: 'warned', speaker: 'Ann Holt', text: 'the ferry would close by spring' }),
    ]);
  });

  it('leave a relative clause an apposition and a place-bound head its speaker', () => {
    expect(quoteReadings('Tom Pike, who lives in Kelso, Maine, said that the ferry would close.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Tom Pike', text: 'the ferry would close' }),
    ]);
    expect(quoteReadings('Officials in Kelso, Maine, speaking on condition of anonymity, said the ferry would close.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Officials', text: 'the ferry would close' }),
    ]);
  });
});

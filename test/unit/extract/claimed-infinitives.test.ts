// "claim" with an infinitive for content: what one says of oneself ("claims to be a farmer", "claimed
// to have seen the ship"). Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker and the content's text. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.mention?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('"claim" with an infinitive', () => {
  it('reports the infinitive as what the subject said of itself', () => {
    expect(quotesOf('Tom Pike claims to be a farmer.')).toEqual([{ cue: 'claims', speaker: 'Tom Pike', text: 'to be a farmer' }]);
    expect(quotesOf('Ann Holt claimed to have seen the ship off Velmora.')).toEqual([
      { cue: 'claimed', speaker: 'Ann Holt', text: 'to have seen the ship off Velmora' },
    ]);
  });
});

describe('what stays', () => {
  it('"to" before a listener, a noun phrase after "claim", a noun "claims"', () => {
    expect(quotesOf('Tom Pike claimed to the police that he had seen the ship.')).toEqual([
      { cue: 'claimed', speaker: 'Tom Pike', text: 'that he had seen the ship' },
    ]);
    expect(quotesOf('Ann Holt claimed the title on Sunday.')).toEqual([]);
    expect(quotesOf("The farmers' claims to the land were rejected.")).toEqual([]);
  });
});

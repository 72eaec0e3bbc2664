// A headline naming its speaker and then whom the words were for, where or on what, before the colon:
// "Holt to Harlow Voters: Pike Will Raise Your Taxes". Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** [speaker name, content] of the headline's quotes the extract command would print. */
const headlineQuotes = (headline: string, body = 'KORVATH — Mayor Ann Holt and her rival Tom Pike met voters in Korvath on Monday.') => {
  const text = `${headline}\n\n${body}`;
  return extract(text)
    .quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE && q.start < headline.length)
    .map((q) => [q.speaker.name, q.text]);
};

describe('a headline with the speaker’s setting before its colon', () => {
  it('is said by the person before "to" a listener', () => {
    expect(headlineQuotes('Holt to Korvath voters: Pike will raise your taxes')).toEqual([['Ann Holt', 'Pike will raise your taxes']]);
  });

  it('is said to a body the story names again within a sentence', () => {
    const body = 'KORVATH — Mayor Ann Holt told a Velmora Fishing Guild meeting on Monday that the levy would go.';
    expect(headlineQuotes('Holt to Velmora Fishing Guild: Pike overburdens the boats', body)).toEqual([['Ann Holt', 'Pike overburdens the boats']]);
  });

  it('is said by the person before "at" a place or an event, past a title', () => {
    expect(headlineQuotes('Former Mayor Tom Pike at Harbour Rally: The Quay Will Reopen')).toEqual([['Tom Pike', 'The Quay Will Reopen']]);
  });

  it('is said by the person before "on" a topic', () => {
    expect(headlineQuotes('Ann Holt on the Fishing Levy: It Will Hurt Farmers')).toEqual([['Ann Holt', 'It Will Hurt Farmers']]);
  });

  it('not when "to" says what someone is to do, nor after a state, an age or words with no verb', () => {
    expect(headlineQuotes('Tom Pike to Step Down: Sources Expect a Vote')).not.toContainEqual(['Tom Pike', 'Sources Expect a Vote']);
    expect(headlineQuotes('Tom Pike on Trial: Jurors Hear From the Harbour Master')).toEqual([]);
    expect(headlineQuotes('Ann Holt at 80: Still Running the Town')).toEqual([]);
    expect(headlineQuotes('Ann Holt on the Levy: A Plan for the Harbour')).toEqual([]);
  });
});

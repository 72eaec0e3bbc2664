// An infinitive reported after a cue keeps the clause it holds: "pledged to cut taxes if he is
// elected" is no time or venue phrase ending at "he". Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker and the content's text. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.mention?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('an infinitive holding a clause with a subject of its own', () => {
  it('reports the infinitive whole, its condition too', () => {
    expect(quotesOf('Tom Pike pledged to cut taxes if he is elected.')).toEqual([
      { cue: 'pledged', speaker: 'Tom Pike', text: 'to cut taxes if he is elected' },
    ]);
    expect(quotesOf('Ann Holt promised to take bold action if she wins the race.')).toEqual([
      { cue: 'promised', speaker: 'Ann Holt', text: 'to take bold action if she wins the race' },
    ]);
    expect(quotesOf('Tom Pike vowed to reopen the quay once they repair the harbour wall.')).toEqual([
      { cue: 'vowed', speaker: 'Tom Pike', text: 'to reopen the quay once they repair the harbour wall' },
    ]);
  });
});

describe('what stays', () => {
  it('a time, a venue or a listener after "to" before the subject of what was said', () => {
    expect(quotesOf('Tom Pike said after the vote he would run again.')).toEqual([{ cue: 'said', speaker: 'Tom Pike', text: 'he would run again' }]);
    expect(quotesOf('Ann Holt said to reporters she would run again.')).toEqual([{ cue: 'said', speaker: 'Ann Holt', text: 'she would run again' }]);
    expect(quotesOf('Ann Holt said to the crowd in Velmora she would run again.')).toEqual([{ cue: 'said', speaker: 'Ann Holt', text: 'she would run again' }]);
  });
});

// A naming verb whose object is "themselves" reports what the subject called itself, as with "himself"
// and "herself". Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker and the content's text. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.mention?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('"called themselves"', () => {
  it('reports what a group called itself', () => {
    expect(quotesOf('Tom Pike won among the voters who called themselves very conservative.')).toEqual([
      { cue: 'called', speaker: 'who', text: 'themselves very conservative' },
    ]);
    expect(quotesOf('The two brothers called themselves the Velmora Kings.')).toEqual([
      { cue: 'called', speaker: 'two brothers', text: 'themselves the Velmora Kings' },
    ]);
  });
});

describe('what stays', () => {
  it('a particle or a time after "themselves", and a noun before "itself", name nothing', () => {
    expect(quotesOf('The fishermen called themselves back to the harbour.')).toEqual([]);
    expect(quotesOf('The workers called themselves at noon.')).toEqual([]);
    expect(quotesOf('The roll call itself was punctuated with boos.')).toEqual([]);
  });
});

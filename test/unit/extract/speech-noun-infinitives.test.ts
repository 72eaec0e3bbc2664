// A possessed speech noun with an infinitive reports it as the verb does: "Her pledge to restore the
// benefits has been welcomed" is what she pledged. Short examples written for the test in the style
// of campaign and council reports.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker and words said. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.name, text: q.text }));
}

describe('a speech noun with an infinitive', () => {
  it('reports the infinitive up to the verb of the sentence holding the noun, its possessor speaking', () => {
    expect(quotesOf('Ruth Alvarez spoke first. Her pledge to restore the lost benefits has been welcomed by the union.')).toEqual([
      { cue: 'pledge', speaker: 'Ruth Alvarez', text: 'to restore the lost benefits' },
    ]);
    expect(quotesOf("Ann Holt's promise to review the closures in a year was greeted with laughter.")).toEqual([
      { cue: 'promise', speaker: 'Ann Holt', text: 'to review the closures in a year' },
    ]);
  });

  it('a call, and cues inside the infinitive, report as well', () => {
    expect(quotesOf('Tom Reyes spoke. The board ignored his call to audit the fund.')).toEqual([
      { cue: 'call', speaker: 'Tom Reyes', text: 'to audit the fund' },
    ]);
  });

  it('a noun after "to", or no possessor, reports nothing', () => {
    expect(quotesOf('Tom Reyes spoke. His threat to democracy was plain.')).toEqual([]);
    expect(quotesOf('A pledge to restore the benefits has been welcomed.')).toEqual([]);
  });
});

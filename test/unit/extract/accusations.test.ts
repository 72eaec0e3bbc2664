// "accused X of …": whom one accuses and of what is an accusation, a noun after "of" as much as a
// clause. Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** The quotes the extract command would print: cue, speaker and words said. */
function sureQuotes(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE).map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.name, text: q.text }));
}

describe('an accusation with a noun after "of"', () => {
  it('is as sure as one of doing something', () => {
    expect(sureQuotes('Critics accused the mayor of negligence.')).toEqual([
      expect.objectContaining({ cue: 'accused', speaker: 'Critics', text: 'the mayor of negligence' }),
    ]);
    expect(sureQuotes('The Lowford Residents Association accused the council of incompetence.')).toEqual([
      expect.objectContaining({ cue: 'accused', text: 'the council of incompetence' }),
    ]);
    expect(sureQuotes('Mrs Ellen Pike accused the landlord of a cover-up over the damp.')).toEqual([
      expect.objectContaining({ cue: 'accused', speaker: 'Ellen Pike', text: 'the landlord of a cover-up over the damp' }),
    ]);
  });

  it('whom one accuses alone is too little', () => {
    expect(sureQuotes('Critics accused the mayor.')).toEqual([]);
  });
});

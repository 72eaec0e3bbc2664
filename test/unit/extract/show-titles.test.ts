// A programme's or a column's title in quote marks, owned by the station or paper that runs it, in
// the phrase before the speaker: "Friday on KTV’s “Morning Harbour,” Sen. Ann Holt said …". Short
// examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue, speaker and words said. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker.name, text: q.text }));
}

describe('a title owned by a station before the speaker', () => {
  it('is where the words were said, not a quotation, however the phrase opens', () => {
    expect(quotesOf('Friday on KTV’s “Morning Harbour,” Sen. Ann Holt said she believed the council would release the plan.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Ann Holt', text: 'she believed the council would release the plan' }),
    ]);
    expect(quotesOf('Speaking Sunday on KTV’s “This Harbour,” Holt said the plan was dead.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Holt', text: 'the plan was dead' }),
    ]);
    expect(quotesOf('Tom Pike, host of KTV’s “Morning Harbour,” told viewers that the ferry would stay.').map((q) => q.text)).not.toContain(
      'Tom Pike, host of KTV’s “Morning Harbour,”',
    );
  });

  it('leaves words quoted after a verb, and a quotation in lower case, as what was said', () => {
    expect(quotesOf('Holt called the plan “a disaster,” and Pike agreed.')).toEqual(
      expect.arrayContaining([expect.objectContaining({ speaker: 'Holt', text: 'the plan “a disaster,”' })]),
    );
    expect(quotesOf('On KTV’s show, “we will not give up,” Holt said.')).toEqual([expect.objectContaining({ cue: 'said', speaker: 'Holt' })]);
  });
});

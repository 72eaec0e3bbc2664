// A stance taken with an adjective after "be": "was critical of the harbour plan" reports the plan as
// what the holder spoke of, as "criticized the harbour plan" does; the same adjective elsewhere does not.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extractBody } from '../../support/extraction.js';

/** [cue, speaker, content] of the quotes the extract command would print. */
const sure = (body: string) =>
  extractBody(body)
    .quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE)
    .map((q) => [q.cue?.text, q.speaker.name, q.text]);

describe('a stance adjective after "be"', () => {
  it('"was critical of", "has been supportive of", "remain wary of" report what the stance is taken on', () => {
    expect(sure('Ann Holt was critical of the harbour plan.')).toEqual([['critical', 'Ann Holt', 'the harbour plan']]);
    expect(sure('Tom Reyes has been generally supportive of the ferry company.')).toEqual([['supportive', 'Tom Reyes', 'the ferry company']]);
    expect(sure('Tom Reyes is deeply skeptical of the new quay.')).toEqual([['skeptical', 'Tom Reyes', 'the new quay']]);
    expect(sure('Voters remain wary of the harbour board.')).toEqual([['wary', 'Voters', 'the harbour board']]);
  });

  it('a relative clause set off on the holder reports its stance and leaves the main verb its own', () => {
    expect(sure('Tom Reyes, who has been critical of the levy, said the quay would stay open.')).toEqual([
      ['critical', 'Tom Reyes', 'the levy'],
      ['said', 'Tom Reyes', 'the quay would stay open'],
    ]);
  });

  it('a stance set after a noun, an impersonal "it" and other senses of the adjective report nothing', () => {
    expect(sure('A new book critical of the harbour board came out in May.')).toEqual([]);
    expect(sure('It is critical of us to act now.')).toEqual([]);
    expect(sure('The vote is critical to the plan.')).toEqual([]);
    expect(sure('Keeping the ferry running is critical.')).toEqual([]);
  });
});

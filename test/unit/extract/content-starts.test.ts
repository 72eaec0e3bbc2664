// Where reported content starts when words before it are the cue's: the feeling a verb of
// expressing names before "that". Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue and the content's span. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('a feeling named after a verb of expressing', () => {
  it("is the cue's, and the clause after it what was said", () => {
    expect(quotesOf('The economist expressed alarm that his views on debt were closer to the populists than to the minister.')).toEqual([
      { cue: 'expressed', text: 'that his views on debt were closer to the populists than to the minister' },
    ]);
    expect(quotesOf('Several governors voiced similar doubts that the scheme could be delivered by 2027.')).toEqual([
      { cue: 'voiced', text: 'that the scheme could be delivered by 2027' },
    ]);
  });

  it('not before a relative clause on the noun', () => {
    expect(quotesOf('The union expressed the same concerns that were raised by nurses last year.')).toEqual([
      { cue: 'expressed', text: 'the same concerns that were raised by nurses last year' },
    ]);
  });
});

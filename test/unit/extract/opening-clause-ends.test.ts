// A cue inside a clause opening the sentence reports up to the main clause; a main clause whose
// verb is a negated auxiliary ("doesn't", "wouldn't", "can't") closes it too. Short examples
// written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The content of the quote the cue `cue` opens in a one-paragraph article. */
function contentOf(body: string, cue: string): string | undefined {
  const text = `Test article\n\n${body}`;
  const quote = extract(text).quotes.find((q) => q.cue?.text === cue);
  return quote && text.slice(quote.start, quote.end);
}

describe('a main clause with a negated auxiliary after an opening clause', () => {
  it.each([
    ['Even as he accused the harbour board of hiding costs, Mayor Dunn wouldn’t name anyone.', 'accused', 'the harbour board of hiding costs'],
    ['After the minister announced that the bridge would close, drivers can’t find another way into Alnmouth.', 'announced', 'that the bridge would close'],
  ])('ends the content of a cue in the opening clause: %s', (body, cue, content) => {
    expect(contentOf(body, cue)).toBe(content);
  });

  it('not when the cue is in the main clause', () => {
    expect(contentOf('When the storm passed, Ms Reyes said the ferry wouldn’t sail until Friday.', 'said')).toBe('the ferry wouldn’t sail until Friday');
  });
});

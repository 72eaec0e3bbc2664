// A short paragraph that is only words in single marks, in a story that quotes in double marks, is a
// subheading echoing the section (‘A long road ahead.’), no quotation going on; in a story that quotes
// in single marks, such a paragraph still goes on with the speaker before. Short examples written for
// the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: the content's span and speaker. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ text: text.slice(q.start, q.end), speaker: q.speaker?.name ?? null }));
}

describe('a paragraph of a few words in single marks', () => {
  it('is a subheading where the story quotes in double marks', () => {
    const body =
      '“We will not back down,” said Tom Pike, the mayor of Velmora.\n\nThe council listened.\n\n‘A long road ahead.’\n\nThe council met again on Tuesday.';
    expect(quotesOf(body).map((q) => q.text)).toEqual(['We will not back down,']);
    const plain = "''We will not back down,'' said Tom Pike, the mayor of Velmora.\n\n'Totally against it.'\n\nThe council met again on Tuesday.";
    expect(quotesOf(plain).map((q) => q.text)).toEqual(['We will not back down,']);
  });

  it('goes on with the speaker where the story quotes in single marks', () => {
    const body =
      '‘We will not back down,’ said Tom Pike, the mayor of Velmora.\n\nThe council listened.\n\n‘We have the votes.’\n\nThe council met again on Tuesday.';
    expect(quotesOf(body)).toEqual([
      { text: 'We will not back down,', speaker: 'Tom Pike' },
      { text: 'We have the votes.', speaker: 'Tom Pike' },
    ]);
  });

  it('a longer paragraph in single marks goes on with the speaker', () => {
    const body =
      '“We will not back down,” said Tom Pike, the mayor of Velmora.\n\nThe council listened.\n\n‘We have the votes and we will use every one of them on Friday.’';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Pike', 'Tom Pike']);
  });

  it('a paragraph in double marks goes on with the speaker', () => {
    const body =
      '“We will not back down,” said Tom Pike, the mayor of Velmora.\n\nThe council listened.\n\n“We have the votes.”\n\nThe council met again on Tuesday.';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Pike', 'Tom Pike']);
  });
});

// A quotation left open at a paragraph's end runs on into the next paragraph that opens with a mark,
// unless that paragraph's quotation breaks off for an attribution of its own: then its words are
// attributed anew, and the open quotation ends with its own paragraph. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline, as [kind, speaker surface, parts]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE).map((q) => [q.kind, q.speaker.mention?.text ?? null, q.parts.map((p) => p.text)]);
}

describe('a paragraph whose quotation is attributed anew', () => {
  it('ends the quotation left open in the paragraph before', () => {
    expect(
      quotesOf(
        '“The pier is finished,” Ann Holt said. “We will open it in May.\n\n“The ferry is another matter,” she said. “Nobody knows when it sails.”\n\nThe council meets on Friday.',
      ),
    ).toEqual([
      ['DIRECT', 'Ann Holt', ['The pier is finished,', 'We will open it in May.']],
      ['DIRECT', 'she', ['The ferry is another matter,', 'Nobody knows when it sails.']],
    ]);
  });

  it('ends a mixed quote left open before a quotation with its own speaker after it', () => {
    expect(
      quotesOf(
        'Tom Pike said the levy was “a tax on the poor.\n\n“We cannot pay it,” added Ian Ross, a trawler owner. “Nobody can.”\n\nThe council meets on Friday.',
      ),
    ).toEqual([
      ['MIXED', 'Tom Pike', ['the levy was “a tax on the poor.']],
      ['DIRECT', 'Ian Ross', ['We cannot pay it,', 'Nobody can.']],
    ]);
  });

  it('reads a title’s full stop as part of the speaker', () => {
    expect(
      quotesOf('The ferry line says it carries 500 more “weekend sailors.\n\n“The numbers come down to the weather,” Mr. Reed said. “Sun sells tickets.”'),
    ).toEqual([
      ['MIXED', 'The ferry line', ['it carries 500 more “weekend sailors.']],
      ['DIRECT', 'Reed', ['The numbers come down to the weather,', 'Sun sells tickets.']],
    ]);
  });

  it('keeps a quotation that opens its paragraph running on to its attribution in the next one', () => {
    expect(quotesOf('“The pier is finished.\n\n“We will open it in May,” Ann Holt said. “Nobody doubts it.”')).toEqual([
      ['DIRECT', 'Ann Holt', ['The pier is finished.', 'We will open it in May,', 'Nobody doubts it.']],
    ]);
  });

  it('still runs on into a paragraph with no attribution of its own', () => {
    expect(
      quotesOf(
        '“The pier is finished,” Ann Holt said. “We will open it in May.\n\n“The ferry is another matter. Nobody knows when it sails.”\n\nThe council meets on Friday.',
      ),
    ).toEqual([['DIRECT', 'Ann Holt', ['The pier is finished,', 'We will open it in May.', 'The ferry is another matter. Nobody knows when it sails.']]]);
  });
});

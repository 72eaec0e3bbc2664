// An attribution set off by commas after a dash left open: what it reports starts after the dash.
// Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: speaker and the content's text. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ speaker: q.speaker.mention?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('an attribution set off by commas after a dash left open', () => {
  it('reports what follows the dash, not the narration before it', () => {
    expect(quotesOf('The ferry had a crossing booked for that night - and the permit, Tom Pike said, had been hard to get.')).toEqual([
      { speaker: 'Tom Pike', text: 'the permit, Tom Pike said, had been hard to get' },
    ]);
    expect(quotesOf('The levy would hit the poorest -- if it passed at all, Ann Holt said, the harbour would pay for it.')).toEqual([
      { speaker: 'Ann Holt', text: 'if it passed at all, Ann Holt said, the harbour would pay for it' },
    ]);
  });

  it('after an em dash, a phrase set in apposition', () => {
    expect(quotesOf('The council blamed the storm — a claim, Ann Holt said, that nobody in Velmora believes.')).toContainEqual({
      speaker: 'Ann Holt',
      text: 'a claim, Ann Holt said, that nobody in Velmora believes',
    });
  });

  it('after an em or en dash or two hyphens written against the words, as after a spaced one', () => {
    for (const dash of ['—', '–', '--'])
      expect(quotesOf(`The ferry had a crossing set for the evening${dash}and the licence, Tom Pike said, was slow to come.`)).toEqual([
        { speaker: 'Tom Pike', text: 'the licence, Tom Pike said, was slow to come' },
      ]);
  });

  it('not after a dash joining two numbers: a range', () => {
    expect(quotesOf('The levies of 1990–95 were the last, Ann Holt said, that the harbour ever paid.')).toEqual([
      { speaker: 'Ann Holt', text: 'The levies of 1990–95 were the last, Ann Holt said, that the harbour ever paid' },
    ]);
  });

  it('leaves dashes that pair off, hyphens and a dash inside a quotation as they were', () => {
    expect(quotesOf('The first four ports - Velmora, Korvena and Ostrava - are, Tom Pike said, the ones that matter.')).toEqual([
      { speaker: 'Tom Pike', text: 'The first four ports - Velmora, Korvena and Ostrava - are, Tom Pike said, the ones that matter' },
    ]);
    expect(quotesOf('The plan was self-made, Ann Holt said, and unpopular.')).toEqual([
      { speaker: 'Ann Holt', text: 'The plan was self-made, Ann Holt said, and unpopular' },
    ]);
    expect(quotesOf('“The ferry - and the harbour, too,” Tom Pike said, “will close in June.”')).toEqual([
      { speaker: 'Tom Pike', text: 'The ferry - and the harbour, too,” Tom Pike said, “will close in June.' },
    ]);
  });
});

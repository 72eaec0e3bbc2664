// A day named and where, opening a sentence with no verb ("Wednesday at the Velmora debate, Ann Holt
// said …", "Sunday on Velmora TV’s “Morning Hour,” …"), says when and where the speaker spoke: it is
// no content, a quoted programme title in it is no quotation, and the subject after its comma still
// speaks for a participle later on. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

const intro = 'Tom Pike runs the ferry in Velmora. ';

describe('a day and a place opening the sentence', () => {
  it('is no content of the cue after it, and a later participle keeps its speaker', () => {
    expect(
      quotesOf(
        `${intro}Wednesday at the Velmora mayoral debate, candidate Ann Holt said Mara Dunn, the sister of Piet Dunn, who died in the harbor fire is “plainly wrong” for saying Holt lied to her about the fire.`,
      ),
    ).toEqual([['INDIRECT', 'Ann Holt', 'saying', ['Holt lied to her about the fire']]]);
    expect(quotesOf(`${intro}Tuesday night at the harbor, Pike told reporters the ferry would stop, saying the river had won.`)).toEqual([
      ['INDIRECT', 'Pike', 'told', ['the ferry would stop']],
      ['INDIRECT', 'Pike', 'saying', ['the river had won']],
    ]);
  });

  it('makes a quoted title in it a programme, not a quotation', () => {
    expect(
      quotesOf(`${intro}Sunday on Velmora News channel’s “Sunday Morning Hour,” Rep. Ann Holt said candidate Tom Pike’s judgment is in question.`),
    ).toEqual([['INDIRECT', 'Ann Holt', 'said', ['candidate Tom Pike’s judgment is in question']]]);
  });

  it('leaves a day that opens a clause of its own', () => {
    expect(quotesOf(`${intro}Tuesday was a good day for the ferry, Pike said.`)).toEqual([
      ['INDIRECT', 'Pike', 'said', ['Tuesday was a good day for the ferry']],
    ]);
    expect(quotesOf(`${intro}Last Sunday in Velmora, a crowd of fans gathered at the harbor, Pike said.`)).toEqual([
      ['INDIRECT', 'Pike', 'said', ['Last Sunday in Velmora, a crowd of fans gathered at the harbor']],
    ]);
  });
});

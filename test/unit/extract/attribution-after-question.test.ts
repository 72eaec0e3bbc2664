// A quotation closed by its own stop ("?", "!", ".") and attributed in a sentence of its own: the
// attribution is read up to its own stop, so a verb in what follows (another quotation, the next
// sentence) does not take it for narration. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

describe('a question or exclamation, its attribution, and another quotation', () => {
  it('reports both quotations as the speaker’s', () => {
    expect(quotesOf('Ferry fares rose in Velmora. "Why now?" Tom Pike said. "We waited a year for this."')).toEqual([
      ['DIRECT', 'Tom Pike', 'said', ['Why now?', 'We waited a year for this.']],
    ]);
    expect(quotesOf('Ferry fares rose in Velmora. “Not again!” Ann Holt said. “We waited a year for this.”')).toEqual([
      ['DIRECT', 'Ann Holt', 'said', ['Not again!', 'We waited a year for this.']],
    ]);
    expect(quotesOf('Ferry fares rose in Velmora. “Why now?” Ann Holt asked. “We waited a year for this.”')).toEqual([
      ['DIRECT', 'Ann Holt', 'asked', ['Why now?', 'We waited a year for this.']],
    ]);
    expect(quotesOf('Ferry fares rose in Velmora. “Why now?” Mr. Pike said. “We waited a year for this.”')).toEqual([
      ['DIRECT', 'Pike', 'said', ['Why now?', 'We waited a year for this.']],
    ]);
  });

  it('reports both quotations as the speaker’s also in marks typed as two apostrophes', () => {
    expect(quotesOf("Ferry fares rose in Velmora.\n\n''Can we win Velmora?'' Tom Pike asked. ''I don't know. But we can make them pay.''")).toEqual([
      ['DIRECT', 'Tom Pike', 'asked', ['Can we win Velmora?', "I don't know. But we can make them pay."]],
    ]);
    // (A quotation after a sentence about a person, with no quotation before it in the paragraph, is still that person's.)
    expect(quotesOf("Ferry fares rose in Velmora.\n\nTom Pike shook his head. ''We waited a year for this.''")).toEqual([
      ['DIRECT', 'Tom Pike', null, ['We waited a year for this.']],
    ]);
  });

  it('reports a question followed by a sentence of narration', () => {
    expect(quotesOf('Ferry fares rose in Velmora. “Why now?” Tom Pike said. The council met later.')).toEqual([['DIRECT', 'Tom Pike', 'said', ['Why now?']]]);
    expect(quotesOf('Ferry fares rose in Velmora. “Not again.” Tom Pike said. “We waited a year for this.”')).toEqual([
      ['DIRECT', 'Tom Pike', 'said', ['Not again.', 'We waited a year for this.']],
    ]);
  });

  it('reports the quotation in the next paragraph as the same speaker’s, a second piece of the quote', () => {
    expect(quotesOf('Ferry fares rose in Velmora.\n\n"Why now?" Tom Pike said.\n\n"We waited a year for this."')).toEqual([
      ['DIRECT', 'Tom Pike', 'said', ['Why now?', 'We waited a year for this.']],
    ]);
  });
});

describe('near cases that stay as they were', () => {
  it('the speaker before the cue, or a comma before the attribution', () => {
    expect(quotesOf('Ferry fares rose in Velmora. “Why now?” asked Tom Pike, the harbour master. “We waited a year for this.”')).toEqual([
      ['DIRECT', 'Tom Pike', 'asked', ['Why now?', 'We waited a year for this.']],
    ]);
    expect(quotesOf('Ferry fares rose in Velmora. “Why not,” Tom Pike said. “We waited a year for this.”')).toEqual([
      ['DIRECT', 'Tom Pike', 'said', ['Why not,', 'We waited a year for this.']],
    ]);
  });

  it('a cue with a clause of its own after the stop reports that clause', () => {
    expect(quotesOf('The ferry firm declined to comment on “market rumours”. The company said last month it was “reviewing every route.”')).toEqual([
      ['MIXED', 'The ferry firm', 'declined', ['to comment on “market rumours”']],
      ['MIXED', 'The company', 'said', ['it was “reviewing every route.”']],
    ]);
  });

  it('another speaker attributing the next quotation keeps it', () => {
    expect(quotesOf('Ferry fares rose in Velmora. “Why now?” Tom Pike said. “We waited a year for this,” Ann Holt said.')).toEqual([
      ['DIRECT', 'Tom Pike', 'said', ['Why now?']],
      ['DIRECT', 'Ann Holt', 'said', ['We waited a year for this,']],
    ]);
  });

  it('a quotation closing a sentence that reports it is not taken by the cue introducing the next one', () => {
    expect(
      quotesOf(
        'Ann Holt said Thursday during a radio interview in Korvena, that towns can close such piers because “the boards are rotten.” Holt says, “That is a sensible step for the town.”',
      ),
    ).toEqual([
      ['MIXED', 'Ann Holt', 'said', ['towns can close such piers because “the boards are rotten.”']],
      ['DIRECT', 'Holt', 'says', ['That is a sensible step for the town.']],
    ]);
  });

  it('a sentence in brackets after a quotation is no attribution of it', () => {
    expect(
      quotesOf(
        'The board did not want to sit with Tom Pike. Something about “optics.” (Mr. Pike has pleaded not guilty.) And finding a seat proved hard.',
      ).filter((q) => q[2] === 'pleaded'),
    ).toEqual([]);
  });
});

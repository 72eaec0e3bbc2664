// A participle after the attribution of a quotation ("“…,” she continued, citing …") speaks for the
// speaker of that quotation, also where the verb attributes only quotations ("continued",
// "answered" is a cue already) and where plain ASCII copy opens the quotation with two apostrophes
// (reported-speakers.ts, speakers.ts).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../../support/extraction.js';

describe('a participle after the attribution of a quotation', () => {
  it('after a quotation opened by two apostrophes', () => {
    expect(readingOf("''The pier is safe,'' said Ann Holt, the harbour master, noting that the beams were replaced in May.", 'noting')).toEqual([
      { cue: 'noting', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'the beams were replaced in May' },
    ]);
    expect(readingOf("''We will appeal,'' said Tom Pike, adding that the ruling ignored the charter.", 'adding').map((q) => q.speaker)).toEqual(['Tom Pike']);
  });

  it('after a verb that attributes only quotations', () => {
    expect(readingOf('“A lot of it is fair,” Ann Holt continued, citing the fishermen who had lost their moorings.', 'citing').map((q) => q.speaker)).toEqual([
      'Ann Holt',
    ]);
  });

  it('a participle after narration with no quotation keeps the subject', () => {
    expect(readingOf('Ann Holt closed the pier on Monday, citing the storm damage to the beams.', 'citing').map((q) => q.speaker)).toEqual(['Ann Holt']);
  });
});

describe('a participle after a quotation opened in a sentence before', () => {
  it('goes with the attribution, not with a pronoun inside the quotation', () => {
    expect(
      readingOf(
        'Tom Pike spoke at the quay. “The ferry is late again. I think the board has failed,” said Ann Holt, suggesting that the fares should fall.',
        'suggesting',
      ),
    ).toEqual([{ cue: 'suggesting', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'the fares should fall' }]);
    expect(
      readingOf('The vote was close. "We lost the pier. He is to blame," said Tom Pike, adding that the mayor had ignored the dockers.', 'adding').map(
        (q) => q.speaker,
      ),
    ).toEqual(['Tom Pike']);
  });

  it('narration quoting a phrase keeps its subject', () => {
    expect(readingOf('The mayor called the plan “a failure” and left the hall, saying that the fares should fall.', 'saying').map((q) => q.speaker)).toEqual([
      'The mayor',
    ]);
  });
});

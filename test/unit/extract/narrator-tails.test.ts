// What the narrator adds after reported speech, closing its content: where it was said with a time
// or a listener ("in an interview published on Sunday"), a last relative clause in the present after
// a past cue ("…, which are pricing in three cuts this year"), a noun summing up what came of it
// (", a decision that could cost it millions") and what the speaker did after a quotation ("… and
// swears …"). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The words said of each quote of an article whose first line is its headline (without an opening "that"). */
function saidIn(body: string) {
  return extract(`Test article\n\n${body}`).quotes.map((q) => q.text.replace(/^that\s+/u, ''));
}

describe('where it was said, with a participle, a time or a listener on it', () => {
  it('closes a phrase reported', () => {
    expect(saidIn('The mayor praised the new tram line in an interview published on Sunday.')).toEqual(['the new tram line']);
    expect(saidIn('Senator Ruiz criticised the budget director and his deputies in an email Friday to her staff.')).toEqual([
      'the budget director and his deputies',
    ]);
  });

  it('stays with a speech the content itself reports', () => {
    expect(saidIn('The agency said it asked for the files back in a letter Friday to the court.')).toEqual([
      'it asked for the files back in a letter Friday to the court',
    ]);
  });
});

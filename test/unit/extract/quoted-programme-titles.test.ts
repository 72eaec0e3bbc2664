// A title in capitals in quote marks right after a preposition or "told" names a programme or a work
// the words were said on or to: "told “Velmora Tonight,”", "on “Harbour Talk,”". Short examples
// written for the test in the style of campaign and ferry reports.
import { describe, expect, it } from 'vitest';
import { textsAfterLead as texts } from '../../support/extraction.js';

describe('a quoted title after a preposition or "told"', () => {
  it('is no quote; what was said around it still is', () => {
    expect(texts('"The ferry is a lifeline," Ann Holt told "Velmora Tonight," reminding viewers of the storms.')).toEqual([
      'The ferry is a lifeline,',
      'the storms',
    ]);
    expect(texts('Asked why she had not voted, during an appearance Friday on "Harbour Talk," Holt said she had been away.')).toEqual(['she had been away']);
    expect(texts("Later on ''This Week,'' Tom Pike questioned the plan.")).toEqual([]);
  });

  it('words cried out, or a capitalised quotation elsewhere, are still quotes', () => {
    expect(texts('Walking in to chants of "Holt! Holt!," the mayor said her campaign was strong.')).toEqual(['Holt! Holt!,', 'her campaign was strong']);
    expect(texts('The crowd shouted "Save Our Ferry," and Holt said they were right.')).toContain('Save Our Ferry,');
    expect(texts('Pike told reporters, "We Will Win."')).toEqual(['We Will Win.']);
  });
});

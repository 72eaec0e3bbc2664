// "support" in its bare form is the verb, taking a stance as "supports" and "supported" do, where a
// plural subject, a share of a group, "they", a relative pronoun or a form of "do" stands right before
// it and an object opens after it; elsewhere it is the noun. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('"support" as the verb in its bare form', () => {
  it('a plural subject, a share of a group or "do" before it takes a stance on its object', () => {
    expect(quotesSaid('Most residents support the new quay.')).toEqual([{ cue: 'support', speaker: 'Most residents', text: 'the new quay' }]);
    expect(quotesSaid('Two-thirds support lowering the ferry fares.')).toEqual([{ cue: 'support', speaker: 'Two-thirds', text: 'lowering the ferry fares' }]);
    expect(quotesSaid('Ann Holt did support the levy.')).toEqual([{ cue: 'support', speaker: 'Ann Holt', text: 'the levy' }]);
    expect(quotesSaid('A growing number of councillors support scrapping the toll.')).toEqual([
      { cue: 'support', speaker: 'A growing number of councillors', text: 'scrapping the toll' },
    ]);
  });

  it('the noun, an aim and a condition take none', () => {
    expect(quotesSaid('Tom Pike won support from the fishermen.')).toEqual([]);
    expect(quotesSaid('Her 32% support gives her a lead in Velmora.')).toEqual([]);
    expect(quotesSaid('The levy has broad support among the ferry crews.')).toEqual([]);
    expect(quotesSaid('Tom Pike hopes to support the fishermen.').filter((q) => q.cue === 'support')).toEqual([]);
    expect(quotesSaid('The levy would pass if voters support amending the charter.')).toEqual([]);
  });
});

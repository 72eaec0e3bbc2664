// "That’s according to X": the copula joins what was said, the subject before it, to its source.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('a copula right before "according to"', () => {
  it('is no part of what was said: "That’s according to …", "This is according to …"', () => {
    expect(partsAndSpeakers('Tom Pike raised $95 million in January. That’s according to fundraising reports filed on Friday.')).toContainEqual([
      ['That'],
      'fundraising reports',
    ]);
    expect(partsAndSpeakers("Tom Pike raised $95 million in January. That's according to fundraising reports filed on Friday.")).toContainEqual([
      ['That'],
      'fundraising reports',
    ]);
    expect(partsAndSpeakers('Tom Pike raised $95 million in January. This is according to fundraising reports filed on Friday.')).toContainEqual([
      ['This'],
      'fundraising reports',
    ]);
  });

  it('leaves a verb of the report and a content set off by a comma as they were', () => {
    expect(partsAndSpeakers('Turnout in Velmora was up 5 percent according to the council.')).toEqual([
      [['Turnout in Velmora was up 5 percent'], 'the council'],
    ]);
    expect(partsAndSpeakers('The harbour will close in June, according to the Velmora port authority.')).toEqual([
      [['The harbour will close in June'], 'Velmora port authority'],
    ]);
  });
});

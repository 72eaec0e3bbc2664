// Speech a sentence says has not happened yet is none. Short examples written for the test in the
// style of news and agency copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const quotesOf = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => q.cue?.text ?? null);

describe('"not yet" before a cue', () => {
  it('says nobody spoke', () => {
    expect(quotesOf('The government has not yet responded to that offer.')).toEqual([]);
    expect(quotesOf('The club has not yet said whether it will appeal the ban.')).toEqual([]);
  });
});

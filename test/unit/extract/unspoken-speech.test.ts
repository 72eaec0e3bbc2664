// Speech a sentence says has not happened, or that was spoken to someone, is none; an act denied is
// what was denied. Short examples written for the test in the style of news and agency copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const quotesOf = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => q.cue?.text ?? null);

describe('"not yet" before a cue', () => {
  it('says nobody spoke', () => {
    expect(quotesOf('The government has not yet responded to that offer.')).toEqual([]);
    expect(quotesOf('The club has not yet said whether it will appeal the ban.')).toEqual([]);
  });
});

describe('"being" or "been" right before a cue', () => {
  it('makes it passive: the one told is no speaker', () => {
    expect(quotesOf('The club ended its interest after being told the fee was too high.')).toEqual([]);
    // What she was told is said, by someone the sentence does not name.
    const told = extract('Test article\n\nThe nurse has been told that her contract will end.').quotes;
    expect(told.map((q) => [q.speaker.mention, q.text])).toEqual([[null, 'her contract will end']]);
  });
});

describe('an act denied', () => {
  it('is a gerund after an adverb too', () => {
    const x = extract('Test article\n\nThe army has denied deliberately targeting reporters.');
    expect(x.quotes.map((q) => q.text)).toEqual(['deliberately targeting reporters']);
  });
});

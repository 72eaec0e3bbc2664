import { describe, expect, it } from 'vitest';
import { isHeOrShe, isSpeltCount, SPELT_COUNT_ALTERNATIVES } from '../../../src/extract/word-classes.js';

describe('counts spelt out', () => {
  it('takes "two" to "twelve" and the tens in any case', () => {
    for (const word of ['two', 'Four', 'TWELVE', 'twenty', 'Ninety']) expect(isSpeltCount(word)).toBe(true);
  });

  it('leaves "one" (also a pronoun), compounds, figures and other words to each reading', () => {
    for (const word of ['one', 'twenty-five', '12', 'thirteen', 'tent', 'often']) expect(isSpeltCount(word)).toBe(false);
  });

  it('gives the same counts as alternatives of a regular expression', () => {
    const count = new RegExp(`^(${SPELT_COUNT_ALTERNATIVES})$`, 'iu');
    expect(['seven', 'Eleven', 'sixty'].every((w) => count.test(w))).toBe(true);
    expect(count.test('seventeen')).toBe(false);
  });
});

describe("one person's subject pronoun", () => {
  it('is "he" or "she" in any case, not "they" or "her"', () => {
    expect(['he', 'She', 'HE'].every(isHeOrShe)).toBe(true);
    expect(['they', 'her', 'hes'].some(isHeOrShe)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isClosingDoubleMark, isClosingMarkAlone, isClosingQuoteMark, isOpeningQuoteMark } from '../../../src/extract/quote-mark-tokens.js';

describe('quote marks as tokens', () => {
  it('knows the opening marks of every style', () => {
    expect(['“', '"', '‘', '«'].every(isOpeningQuoteMark)).toBe(true);
    expect(['”', '’', '»', "''", 'Quay', ','].some(isOpeningQuoteMark)).toBe(false);
  });

  it('knows the closing marks of every style, single ones too', () => {
    expect(['”', '"', '’', "'", '»'].every(isClosingQuoteMark)).toBe(true);
    expect(['“', '‘', '«', '’s', 'Tarn'].some(isClosingQuoteMark)).toBe(false);
  });

  it('reads a closing mark alone as the close, not one of two apostrophes', () => {
    expect(['”', '"', '’', '»'].every(isClosingMarkAlone)).toBe(true);
    expect(["'", '“', ','].some(isClosingMarkAlone)).toBe(false);
  });

  it('takes no apostrophe for a closing double mark ("the ferrymen’ and …")', () => {
    expect(['”', '"'].every(isClosingDoubleMark)).toBe(true);
    expect(['’', "'", '»'].some(isClosingDoubleMark)).toBe(false);
  });
});

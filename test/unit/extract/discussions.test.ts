// "discussed" reports what was discussed in any mood and whatever it was: a discussion negated or
// to come ("did not discuss", "will discuss", "met to discuss"), a thing ("the wall", "the press
// conference") or a question ("how to fund it"). Short examples written for the test in the style of
// news copy.
import { describe, expect, it } from 'vitest';
import { sureQuotes as sure } from '../../support/extraction.js';

describe('a discussion in any mood', () => {
  it('negated, to come, or one gone to hold', () => {
    expect(sure('Tom Pike did not discuss the terms of the lease.')).toEqual([['discuss', 'Tom Pike', 'the terms of the lease']]);
    expect(sure('Ann Holt will discuss the harbour levy on Friday.')).toEqual([['discuss', 'Ann Holt', 'the harbour levy']]);
    expect(sure('Tom Pike flew to Velmora on Monday to discuss the ferry contract.')).toEqual([['discuss', 'Tom Pike', 'the ferry contract']]);
    expect(sure('Ann Holt called a meeting to discuss the flooding.')).toEqual([['discuss', 'Ann Holt', 'the flooding']]);
  });
});

describe('whatever was discussed', () => {
  it('a thing, one of several, or a question', () => {
    expect(sure('Tom Pike discussed the sea wall on Korvena Radio.')).toEqual([['discussed', 'Tom Pike', 'the sea wall']]);
    expect(sure('Ann Holt discussed the press conference.')).toEqual([['discussed', 'Ann Holt', 'the press conference']]);
    expect(sure('Tom Pike discussed one of his proposals.')).toEqual([['discussed', 'Tom Pike', 'one of his proposals']]);
    expect(sure('Ann Holt discussed how to fund the new pier.')).toEqual([['discussed', 'Ann Holt', 'how to fund the new pier']]);
  });
});

describe('what stays', () => {
  it('a leave to speak, a passive and a meeting of two sides report nothing', () => {
    expect(sure('The aides were not authorized to discuss the talks.')).toEqual([]);
    expect(sure('An official, speaking on condition of anonymity to discuss the visit, said it was off.')).toEqual([['said', 'An official', 'it was off']]);
    expect(sure('The levy was never discussed.')).toEqual([]);
    expect(sure('Tom Pike and Ann Holt discussed the levy.')).toEqual([]);
  });
  it('other verbs of a topic still report nothing yet to come', () => {
    expect(sure('Ann Holt will endorse Tom Pike next month.')).toEqual([]);
  });
});

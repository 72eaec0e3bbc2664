// "asked him a question" says that a question was put, not what it was: with nothing after "a
// question" that says it, no quote. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { textsAfterLead as texts } from '../../support/extraction.js';

describe('a question asked with nothing said of it', () => {
  it('is no quote', () => {
    expect(texts('Ann Holt asked Tom Pike a question.')).toEqual([]);
    expect(texts('She was trying to ask Pike a question after a rally in Velmora.')).toEqual([]);
    expect(texts('Ann Holt asked him a question that stunned the room.')).toEqual([]);
  });

  it('what the question was about, or the question itself, is still reported', () => {
    expect(texts('Ann Holt asked Pike a question about the ferry fares.')).toEqual(['the ferry fares']);
    expect(texts('Ann Holt asked Pike whether the ferry would run.')).toEqual(['whether the ferry would run']);
    expect(texts('A reporter asked Pike a simple question: would the ferry run?').join(' ')).toContain('would the ferry run');
    expect(texts('Ann Holt asked Pike questions about the fares and the pier.').join(' ')).toContain('the fares and the pier');
  });
});

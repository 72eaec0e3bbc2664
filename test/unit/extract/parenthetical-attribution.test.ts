// Attributions set inside the sentence they report: ", as X noted," between commas, and a relative
// clause whose pronoun is the subject of what was said.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const quotes = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => [q.parts.map((p) => p.text), q.speaker.name]);

describe('", as X noted," inside the sentence', () => {
  it('reports the sentence around it, in two pieces', () => {
    expect(quotes('The ferry, as Ann Holt noted, loses money on every crossing.')).toEqual([[['The ferry', 'loses money on every crossing'], 'Ann Holt']]);
    expect(quotes('The ferry, as Tom Reyes said at the time, was never meant to pay.')).toEqual([[['The ferry', 'was never meant to pay'], 'Tom Reyes']]);
  });

  it('not "as" in narration', () => {
    expect(quotes('The ferry, as usual, left at noon.')).toEqual([]);
  });
});

describe('a relative pronoun as the subject of what was said', () => {
  it('up to the sentence end as well as up to a closing comma', () => {
    expect(quotes('The council sold the ferry, which critics say was worth twice the price.')).toEqual([[['was worth twice the price'], 'critics']]);
  });
});

// Quotations typed ``…'' (two grave accents open, two apostrophes close) read as ''…'' do, with
// the texts given back as typed. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';
import { graveOpenings } from '../../../src/extract/grave-quotes.js';
import { extract } from '../../../src/extract/index.js';

describe('a quotation in `` and two apostrophes', () => {
  it('is a quotation as one in two apostrophes is', () => {
    expect(quotesOf("Ferry fares rose in Velmora. ``We waited a year for this,'' Tom Pike said. ``It is too late now.''")).toEqual([
      ['DIRECT', 'Tom Pike', 'said', ['We waited a year for this,', 'It is too late now.']],
    ]);
    expect(quotesOf("Ferry fares rose in Velmora. Tom Pike said: ``We waited a year for this.''")).toEqual([
      ['DIRECT', 'Tom Pike', 'said', ['We waited a year for this.']],
    ]);
  });

  it('keeps the marks as typed in the texts it gives back', () => {
    const x = extract("Test article\n\nFerry fares rose. Tom Pike said the rise was ``far too steep'' for the islanders.");
    expect(x.quotes.map((q) => [q.kind, q.text])).toEqual([['MIXED', "the rise was ``far too steep'' for the islanders"]]);
    expect(x.layout.text).toContain('``far');
  });

  it('leaves a text without them as it is', () => {
    const text = "Tom Pike said ''yes'' and left.";
    expect(graveOpenings(text)).toBe(text);
    expect(graveOpenings('a `b` c')).toBe('a `b` c');
  });
});

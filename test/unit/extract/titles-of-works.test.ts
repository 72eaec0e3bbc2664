// A title in capitals between quotation marks that a word for a work sets before it, or its author
// after it, names the work: it is nothing said.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('the title of a work is no quotation', () => {
  it('after a word for the work, with or without a comma', () => {
    expect(quotesSaid('The campaign began with a 45-second Web ad, “Playing the Mayor,” in which children use a toy mayor.')).toEqual([]);
    expect(quotesSaid('Others are producing parodies, including a collection from the cartoonist Tom Hale called “Yuge!: 30 Years of the Mayor.”')).toEqual([]);
  });

  it('before its author', () => {
    expect(quotesSaid('He reads a lot. One of his recent reads, “This Kind of Tide,” by Tom Hale, is about the war.')).toEqual([]);
  });

  it('words in capitals that someone said, wrote or chanted stay quotations', () => {
    expect(quotesSaid('“We Will Win,” Ann Holt said.')).toEqual([{ cue: 'said', speaker: 'Ann Holt', text: 'We Will Win,' }]);
    expect(quotesSaid('Tom Hale wrote the mayor a note: “We Will Rebuild The Pier.”')).toEqual([
      { cue: 'wrote', speaker: 'Tom Hale', text: 'We Will Rebuild The Pier.' },
    ]);
    expect(quotesSaid('The crowd chanted “Holt! Holt!” as she left.')).toEqual([{ cue: 'chanted', speaker: 'The crowd', text: 'Holt! Holt!' }]);
  });
});

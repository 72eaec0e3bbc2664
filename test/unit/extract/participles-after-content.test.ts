// A participle after the comma that closes a clause: a phrase set on a noun or a participle phrase
// of the narrator's, never an attribution of the clause before it.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a participle after a clause reports nothing of it', () => {
  it('a participle set after a noun tells more of the clause, it says nothing of it', () => {
    expect(quotesSaid('The late ferry left at noon, small cards telling riders when to board.')).toEqual([]);
    expect(quotesSaid('The harbour board unveiled a new poster, featuring fishermen telling their stories.')).toEqual([]);
  });

  it('nor does a participle phrase standing where a speaker would', () => {
    expect(quotesSaid('The mayor spoke briefly, spending most of her time taking questions on the ferry.')).toEqual([]);
  });

  it('a clause with a speaker and a finite cue is still what was said', () => {
    expect(quotesSaid('The pier will close in May, officials said.')).toEqual([{ cue: 'said', speaker: 'officials', text: 'The pier will close in May' }]);
    expect(quotesSaid('The pier will close in May, officials are saying.')).toEqual([
      { cue: 'saying', speaker: 'officials', text: 'The pier will close in May' },
    ]);
    expect(quotesSaid('The toll will rise in June, fundraising documents show.')).toEqual([
      { cue: 'show', speaker: 'fundraising documents', text: 'The toll will rise in June' },
    ]);
  });
});

// A noun for a deed or a point set after the comma that closes a clause, its relative clause's
// cue taking it for object: the clause before is no speech of that speaker.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a deed or a point named after the comma is the cue’s object', () => {
  it('reports nothing of the clause before', () => {
    expect(quotesSaid('The ferry line relies on the mayor’s money, an arrangement the dockers’ union has criticized.')).toEqual([]);
    expect(quotesSaid('The pier will close in May, a move the harbour council welcomed.')).toEqual([]);
    expect(quotesSaid('The toll will rise again, a point the mayor also acknowledged.')).toEqual([]);
  });

  it('a speaker after the comma still says the clause before', () => {
    expect(quotesSaid('The toll will rise again, a local official said.')).toEqual([
      { cue: 'said', speaker: 'a local official', text: 'The toll will rise again' },
    ]);
    expect(quotesSaid('The pier will close in May, the harbour master said.')).toEqual([
      { cue: 'said', speaker: 'the harbour master', text: 'The pier will close in May' },
    ]);
  });
});

// An attribution inside another's content: "Ann Holt said the mayor told her …". The inner cue is
// part of what the outer speaker said and opens no quote of its own (news annotations attribute the
// whole clause to the outer speaker and rarely the inner one); a second attribution coordinated
// after the content, with a subject of its own, is a quote of its own. Short examples written for the
// test: a harbour town's ferry and pier.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a cue inside a reported clause', () => {
  it('is part of the outer speaker’s content, with no quote of its own', () => {
    expect(quotesSaid('Ann Holt said the mayor told her the harbour would close.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Ann Holt', text: 'the mayor told her the harbour would close' }),
    ]);
    expect(quotesSaid('The report says officials believe the levy will pass.')).toEqual([
      expect.objectContaining({ cue: 'says', speaker: 'The report', text: 'officials believe the levy will pass' }),
    ]);
    expect(quotesSaid('Ann Holt added that the harbour master had warned her the pier might collapse.')).toEqual([
      expect.objectContaining({ cue: 'added', speaker: 'Ann Holt', text: 'the harbour master had warned her the pier might collapse' }),
    ]);
  });

  it('also in a relative clause inside the content, which is then no part of it', () => {
    // News annotation leaves a nested attribution out of the content it interrupts.
    expect(quotesSaid('Tom Pike said Ann Holt, who argued that the quay was unsafe, had resigned.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Tom Pike', text: 'Ann Holt had resigned' }),
    ]);
  });

  it('and inside quoted words', () => {
    expect(quotesSaid('“Tom Pike told me the quay was safe, and he said it twice,” Ann Holt said.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Ann Holt', text: 'Tom Pike told me the quay was safe, and he said it twice,' }),
    ]);
  });
});

describe('a second attribution after the content, with a subject of its own', () => {
  it('ends the first content and is a quote of its own', () => {
    expect(quotesSaid('Velmora residents said the mayor had promised them a new ferry, but Tom Pike said no such promise was made.')).toEqual([
      expect.objectContaining({ cue: 'said', speaker: 'Velmora residents', text: 'the mayor had promised them a new ferry' }),
      expect.objectContaining({ cue: 'said', speaker: 'Tom Pike', text: 'no such promise was made' }),
    ]);
  });
});

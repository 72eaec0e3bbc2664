// A subject and its cue with an aside in dashes between them (cue-asides.ts, speaker-before.ts): a comma
// closing a phrase that opens the sentence sets off no apposition, and a quantifier after the closing
// dash floats off the subject. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { mentionOf } from '../../support/extraction.js';

describe('a subject before an aside in dashes', () => {
  it('speaks after a phrase opening the sentence', () => {
    expect(mentionOf('In the last few days, harbour union leaders — and, above all, Tom Pike — insisted that the levy be delayed.', 'the levy')).toBe(
      'harbour union leaders',
    );
    expect(mentionOf('Even if the pier reopens in May, fishermen — most of them from Velmora — said the season was lost.', 'the season')).toBe('fishermen');
  });

  it('speaks with a quantifier floated after the aside', () => {
    expect(mentionOf('The two councillors — whose party once ran the harbour — both suggested the fares be cut.', 'the fares')).toBe('two councillors');
  });

  it('keeps the apposition the aside closes', () => {
    expect(mentionOf('Ann Cole, chief executive of Fabrikam — the firm that built the pier — told reporters the deck was safe.', 'the deck')).toBe('Ann Cole');
  });
});

// A subject and its cue with an aside in dashes between them (cue-asides.ts, speaker-before.ts): a comma
// closing a phrase that opens the sentence sets off no apposition, and a quantifier after the closing
// dash floats off the subject. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { relativeClauseClose } from '../../../src/extract/relative-clause-ends.js';
import { tokenize } from '../../../src/extract/tokens.js';
import { mentionOf, quoteReadings } from '../../support/extraction.js';

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

describe('a relative clause in dashes or brackets after a name', () => {
  it('speaks for the name and ends at the closing mark', () => {
    for (const body of [
      'Mayor Tom Pike — who once said he would close the port — left Velmora on Friday.',
      'Mayor Tom Pike (who once said he would close the port) left Velmora on Friday.',
      // (Dashes written against the words, two hyphens, and a range of years before the dash.)
      'Mayor Tom Pike—who once said he would close the port—left Velmora on Friday.',
      'Mayor Tom Pike -- who once said he would close the port -- left Velmora on Friday.',
      'After the levies of 2019–21, Mayor Tom Pike — who once said he would close the port — left Velmora.',
    ])
      expect(quoteReadings(body).map((q) => [q.speaker, q.text])).toEqual([['Tom Pike', 'he would close the port']]);
  });

  it('not after a dash closing an aside: "ferry captains — like Tom Pike — who say …"', () => {
    expect(quoteReadings('Ferry captains — like Tom Pike — who say the pier is unsafe want it closed.').map((q) => q.speaker)).not.toContain('Tom Pike');
  });

  it('ends at the closing dash, past a range of years inside it', () => {
    expect(quoteReadings('Mayor Tom Pike — who said the 2019–21 levies had failed — left Velmora on Friday.').map((q) => [q.speaker, q.text])).toEqual([
      ['Tom Pike', 'the 2019–21 levies had failed'],
    ]);
  });

  it('is no clause closed by a dash after a dash closing an aside (relativeClauseClose)', () => {
    const closeOf = (sentence: string) => {
      const tokens = tokenize(sentence);
      const close = relativeClauseClose(
        tokens,
        tokens.findIndex((t) => t.text === 'said'),
        0,
      );
      return close < 0 ? null : sentence.slice(0, tokens[close]!.start);
    };
    expect(closeOf('Mayor Tom Pike — who said the pier was unsafe — left Velmora.')).toBe('Mayor Tom Pike — who said the pier was unsafe ');
    expect(closeOf('Ferry captains — like Tom Pike — who said the pier was unsafe — and soon — want it closed.')).toBeNull();
  });
});

// "reminded X of Y" and "reminded X about Y" report Y, what the speaker brought back to the mind of
// the one reminded, as what was spoken of; reminded of nothing said to anyone ("was reminded of home")
// and a likeness seen ("reminds me of") report nothing. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('what a speaker reminded someone of', () => {
  it('is what the speaker spoke of, after "of" or "about"', () => {
    expect(quotesSaid('Ann Holt reminded the audience of comments the harbour master made last year.')).toEqual([
      { cue: 'reminded', speaker: 'Ann Holt', text: 'comments the harbour master made last year' },
    ]);
    expect(quotesSaid('Tom Pike repeatedly reminded the crowd of the stakes.')).toEqual([{ cue: 'reminded', speaker: 'Tom Pike', text: 'the stakes' }]);
    expect(quotesSaid('Ann Holt, meanwhile, reminded her staff about the ferry captain’s early career.')).toEqual([
      { cue: 'reminded', speaker: 'Ann Holt', text: 'the ferry captain’s early career' },
    ]);
  });

  it('with no one reminded, or a verb before "of", reports nothing', () => {
    expect(quotesSaid('Ann Holt was reminded of her childhood in Velmora.')).toEqual([]);
    expect(quotesSaid('Tom Pike reminded everyone who came of nothing.')).toEqual([]);
    // ("reminds me of": a likeness seen, no words.)
    expect(quotesSaid('Tom Pike reminds me of a ship’s captain in a storm.')).toEqual([]);
  });

  it('still reports a clause after the one reminded', () => {
    expect(quotesSaid('Ann Holt reminded voters that the pier had closed twice.')).toEqual([
      { cue: 'reminded', speaker: 'Ann Holt', text: 'the pier had closed twice' },
    ]);
  });
});

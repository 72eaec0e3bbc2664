// The relative pronoun before a cue, past its verb group (relative-clause-ends.ts), which both the clause
// ends and the speech before a cue (speech-before-cue.ts) read. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { wordBeforeVerbGroup } from '../../../src/extract/relative-clause-ends.js';
import { tokenize } from '../../../src/extract/tokens.js';
import { quoteReadings } from '../../support/extraction.js';

/** The word before the verb group of the cue "argued" in `sentence`. */
function wordBefore(sentence: string): string | undefined {
  const tokens = tokenize(sentence);
  return tokens[
    wordBeforeVerbGroup(
      tokens,
      tokens.findIndex((t) => t.text === 'argued'),
    )
  ]?.text;
}

describe('the word before a cue’s verb group', () => {
  it('passes auxiliaries, adverbs and a year', () => {
    expect(wordBefore('Ann Holt, who argued the toll was unfair, left Harlow.')).toBe('who');
    expect(wordBefore('Ann Holt, who has long argued the toll was unfair, left Harlow.')).toBe('who');
    expect(wordBefore('The guild, which in 2019 also argued for a toll, met in Korvath.')).toBe('which');
    expect(wordBefore('Tom Pike had never argued with the board.')).toBe('Pike');
  });

  it('passes four words at the most', () => {
    expect(wordBefore('Ann Holt, who has not since then also argued it, left.')).not.toBe('who');
  });
});

describe('a cue whose subject is "who" or "which"', () => {
  it('reports nothing of the clause before its antecedent', () => {
    const readings = quoteReadings('The ferry will stop in May, according to a note from Ann Holt, who has long argued in Velmora.');
    expect(readings.map((q) => q.text)).not.toContain('The ferry will stop in May');
  });
});

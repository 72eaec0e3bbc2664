// An aside set off by commas or dashes between the cue and "that": how, where or when it was said,
// not what was said. Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { quotesAsWritten } from '../../support/extraction.js';

describe('an aside of plain words set off by commas before "that"', () => {
  it('is no part of the content: "said, per a translator, that …", "said, twice, that …"', () => {
    expect(quotesAsWritten('Tom Pike said, per a translator, that the harbour would flood.')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', text: 'that the harbour would flood' },
    ]);
    expect(quotesAsWritten('Tom Pike said, twice, that the harbour would flood.')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', text: 'that the harbour would flood' },
    ]);
    expect(quotesAsWritten('Ann Holt revealed, somewhat stiltedly, that she would vote for Tom Pike.')).toEqual([
      { cue: 'revealed', speaker: 'Ann Holt', text: 'that she would vote for Tom Pike' },
    ]);
    expect(quotesAsWritten('Tom Pike said, among other things, that the levy was unfair.')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', text: 'that the levy was unfair' },
    ]);
  });

  it('nor the narrator\'s doubt in it, which no longer ends the report: "said, without evidence, that …"', () => {
    expect(quotesAsWritten('Tom Pike also said, without evidence, that the harbour would flood.')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', text: 'that the harbour would flood' },
    ]);
  });

  it('holds a clause only after a word subordinating it', () => {
    expect(quotesAsWritten('Ann Holt warned, as the crowd cheered, that the levy would rise.')).toEqual([
      { cue: 'warned', speaker: 'Ann Holt', text: 'that the levy would rise' },
    ]);
  });
});

describe('an aside set off by dashes before "that"', () => {
  it('is no part of the content, commas and all: "said — on Velmora Radio, as it happens — that …"', () => {
    expect(quotesAsWritten('Tom Pike said — on Velmora Radio, as it happens — that the harbour would flood.')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', text: 'that the harbour would flood' },
    ]);
    expect(quotesAsWritten('Tom Pike said -- twice -- that the harbour would flood.')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', text: 'that the harbour would flood' },
    ]);
  });
});

describe('what stays', () => {
  it('"that" after a comma with no aside closed before it', () => {
    expect(quotesAsWritten('The levy is unfair, Tom Pike said, and that is why the council must act.')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', text: 'The levy is unfair, Tom Pike said, and that is why the council must act' },
    ]);
  });

  it('a clause set off by commas with no word subordinating it', () => {
    expect(quotesAsWritten('Tom Pike said, the council agreed, that the harbour would flood.').map((q) => q.text)).not.toContain(
      'that the harbour would flood',
    );
  });
});

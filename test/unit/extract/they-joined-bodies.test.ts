// "They" after two bodies or places joined by "and" opening the sentence before is the two of them,
// as it is after two persons; short examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('"they" after two bodies joined by "and"', () => {
  it('is both bodies, also after a person quoted before them', () => {
    expect(speakersOf('Velmora Bank and the Korvena Port Authority signed the deal on Friday. They said the terms would be published next week.')).toEqual([
      'Velmora Bank and Korvena Port Authority',
    ]);
    const after = 'Tom Pike said the port would grow. The Velmora Party and the Korvena League formed a coalition. “We will govern together,” they said.';
    expect(speakersOf(after)).toEqual(['Tom Pike', 'Velmora Party and Korvena League']);
  });

  it('is two places joined so', () => {
    expect(speakersOf('Norway and Iceland signed a fishing treaty on Monday. They said the quotas would be cut.')).toEqual(['Norway and Iceland']);
  });

  it('is no pair when the first is named after a verb, or a person is joined to a body', () => {
    expect(speakersOf('Fines rose. Regulators fined Velmora Bank and Korvena Shipping on Friday. They said the rules were clear.')).not.toEqual([
      'Velmora Bank and Korvena Shipping',
    ]);
    expect(speakersOf('Tom Pike and Velmora Bank signed the deal on Friday. They said the terms were fair.')).not.toEqual(['Tom Pike and Velmora Bank']);
  });

  it('leaves two persons the pair they were', () => {
    expect(speakersOf("Velmora Bank's Tom Pike and Ann Holt signed the deal. They said the terms were fair.")).toEqual(['Tom Pike and Ann Holt']);
  });
});

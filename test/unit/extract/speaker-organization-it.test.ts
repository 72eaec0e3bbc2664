// "It" as a speaker is never a person: after a firm's executive was quoted, "it" goes back to the
// organization that spoke lately. Short examples written for the test in the style of business news.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

const APPEAL = [
  'Regulators in Brenmark fined Halden Bank on Tuesday. Halden Bank said it would appeal.',
  'Chief Executive Tom Rask said the bank had done nothing wrong.',
  'It added that customers would not be affected.',
];
/** Four persons quoted since the bank spoke: the bank has left the story. */
const LONG_AGO =
  'Halden Bank said it would appeal.\n\nTom Rask said the fine was fair.\n\nAnn Lee said the bank was wrong.\n\nPaul Ives said the bank had paid.\n\nMary Holt said it was late.\n\nThe storm hit the coast. It added that roads were closed.';

describe('"it" after a person quoted since an organization spoke', () => {
  it('is the organization that spoke lately, not one that spoke long before', () => {
    expect(speakersOf(APPEAL.join('\n\n'))).toEqual(['Halden Bank', 'Tom Rask', 'Halden Bank']);
    expect(speakersOf(LONG_AGO).at(-1)).not.toBe('Halden Bank');
  });
});

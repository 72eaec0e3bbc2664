// "The companies said" after two bodies named together with "and" is the two of them, as "the two
// companies" is; "they" goes on with them. Short examples written for the test in the style of
// business news.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

const MERGER = 'Pellworth Energy and Norland Gas agreed on Monday to combine. The companies said the merger would save $500 million a year.';
const AIRLINES =
  'Skyline Air and Northjet plan to merge. The airlines said the deal would allow them to expand. In a statement, they said fares would not rise.';
/** One firm only, and another body named since the two: no pair. */
const FINED = 'Halden Bank and Brask Capital were fined by the Conduct Office. The banks said they would appeal.';

describe('a plural description of bodies named together', () => {
  it('is the two bodies "and" joined', () => {
    expect(speakersOf(MERGER).at(-1)).toBe('Pellworth Energy and Norland Gas');
    expect(speakersOf(AIRLINES).slice(-2)).toEqual(['Skyline Air and Northjet', 'Skyline Air and Northjet']);
  });

  it('is no pair when another body was named since', () => {
    expect(speakersOf(FINED).at(-1)).not.toBe('Halden Bank and Brask Capital');
  });
});

// A new attribution after a comma whose speaker is described in lower case ("ferry union leaders",
// "people familiar with the talks"), opened by "while", told in the progressive, or followed right
// away by quote marks ends the content before it, so the clause after the comma keeps its own
// speaker. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

const STORIES: Array<[string, Array<{ cue: string; speaker: string | null; text: string }>]> = [
  [
    'The mayor insisted that the levy was fair, ferry union leaders argued that it was not.',
    [
      { cue: 'insisted', speaker: 'The mayor', text: 'the levy was fair' },
      { cue: 'argued', speaker: 'ferry union leaders', text: 'it was not' },
    ],
  ],
  [
    'The harbour trust said the pier was unsafe, people familiar with the talks said.',
    [
      { cue: 'said', speaker: 'people', text: 'The harbour trust said the pier was unsafe' },
      { cue: 'said', speaker: 'The harbour trust', text: 'the pier was unsafe' },
    ],
  ],
  [
    'Ann Holt is describing the harbour plan, while Tom Pike is arguing that it will fail.',
    [
      { cue: 'describing', speaker: 'Ann Holt', text: 'the harbour plan' },
      { cue: 'arguing', speaker: 'Tom Pike', text: 'it will fail' },
    ],
  ],
  [
    'The fishermen urged the trust to wait, the workers chanted “Save our pier.”',
    [
      { cue: 'urged', speaker: 'The fishermen', text: 'the trust to wait' },
      { cue: 'chanted', speaker: 'the workers', text: 'Save our pier.' },
    ],
  ],
];

describe('a described speaker after a comma opens an attribution of its own', () => {
  it.each(STORIES)('%s', (story, expected) => expect(quotesSaid(story)).toEqual(expected));
});

// Words after the comma that go on with the content stay in it: a clause under a condition opening
// the content, an attribution set off inside it, a plural noun before a verb of another sense.
const KEPT: Array<[string, string]> = [
  ['The mayor warned that if the levy passes, residents say they will move.', 'if the levy passes, residents say they will move'],
  ['The mayor said the cuts, local teachers warn, will hurt schools.', 'the cuts, local teachers warn, will hurt schools'],
  ['Dock workers said that the plan, like the old one, runs counter to their interests.', 'the plan, like the old one, runs counter to their interests'],
];

describe('words after the comma that go on with the content', () => {
  it.each(KEPT)('%s', (story, said) => expect(quotesSaid(story)[0]?.text).toBe(said));
});

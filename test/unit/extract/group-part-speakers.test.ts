// A speaker after the cue that counts a part of a group ("a handful of residents", "one of the
// sailors") speaks as the members named after "of", as it does before the cue. Short examples
// written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const reading = (story: string, said: string) => quoteReadings(story).find((q) => q.text.includes(said));
const story = 'The ferry left Korvena at dawn.';

describe('a part of a group after the cue', () => {
  it('speaks through its members, with or without quote marks', () => {
    expect(reading(`${story} The quay will flood again, said a handful of residents who live near it.`, 'The quay will flood')?.mention).toBe(
      'a handful of residents',
    );
    expect(reading(`${story} “The ship is sinking,” said dozens of angry fishermen.`, 'The ship is sinking')?.mention).toBe('dozens of angry fishermen');
    expect(reading(`${story} The port will close, said one of the sailors.`, 'The port will close')?.mention).toBe('one of the sailors');
    expect(reading(`${story} “The port will close,” said one of Ann Holt's aides.`, 'The port will close')?.mention).toBe("one of Ann Holt's aides");
  });

  it('leaves a group without "of" and the same words before the cue as they were', () => {
    expect(reading(`${story} The port will close, said several people familiar with the plan.`, 'The port will close')?.mention).toBe('several people');
    expect(reading(`${story} One of the sailors said the port would close.`, 'the port would close')?.mention).toBe('One of the sailors');
    expect(reading(`${story} The port will close, said a spokesman for the harbour.`, 'The port will close')?.mention).toBe('a spokesman');
  });
});

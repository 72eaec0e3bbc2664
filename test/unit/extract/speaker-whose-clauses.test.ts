// A relative clause opened by "whose" on the subject, with a verb of its own before the cue, leaves
// the owner before "whose" the speaker. Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a subject with a "whose" clause', () => {
  it.each([
    ['Mayors whose budgets have been cut say the harbour is doomed.', 'Mayors', 'the harbour is doomed'],
    ['Fishermen whose boats were damaged said the storm came early.', 'Fishermen', 'the storm came early'],
    // The cue is the clause's own verb: what the town owns speaks.
    ['The town whose mayor said the pier was unsafe held a vote.', 'mayor', 'the pier was unsafe'],
  ])('%s is spoken by %s', (story, speaker, said) => {
    const [reading] = quoteReadings(story);
    expect([reading?.speaker, reading?.text.startsWith(said)]).toEqual([speaker, true]);
  });
});

// A relative clause not set off on the subject, with a verb of its own before the cue, has ended
// before the cue: the phrase it hangs from is the cue's subject and the words naming the speaker,
// not the pronoun. Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a subject with a relative clause of its own before the cue', () => {
  it.each([
    ['Fishermen who lost their boats said the storm came without warning.', 'Fishermen', 'the storm came'],
    ['Ferry captains who have crossed the strait for years say the new timetable is unsafe.', 'Ferry captains', 'the new timetable'],
    ['Economists who favour the levy agree that the change will be slow.', 'Economists', 'the change will be slow'],
    ['Councils that have backed the mayor say the harbour levy is fair.', 'Councils', 'the harbour levy is fair'],
    ['Councils that backed the mayor say the harbour levy is fair.', 'Councils', 'the harbour levy is fair'],
  ])('%s is spoken by %s, named so', (story, speaker, said) => {
    const reading = quoteReadings(story).find((q) => q.text.startsWith(said));
    expect([reading?.speaker, reading?.mention]).toEqual([speaker, speaker]);
  });

  it.each([
    // The cue is the clause's own verb: the pronoun names the speaker, as "he" does in "he said".
    ['Harbour leaders who have long said the pier was safe were wrong.', 'Harbour leaders', 'the pier was safe'],
    ['Sixty percent who say the levy is fair live in the old town.', 'Sixty percent', 'the levy is fair'],
  ])('%s is spoken by %s, named by the pronoun', (story, speaker, said) => {
    const reading = quoteReadings(story).find((q) => q.text.startsWith(said));
    expect([reading?.speaker, reading?.mention]).toEqual([speaker, story.includes(' who ') ? 'who' : 'that']);
  });

  it('keeps a name set off before its clause the speaker', () => {
    const reading = quoteReadings('Tom Reyes, who lost his boat in the storm, said the harbour was unsafe.')[0];
    expect([reading?.speaker, reading?.mention]).toEqual(['Tom Reyes', 'Tom Reyes']);
  });
});

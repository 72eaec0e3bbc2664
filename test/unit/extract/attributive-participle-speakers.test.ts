// A speech verb's participle set after a determiner qualifies the speaker's noun ("An informed
// source", "the alleged victim"): the phrase still speaks, where a past speech verb inside it is the
// verb whose object the cue is ("Ann Holt dismissed claims that …"). Short examples written for the
// test in the style of wire news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const reading = (story: string, said: string) => quoteReadings(story).find((q) => q.text.includes(said));

describe('a participle qualifying the speaker after a determiner', () => {
  it('leaves the phrase its speech', () => {
    const story = 'Tom Pike met the council in Velmora on Monday.';
    expect(reading(`${story} An informed source said the talks had stalled.`, 'the talks had stalled')?.mention).toBe('An informed source');
    expect(reading(`${story} The talks have stalled, an informed source told reporters.`, 'The talks have stalled')?.mention).toBe('an informed source');
    expect(reading(`${story} The alleged victim said the ferry had left early.`, 'the ferry had left early')?.mention).toBe('The alleged victim');
    expect(reading(`${story} A noted historian said the quay was built in 1820.`, 'the quay was built')?.mention).toBe('A noted historian');
  });

  it('keeps a past speech verb after its subject for the verb it is', () => {
    expect(reading('Ann Holt dismissed claims that the port would close.', 'the port would close')).toMatchObject({ cue: 'dismissed', speaker: 'Ann Holt' });
    expect(reading('Tom Pike denied reports that the quay was sold.', 'the quay was sold')).toMatchObject({ cue: 'denied', speaker: 'Tom Pike' });
  });
});

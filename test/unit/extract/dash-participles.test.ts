// A participle set off by a dash after the clause it goes with ("Ann Holt changed her vote – saying
// …") speaks for the sentence's subject, as one set off by a comma does (reported-speakers.ts).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../../support/extraction.js';

describe('a participle after a dash', () => {
  it('speaks for the subject of the clause before the dash', () => {
    expect(readingOf('Ann Holt changed her vote on the spot – saying she now backed the harbour plan.', 'saying')).toEqual([
      { cue: 'saying', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'she now backed the harbour plan' },
    ]);
    expect(readingOf('Tom Pike walked out of the meeting — arguing that the levy broke the town charter.', 'arguing').map((q) => q.text)).toEqual([
      'the levy broke the town charter',
    ]);
    expect(readingOf('Tom Pike walked out of the meeting - noting that the vote had been moved.', 'noting').map((q) => q.speaker)).toEqual(['Tom Pike']);
  });

  it('past an adverb after the dash', () => {
    expect(readingOf('Ann Holt left the stage early – only saying that she was relieved at the count.', 'saying').map((q) => q.text)).toEqual([
      'she was relieved at the count',
    ]);
  });

  it('a dash before a finite cue leaves its own subject to speak', () => {
    expect(readingOf('The ferry crews – and their union – said the fares were too high.', 'said').map((q) => q.mention)).toEqual(['The ferry crews']);
  });
});

// A participle joined by "and" to the participle of an absolute phrase ("…, with top officials
// underlining the risks and vowing …") has that phrase's subject, not the sentence's; a phrase with
// "with" on a noun is no absolute phrase. Stories written for the test (absolute-subjects.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const speakersFor = (body: string, cue: string) => quoteReadings(body).flatMap((q) => (q.cue === cue ? [q.speaker] : []));

describe('a participle joined to the participle of an absolute phrase', () => {
  it('goes with the subject of the phrase', () => {
    expect(
      speakersFor('The city stepped up pressure on the board, with top harbour officials underlining the risks and vowing to close the pier.', 'vowing'),
    ).toEqual(['top harbour officials']);
    expect(speakersFor('The city stepped up pressure on the board, with Tom Pike underlining the risks and vowing to close the pier.', 'vowing')).toEqual([
      'Tom Pike',
    ]);
  });

  it('"with" on a noun opens no absolute phrase', () => {
    expect(speakersFor('The mayor left the quay with her aides, smiling and saying the pier would reopen.', 'saying')).toEqual(['The mayor']);
    expect(speakersFor('The union has run ads with both papers listing the closures and calling the plan a failure.', 'calling')).not.toContain('both papers');
  });
});

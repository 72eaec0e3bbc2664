// A broadcaster or body named after "on" right before a participle cue is where the subject of the
// verb before "on" spoke ("Tom Pike was on KTV talking about …"), not the speaker; stories written
// for the test (object-participles.ts, phrase-speakers.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const speakersFor = (body: string, cue: string) => quoteReadings(body).flatMap((q) => (q.cue === cue ? [q.speaker] : []));

describe('a body after "on" before a participle cue', () => {
  it('is where the subject spoke', () => {
    expect(speakersFor('On the same day as the rally, Tom Pike was on KTV talking about what he does next.', 'talking')).toEqual(['Tom Pike']);
    expect(speakersFor('Ann Holt went on KTV saying that the pier must close.', 'saying')).toEqual(['Ann Holt']);
    expect(speakersFor('Tom Pike was on the Harbour Board arguing for a new quay.', 'arguing')).toEqual(['Tom Pike']);
  });
});

// A document sent to someone named speaks for its sender: the name before the cue, past an article
// and a time, is whom the document went to. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a document sent to a name speaks for its sender', () => {
  it('a name the document went to is no speaker', () => {
    expect(speakersOf('Tom Pike sent a two-page memo to the Velmora Herald in April explaining his plan for the pier.')).toEqual(['Tom Pike']);
    expect(speakersOf('Tom Pike sent a memo to Ann Holt explaining his plan for the pier.')).toEqual(['Tom Pike']);
    expect(speakersOf('The club sent a letter to the Velmora Council on Friday saying that the stand would close.')).toEqual(['The club']);
  });

  it('with no document before "to", the name before the cue speaks as before', () => {
    expect(speakersOf('Tom Reyes spoke to Ann Holt saying that the quay would close.')).toEqual(['Ann Holt']);
  });
});

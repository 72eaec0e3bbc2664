// A participle after a comma ("…, citing the families who pay it") has its subject before it: the
// words after it are its object, never a speaker set after the cue as in "…, said the families who
// pay it". Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a participle after an attribution', () => {
  it('leaves the quotation to the speaker before it', () => {
    // (The quotation, and what the participle reports, both the speaker's.)
    expect(speakersOf('“The levy is unfair,” Tom Reed continued, citing the many families who pay it.')).toEqual(['Tom Reed', 'Tom Reed']);
    expect(speakersOf('“We will not close the pier,” Ann Holt went on, noting the fishermen who use it each morning.')).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('still reads a speaker set after a finite cue', () => {
    expect(speakersOf('The ferry will stop in May, said two harbour officials who asked not to be named.')).toEqual(['two harbour officials']);
  });
});

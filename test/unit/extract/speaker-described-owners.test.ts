// A campaign owned by a person described ("the senator's campaign", "her rival's campaign") speaks
// for that person; a possessor named before makes "Pike's spokesman" nobody introduced later.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('described owners', () => {
  it('"the senator\'s campaign" and "her rival\'s campaign" are the persons described', () => {
    expect(speakersOf('Senator Ann Holt is running against Mayor Tom Pike. The senator’s campaign said the ferry must run.')).toEqual(['Ann Holt']);
    expect(speakersOf('Mayor Tom Pike is running against Ann Holt. The mayor’s campaign said the ferry must run.')).toEqual(['Tom Pike']);
    const rivals = 'Mayor Tom Pike is running against Senator Ann Holt. His campaign said the ferry must run. Her rival’s campaign said the vote was fair.';
    expect(speakersOf(rivals)).toEqual(['Tom Pike', 'Tom Pike']);
  });

  it('"Pike\'s spokesman" after Pike is named is no one the story names later', () => {
    const story = 'Mayor Tom Pike wants the harbour closed. Pike’s spokesman said the closure would cost 40 jobs. Holt’s lawyer said the decision was rushed.';
    expect(speakersOf(story)).toEqual(['Pike’s spokesman', 'Holt’s lawyer']);
  });
});

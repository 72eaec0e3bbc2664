// A topic reported as speech ends where the speaker's purpose opens ("in order to …", "so as to …"):
// why the words were said is no part of what they were about. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesSaid } from '../../support/extraction.js';

describe('a purpose after a topic', () => {
  it('ends the topic', () => {
    expect(quotesSaid('Tom Pike spoke about the new fares in order to calm the dockers.')).toEqual([
      { cue: 'spoke', speaker: 'Tom Pike', text: 'the new fares' },
    ]);
    expect(quotesSaid('Ann Holt complained about the ferry timetable so as to win over the fishermen.')).toEqual([
      { cue: 'complained', speaker: 'Ann Holt', text: 'the ferry timetable' },
    ]);
  });

  it('"in order of" is an order, no purpose, and the topic runs on', () => {
    expect(quotesSaid('Tom Pike spoke about the new rules in order of importance.')).toEqual([
      { cue: 'spoke', speaker: 'Tom Pike', text: 'the new rules in order of importance' },
    ]);
  });
});

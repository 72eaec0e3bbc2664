// "He’s said …", "who’s argued that …": after "he", "she" or "who", the clitic "’s" before a cue
// reporting a clause or an object is "has", not the passive's "is" (cue-guards.ts).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../../support/extraction.js';

describe('a clitic "’s" before a cue after a person', () => {
  it('is "has" when the cue reports a clause', () => {
    expect(readingOf('Tom Pike runs the ferry. He’s said the winter timetable will stay.', 'said')).toEqual([
      { cue: 'said', speaker: 'Tom Pike', mention: 'He', text: 'the winter timetable will stay' },
    ]);
    expect(readingOf("Ann Holt chairs the council. She's argued that the levy is too low.", 'argued').map((q) => q.text)).toEqual(['the levy is too low']);
  });

  it('after "who", the antecedent speaks', () => {
    expect(readingOf('The levy was backed by Ann Holt, who’s argued that the pier should close.', 'argued').map((q) => q.speaker)).toEqual(['Ann Holt']);
  });

  it('is "has" before the one told', () => {
    expect(readingOf('Tom Pike runs the ferry. He’s told the crews that the timetable will stay.', 'told').map((q) => q.text)).toEqual([
      'the timetable will stay',
    ]);
  });

  it('stays the passive where the one spoken to or of is the subject, and no one speaks after "it"', () => {
    expect(readingOf('Tom Pike runs the ferry. He’s told that the timetable will change.', 'told')).toEqual([]);
    expect(readingOf('Tom Pike runs the ferry. He’s said to be weighing a run for mayor.', 'said')).toEqual([]);
    expect(readingOf('It’s said that the levy will pass.', 'said')).toEqual([]);
  });

  it('is "has" before "that" for a verb whose passive takes no listener, and past when it was said', () => {
    expect(readingOf('Tom Pike runs the ferry. He’s said that the winter timetable will stay.', 'said').map((q) => q.text)).toEqual([
      'the winter timetable will stay',
    ]);
    expect(readingOf('The levy was backed by Ann Holt, who’s argued for months that the pier should close.', 'argued').map((q) => q.speaker)).toEqual([
      'Ann Holt',
    ]);
    expect(readingOf('Tom Pike runs the ferry. He’s warned that the timetable will change.', 'warned')).toEqual([]);
  });
});

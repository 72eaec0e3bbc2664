// A past participle opening the sentence ("Asked whether …,", "Pressed on the levy,") opens a clause
// of its own; the subject is the one after it, also for a cue joined to another verb by "and". Short
// examples written for the test.
import { describe, expect, it } from 'vitest';
import { saidAndSpeakers } from '../../support/extraction.js';

describe('a past participle opening the sentence', () => {
  it('leaves the subject after it to speak for a cue joined by "and"', () => {
    expect(saidAndSpeakers("Asked on Monday whether Tom Pike would stay on, Ann Holt frowned and said, ''No.''")).toContainEqual(['No.', 'Ann Holt']);
    expect(saidAndSpeakers('Pressed on the Velmora levy, Tom Pike smiled and said: “Wait and see.”')).toContainEqual(['Wait and see.', 'Tom Pike']);
  });

  it('is no given name opening a subject', () => {
    expect(saidAndSpeakers('Jared Holt, the harbour master, smiled and said: “Wait and see.”')).toContainEqual(['Wait and see.', 'Jared Holt']);
  });
});

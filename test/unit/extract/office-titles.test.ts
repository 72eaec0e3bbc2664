// A title naming its office with "of" ("Secretary of State", "Minister of Foreign Affairs") stands
// before a person's name as any title does: the person opening the clause or set off by commas
// speaks; past such an office, a body's name is no subject ("The dean of Velmora’s law school");
// stories written for the test (clause-subjects.ts, name-index.ts, phrase-heads.ts).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../../support/extraction.js';

describe('a title naming its office with "of"', () => {
  it('before the name opening the clause', () => {
    expect(readingOf('Former Secretary of State Ann Holt drew a contrast, saying that the ferry plan would fail.', 'saying')).toEqual([
      { cue: 'saying', speaker: 'Ann Holt', mention: 'Ann Holt', text: 'the ferry plan would fail' },
    ]);
    expect(readingOf('Minister of Transport Tom Pike left the quay, saying the fares would rise.', 'saying').map((q) => q.speaker)).toEqual(['Tom Pike']);
  });

  it('before a name set off after a description', () => {
    expect(
      readingOf(
        'But the other candidate on the stage, former Secretary of State Ann Holt, drew a contrast, saying that the ferry plan would fail.',
        'saying',
      ).map((q) => q.speaker),
    ).toEqual(['Ann Holt']);
  });

  it('past an office, a body is no subject', () => {
    expect(
      readingOf('The dean of Velmora’s Harbour College has published a letter disputing the claims of the board.', 'disputing').map((q) => q.mention),
    ).toEqual(['The dean']);
  });
});

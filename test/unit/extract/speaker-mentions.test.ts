// The words naming the speaker in the passage (the speaker's mention): the relative pronoun the
// cue's clause opens with, "who" in "Barkley, who said", as "he" is in "he said".
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../support/extraction.js';

const mentionsOf = (body: string) => extractBody(body).quotes.map((q) => [q.speaker.name, q.speaker.mention?.text ?? null]);

describe('speaker mentions', () => {
  it('a relative pronoun opening the cue’s clause is the mention of the name it stands for', () => {
    expect(mentionsOf('Dan Barkley, who said he usually votes Democratic, backed the mayor.')).toEqual([['Dan Barkley', 'who']]);
    expect(mentionsOf('The bill was opposed by Senator Ann Holt, who on Tuesday warned that it would fail.')).toEqual([['Ann Holt', 'who']]);
    expect(mentionsOf('Akiko Mori, chief economist at Daiwa Research, who has long argued that rates must rise, was cautious.')).toEqual([
      ['Akiko Mori', 'who'],
    ]);
    expect(mentionsOf('Rep. Tom Cole, who’d previously endorsed the governor, said nothing.')).toEqual([['Tom Cole', 'who']]);
  });

  it('a pronoun in a clause of its own before the cue is no mention of the speaker', () => {
    expect(mentionsOf('Ann Holt met Tom Reyes. He praised those who left but said the campaign must go on.')).toEqual([['Tom Reyes', 'He']]);
    expect(mentionsOf('Governor Ann Holt said that the plan would fail.')).toEqual([['Ann Holt', 'Ann Holt']]);
  });
});

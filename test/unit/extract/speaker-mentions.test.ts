// The words naming the speaker in the passage (the speaker's mention): the relative pronoun the
// cue's clause opens with, "who" in "Barkley, who said", as "he" is in "he said".
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../support/extraction.js';

const mentionsOf = (body: string) => extractBody(body).quotes.map((q) => [q.speaker.name, q.speaker.mention?.text ?? null]);

describe('speaker mentions', () => {
  it('a relative pronoun opening the cue’s clause is the mention of the name it stands for', () => {
    expect(mentionsOf('Dan Barkley, who said he usually votes Democratic, met the mayor.')).toEqual([['Dan Barkley', 'who']]);
    expect(mentionsOf('The bill was opposed by Senator Ann Holt, who on Tuesday warned that it would fail.')).toEqual([['Ann Holt', 'who']]);
    expect(mentionsOf('Akiko Mori, chief economist at Daiwa Research, who has long argued that rates must rise, was cautious.')).toEqual([
      ['Akiko Mori', 'who'],
    ]);
    expect(mentionsOf('Rep. Tom Cole, who’d previously endorsed the governor, said nothing.')).toEqual([['Tom Cole', 'who']]);
  });

  it('a relative pronoun set off after the name stays the mention past an aside, a joined verb or a floated "both"', () => {
    // (a ferry line to be cut, and the islanders who spoke against it)
    expect(mentionsOf('Ferry skipper Anna Lind, who, after a long day at the quay with Mr. Reyes, said the fares were too high.')).toEqual([
      ['Anna Lind', 'who'],
    ]);
    expect(mentionsOf('Ann Vale, who answered her door on Sunday afternoon and said she would vote, smiled.')).toEqual([['Ann Vale', 'who']]);
    expect(mentionsOf('Mayor Tom Lowe, who has both endorsed the timetable and criticized the operator, left.')).toEqual([
      ['Tom Lowe', 'who'],
      ['Tom Lowe', 'who'],
    ]);
  });

  it('a pronoun in a clause of its own before the cue is no mention of the speaker', () => {
    expect(mentionsOf('Ann Holt met Tom Reyes. He praised those who left but said the campaign must go on.')).toEqual([['Tom Reyes', 'He']]);
    expect(mentionsOf('Governor Ann Holt said that the plan would fail.')).toEqual([['Ann Holt', 'Ann Holt']]);
  });

  describe('a quotation paragraph going on with the speech before', () => {
    const lead = 'Keeper Ann Holt retired on Friday after forty years at the Skerry light.\n\n';
    it('is named by the attribution of that speech', () => {
      expect(mentionsOf(`${lead}“The lamp never failed once,” she said.\n\nThe light will be run from the mainland.\n\n“I will miss the gulls.”`)).toEqual([
        ['Ann Holt', 'she'],
        ['Ann Holt', 'she'],
      ]);
    });

    it('is named by a pronoun of the speaker opening the narration just before it', () => {
      expect(
        mentionsOf(`${lead}“The lamp never failed once,” Holt said.\n\nShe then turned to the board’s plans.\n\n“A machine cannot read the sea.”`),
      ).toEqual([
        ['Ann Holt', 'Holt'],
        ['Ann Holt', 'She'],
      ]);
    });

    it('is named by the person the narration before it introduces', () => {
      expect(
        mentionsOf(`${lead}“The lamp never failed once,” she said.\n\nHarbour master Tom Reyes watched from the quay.\n\n“She kept us all safe.”`),
      ).toEqual([
        ['Ann Holt', 'she'],
        ['Tom Reyes', 'Tom Reyes'],
      ]);
    });
  });
});

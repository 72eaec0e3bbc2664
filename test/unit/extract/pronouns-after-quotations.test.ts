// The sentences inside a quotation that runs over several sentences are its speaker's words, not
// narration after it: a person named as the subject of one of them is no one a "he" or "she" opening
// the next passage refers to, nor a body named so one that "it" does; the speaker goes on
// (speech-history.ts, pronoun-speakers.ts, it-and-they-speakers.ts).
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a pronoun after a quotation of several sentences', () => {
  it('a person named as the subject of the quotation\'s last sentence is not who "he" is', () => {
    expect(
      speakersOf(
        'Mayor Tom Reyes faces his rival Carl Brandt in May.\n\nReyes said, “We lose because of the ferry levy.”\n\nHe continued, “The levy is bad. Carl Brandt is ruining the harbour.”\n\nHe added, “Now the pier will close.”',
      ),
    ).toEqual(['Tom Reyes', 'Tom Reyes', 'Tom Reyes']);
    expect(
      speakersOf(
        'Councillor Ann Holt won the seat.\n\n“Velmora has been hurt by this budget. Rita Kemp stands for more of the same,” she said.\n\n“Our town deserves better,” she added.',
      ),
    ).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('a body named as the subject of the quotation\'s last sentence is not what "it" is', () => {
    expect(
      speakersOf(
        'The Velmora Dockers Union met on Monday.\n\nThe union said, “Pay is too low. Harlow Shipping must pay more.”\n\nIt added, “We will strike in May.”',
      ),
    ).toEqual(['Velmora Dockers Union', 'Velmora Dockers Union']);
  });

  it('a person made the subject in narration after the quotation still is', () => {
    expect(
      speakersOf(
        'Councillor Ann Holt won the seat.\n\n“Our town deserves better,” she said.\n\nRita Kemp conceded on Tuesday. “The voters have spoken,” she said.',
      ),
    ).toEqual(['Ann Holt', 'Rita Kemp']);
  });
});

// A paragraph that is only a quotation, signed by the line after it ("- Ann Holt."), as fact checks
// and quotes of the day set them. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The direct quotes as [speaker name, content]. */
const directQuotes = (text: string) =>
  extract(text)
    .quotes.filter((q) => q.kind === 'DIRECT')
    .map((q) => [q.speaker.name, q.text]);

/** The direct quotes as [speaker name, the texts of their parts]. */
const partsBySpeaker = (text: string) =>
  extract(text)
    .quotes.filter((q) => q.kind === 'DIRECT')
    .map((q) => [q.speaker.name, q.parts.map((p) => p.text)]);

describe('a quotation paragraph signed by the line after it', () => {
  it('is said by the name after the dash, not by the person the narration before was about', () => {
    const text =
      'Fact check: the Velmora debate.\n\nTom Pike voted for the bridge in the end.\n\n"I will look into it. I don\'t know the status."\n\n- Ann Holt.\n\n' +
      'Holt has been looking into it a long time.\n\n"The council pays zero taxes."\n\n- Pike.\n\nThis is a complex issue.';
    expect(directQuotes(text)).toEqual([
      ['Ann Holt', "I will look into it. I don't know the status."],
      ['Tom Pike', 'The council pays zero taxes.'],
    ]);
  });

  it('reads a title before the name and words after it', () => {
    const text =
      'Quotable.\n\n"He can have briefings," Tom Pike said on Monday.\n\n"Great speech. She is tested. She is ready."\n\n-Mayor Ann Holt, tweeting after the speech.\n\n' +
      '"The whole idea of a crooked council needs to stop."\n\n-Jack Reed, Velmora.';
    expect(directQuotes(text)).toEqual([
      ['Tom Pike', 'He can have briefings,'],
      ['Ann Holt', 'Great speech. She is tested. She is ready.'],
      ['Jack Reed', 'The whole idea of a crooked council needs to stop.'],
    ]);
  });

  it('leaves a quotation paragraph with no signature going on with the speaker before', () => {
    // (The paragraph is joined to the quote before it, one quote in two parts.)
    const text = 'Ferry row.\n\n"The ferry is too slow," Ann Holt said on Monday.\n\n"We need a second boat."\n\nTom Pike, the mayor, disagreed.';
    expect(partsBySpeaker(text)).toEqual([['Ann Holt', ['The ferry is too slow,', 'We need a second boat.']]]);
  });

  it('leaves a long paragraph after a dash as narration, no signature', () => {
    const text =
      'Ferry row.\n\n"The ferry is too slow," Ann Holt said on Monday.\n\n"We need a second boat."\n\n- Tom Pike, the mayor, has long argued that the council cannot pay for a second boat this year.';
    expect(partsBySpeaker(text)).toEqual([['Ann Holt', ['The ferry is too slow,', 'We need a second boat.']]]);
  });
});

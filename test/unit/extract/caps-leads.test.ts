// A newsletter's item headline in capitals opening a paragraph that runs on in ordinary case, on stories
// written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`The harbour letter\n\n${body}`);

describe('a headline in capitals opening a paragraph', () => {
  it('names no body of its words', () => {
    const poll = namesIn('FERRY POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Ann Holt and Tom Pike write that the polls closed too soon.');
    expect(poll).toEqual(['PERSON:Ann Holt', 'PERSON:Tom Pike']);
    const toll = namesIn('HARBOUR TOLLS RISE AGAIN AS TRADERS PROTEST The toll rose by a third on Monday.');
    expect(toll).toEqual([]);
  });

  it('keeps the names the story gives, and the story reads on from the word after it', () => {
    const race = namesIn('ANN HOLT IS FEELING THE HEAT As the race tightens in Velmora, Tom Pike said his rival was worried. Ann Holt said nothing.');
    expect(race).toContain('PERSON:ANN HOLT');
    expect(race).toContain('PERSON:Ann Holt');
    expect(race).toContain('PERSON:Tom Pike');
    expect(race.some((m) => /HEAT|As$/u.test(m))).toBe(false);
  });

  it('leaves acronyms opening a sentence as they were', () => {
    expect(namesIn('FBI, CIA AND NSA officials met in Velmora on Monday.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:FBI', 'ORGANIZATION:CIA', 'ORGANIZATION:NSA']),
    );
  });
});

// Descriptions that name their person: a name in apposition after the cue, whatever noun heads the
// description, and a people's name of two words.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('descriptions that name their person', () => {
  it('"said the trust’s ranger, Gemma Rowe." is Rowe, though no role list holds "ranger"', () => {
    expect(speakersOf('The trust manages the islands. “We would not have known,” said the trust’s ranger, Gemma Rowe.')).toEqual(['Gemma Rowe']);
    expect(speakersOf('Terns returned this year. “It was a good day,” said the island warden, Tom Bell.')).toEqual(['Tom Bell']);
  });

  it('"said the head of the delegation, Pierre Lamarque." is Lamarque: past what the description is of, for or at', () => {
    const story = 'Talks went on late. Mark Dalton said the talks had been useful. “We will not be rushed,” said the head of the delegation, Pierre Lamarque.';
    expect(speakersOf(story)).toEqual(['Mark Dalton', 'Pierre Lamarque']);
    const letter =
      'Talks went on late. Mark Dalton said the talks had been useful. “We will not be rushed,” wrote the ambassador at the time, Ines Farrow, in a cable.';
    expect(speakersOf(letter)).toEqual(['Mark Dalton', 'Ines Farrow']);
    const client = 'Talks went on late. Mark Dalton said the talks had been useful. “We will appeal,” said a lawyer for the family of Tom Reyes.';
    expect(speakersOf(client).at(-1)).not.toBe('Tom Reyes');
  });

  it('"the New Zealander" is the person the text is about, as "the German" is', () => {
    const story = 'England coach Brendon McCullum said the dismissal was against the spirit of the game. “I would not have done it,” the New Zealander said.';
    expect(speakersOf(story)).toEqual(['Brendon McCullum', 'Brendon McCullum']);
  });

  it('"The South Korean firm said" is the firm named before: a people\'s name of two words names no firm of its own', () => {
    const story =
      'SEOUL - Hanjin Marine reported a jump in quarterly profit on Thursday. The South Korean firm said it expected demand for tankers to stay strong.';
    expect(speakersOf(story).at(-1)).toBe('Hanjin Marine');
    const second = 'Kopano Platinum cut its output forecast after floods. The South African miner said two shafts would stay shut until June.';
    expect(speakersOf(second).at(-1)).toBe('Kopano Platinum');
  });
});

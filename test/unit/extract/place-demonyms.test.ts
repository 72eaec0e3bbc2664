// A demonym no list holds of a place the story names ("Velmoran" after "Velmora") refers to that
// place; it is no name of its own, and the person it describes speaks. Examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { speakersOf } from '../../support/extraction.js';

const names = (text: string) => extract(text).entities.map((e) => `${e.type} ${e.name}`);

describe('demonyms of places the story names', () => {
  it('are no organization, and the official they describe speaks', () => {
    const talks = 'Tom Pike spoke in Velmora on Monday. A Velmoran official said the talks had failed for good.';
    expect(names(talks)).not.toContain('ORGANIZATION Velmoran');
    expect(speakersOf(talks)).toEqual(['A Velmoran official']);
    expect(speakersOf('Voters in Ohio went to the polls on Tuesday. Many Ohioans said the economy mattered most.')).toEqual(['Ohioans']);
  });

  it('leave a name that only ends so, and a word of a place the story does not name', () => {
    expect(speakersOf('Ann Morgan visited Velmora on Monday. Morgan said the talks had failed for good.')).toEqual(['Ann Morgan']);
    expect(speakersOf('Tom Pike spoke on Monday. A Korvenan official said the talks had failed for good.')).toEqual(['A Korvenan official']);
  });
});

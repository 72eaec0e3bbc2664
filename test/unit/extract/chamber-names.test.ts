// A chamber or the ministry named for its building, called by one word after "the", on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const namesOf = (text: string) => recognizeEntities(layout(`Capital notes\n\n${text}`)).map((e) => `${e.type}:${e.name}`);

describe('"the" and a chamber\'s or ministry\'s one word name the body', () => {
  it('inside the sentence, where the word alone reads as an ordinary noun or a shape', () => {
    expect(namesOf('Ann Holt called for a shake-up at the Pentagon after the raid.')).toEqual(['PERSON:Ann Holt', 'ORGANIZATION:Pentagon']);
    expect(namesOf('The levy passed the House on Friday, Tom Pike said.')).toEqual(['ORGANIZATION:House', 'PERSON:Tom Pike']);
    expect(namesOf('Ann Holt will ask the Senate to vote on the levy.')).toContain('ORGANIZATION:Senate');
  });
  it('while longer names keep their own types', () => {
    expect(namesOf('Marta Vell joined Kelvo House in 1990.')).not.toContain('ORGANIZATION:House');
    expect(namesOf('Tom Pike spoke at the White House on Friday.')).toContain('LOCATION:White House');
  });
});

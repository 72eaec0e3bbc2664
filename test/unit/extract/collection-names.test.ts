// A museum's, a gallery's or a library's name holding "and" is one name; on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { joinsCollectionsName, namesCollectionWithAnd } from '../../../src/extract/entities/collection-names.js';
import { tokenize } from '../../../src/extract/tokens.js';
import { typedNames } from '../../support/extraction.js';

const namesOf = (body: string) => typedNames(`Harbour museum notes\n\n${body}`);

describe('a collection named for two things joined by "and"', () => {
  it('is one name, up to the word that ends it', () => {
    expect(namesOf('The capsule will go to the National Sea and Sky Museum next spring.')).toContain('LOCATION:National Sea and Sky Museum');
    expect(namesOf('The Velmora Arts and Crafts Gallery opened in May.')).toContain('ORGANIZATION:Velmora Arts and Crafts Gallery');
  });
  it('also after a museum the story named with "Museum" first', () => {
    const names = namesOf('Ann Holt visited the Museum of Tides. The boat goes to the National Sea and Sky Museum, and the Kelvo Rope Museum.');
    expect(names).toContain('LOCATION:National Sea and Sky Museum');
    expect(names.some((n) => n.endsWith(':Sky Museum'))).toBe(false);
  });
  it('leaves two collections named whole on either side of "and" apart', () => {
    const names = namesOf('Tom Pike took his children to the Velmora Museum and Harlow Gallery.');
    expect(names).toContain('LOCATION:Velmora Museum');
    expect(names.some((n) => n.includes('Museum and'))).toBe(false);
  });
  it('by the words on either side of "and"', () => {
    expect(joinsCollectionsName(tokenize('National Sea'), ['Sky', 'Museum'])).toBe(true);
    expect(joinsCollectionsName(tokenize('Velmora Museum'), ['Harlow', 'Gallery'])).toBe(false);
    expect(joinsCollectionsName(tokenize('Ann Holt'), ['Sky', 'Museum'])).toBe(false);
    expect(joinsCollectionsName(tokenize('Kelvo Sea'), ['Museum'])).toBe(false);
    expect(namesCollectionWithAnd(['Kelvo', 'Rope', 'and', 'Sail', 'Library'])).toBe(true);
    expect(namesCollectionWithAnd(['Kelvo', 'Library'])).toBe(false);
  });
});

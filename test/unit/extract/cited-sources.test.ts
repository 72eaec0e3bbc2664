// An unknown word alone after "according to" is a body cited, where the model sees no name: stories written
// for the test (a harbour site's rankings).
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('an unknown word cited after "according to"', () => {
  it('is a body, here and where the story names it again', () => {
    expect(typedNames('Web\n\nThe ferry site is the 135th most popular in Velmora, according to Velstat. Velstat ranks it above its rivals.')).toEqual([
      'LOCATION:Velmora',
      'ORGANIZATION:Velstat',
      'ORGANIZATION:Velstat',
    ]);
  });

  it('a surname of a person named before stays the person', () => {
    const names = typedNames('Web\n\nAnn Holt runs the ferry site. It gets a million visits a month, according to Holt.');
    expect(names).toEqual(['PERSON:Ann Holt', 'PERSON:Holt']);
  });
});

// Names the rules call bodies that end in an acronym ("Pro-Velmora DAB"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`Council results\n\n${body}`);

describe('a body’s name ending in an acronym', () => {
  it('is no person where the model reads one', () => {
    expect(namesIn('Ann Holt of the Labour Party lost. Pro-Velmora DAB’s Starry Lee and Holden Chow were elected.')).toContain('ORGANIZATION:Pro-Velmora DAB');
    expect(namesIn('James To won. Pro-Velmora NPF’s Starry Lee was elected.')).toEqual([
      'PERSON:James To',
      'ORGANIZATION:Pro-Velmora NPF',
      'PERSON:Starry Lee',
    ]);
    expect(namesIn('The vote went well. Pro-reform KMT’s Ann Lee won.')).toContain('ORGANIZATION:Pro-reform KMT');
  });

  it('leaves a person whose surname is written in capitals as they were', () => {
    expect(namesIn('The vote went well. Dr Ann LEE won.')).toEqual(['PERSON:Ann LEE']);
  });
});

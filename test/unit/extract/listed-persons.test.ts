// A name listed beside persons named in full ("Dora Kessling and Jurgen Newton"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { nameMentionsOf, typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`A gallery opens\n\n${body}`);

describe('a name listed beside a person named in full', () => {
  it('is a person too where its first word is a given name or a word the lexicon does not know', () => {
    expect(namesIn('Dora Kessling and Jurgen Newton showed prints.')).toEqual(['PERSON:Dora Kessling', 'PERSON:Jurgen Newton']);
    expect(nameMentionsOf('The gallery shows prints by Dora Kessling and Anselm Newton.')).toContain('PERSON:Anselm Newton');
  });

  it('leaves a body the story names as one elsewhere, and bodies listed together', () => {
    expect(namesIn('Tom Pike and Lockheed Martin signed the deal. Lockheed Martin said it would build the jets.')).not.toContain('PERSON:Lockheed Martin');
    expect(namesIn('Analysts at Morgan Stanley and Goldman Sachs said so.')).toEqual(['ORGANIZATION:Morgan Stanley', 'ORGANIZATION:Goldman Sachs']);
  });
});

// Names ending in an abstract noun no family name ends like ("-hood", "-iness", "-tions"), on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a name ending in an abstract noun, with no given name', () => {
  it('is no person for speaking', () => {
    expect(typedNames('Clinics\n\nSafe Parenthood said the clinics in Velmora would stay open.')).toContain('ORGANIZATION:Safe Parenthood');
    expect(typedNames('Raids\n\nCoastal Operations said the raids on the harbour had ended.')).toEqual(['ORGANIZATION:Coastal Operations']);
  });

  it('not even with a person named in the story beside it', () => {
    expect(typedNames('Clinics\n\nSafe Parenthood said the clinics would stay open. Its director, Ann Holt, said the state had cut its grants.')).toEqual([
      'ORGANIZATION:Safe Parenthood',
      'PERSON:Ann Holt',
    ]);
  });

  it('leaves persons whose family names end in "-ance", "-ence" or "-ment", or who have a given name', () => {
    expect(typedNames('Court\n\nBeryl Remblance said the ruling was fair. Tom Clement said so too.')).toEqual(['PERSON:Beryl Remblance', 'PERSON:Tom Clement']);
    expect(typedNames('Court\n\nMayor Ann Kindness said the ruling was late.')).toContain('PERSON:Ann Kindness');
  });
});

describe('a name ending in an abstract noun no place ends with', () => {
  it('is no place where it stands: a body for several words', () => {
    expect(typedNames('Clinics\n\nLawmakers voted to cut funds for Safe Parenthood. Many women come to Safe Parenthood for care.')).toEqual([
      'ORGANIZATION:Safe Parenthood',
      'ORGANIZATION:Safe Parenthood',
    ]);
  });

  it('leaves the places whose names end in "-ship" or "-tion"', () => {
    expect(typedNames('Trains\n\nHe lives in Lower Merion Township, near the river.')).toEqual(['LOCATION:Lower Merion Township']);
  });
});

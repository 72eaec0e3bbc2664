// A place's name and a paper's word after "the" name a newspaper; on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesOf = (body: string) => typedNames(`Harbour press notes\n\n${body}`);

describe('a place’s paper', () => {
  it('is a body, though the place is a given name too', () => {
    expect(namesOf('Ann Holt told the Charlotte Observer that she would run for the harbour board.')).toContain('ORGANIZATION:Charlotte Observer');
  });
  it('also with a paper’s word that is an ordinary word', () => {
    expect(namesOf('Tom Pike told the Harlow Courier that he would resign.')).toContain('ORGANIZATION:Harlow Courier');
    expect(namesOf('Tom Pike wrote to the Harlow Standard about the ferry.')).toContain('ORGANIZATION:Harlow Standard');
  });
  it('also cited after a dash, before its date', () => {
    expect(namesOf('“Ferry papers found on a Velmora street” — Harlow Star, August 16, 2008.')).toContain('ORGANIZATION:Harlow Star');
  });
  it('not an ordinary word without the place', () => {
    expect(namesOf('An independent observer watched the Harlow vote.')).toEqual(['LOCATION:Harlow']);
  });
});

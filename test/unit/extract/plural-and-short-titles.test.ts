// "Pres." and titles of two or more names before a surname, on stories written for the test.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../support/extraction.js';

const personsIn = (body: string) =>
  extractBody(body)
    .entities.filter((e) => e.type === 'PERSON')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('a title before a surname the story names in full', () => {
  it('"Pres." is no word of the name, which joins its bearer', () => {
    expect(personsIn('Ann Holt opened the quay. Later, Pres. Holt claimed a new era for the harbour.')).toEqual(['Ann Holt: Ann Holt | Holt']);
  });

  it('a title of two or more names is none of the first name', () => {
    expect(personsIn('Tom Pike spoke. The policies of Presidents Pike and Lamb hurt the harbour.')).toContain('Tom Pike: Tom Pike | Pike');
    expect(personsIn('Ann Holt and Ray Cole voted. Together, Senators Holt and Cole blocked the levy.')).toContain('Ann Holt: Ann Holt | Holt');
  });

  it('a plural title with no name after it stays in a body’s name', () => {
    const body = 'Ann Holt spoke to the Conference of Presidents of Velmoran Harbours on Monday.';
    expect(extractBody(body).entities.some((e) => e.name === 'Presidents')).toBe(false);
  });
});

// What a naming verb's object was called when that is an adjective: "called the plan reckless",
// "called him divisive", "calls himself pro-choice".
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const said = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => [q.text, q.speaker.name]);

describe('an object and the adjective it was called', () => {
  it('a pronoun or a determined object, then an adjective the lexicon may not know', () => {
    expect(said('Ann Holt called him divisive.')).toEqual([['him divisive', 'Ann Holt']]);
    expect(said('Ann Holt called the plan reckless.')).toEqual([['the plan reckless', 'Ann Holt']]);
    expect(said('Ann Holt called the new harbour plan reckless.')).toEqual([['the new harbour plan reckless', 'Ann Holt']]);
    expect(said("Tom Pike called Korvena's dispute with the agency unusual.")).toEqual([["Korvena's dispute with the agency unusual", 'Tom Pike']]);
    expect(said('Tom Pike calls himself pro-choice.')).toEqual([['himself pro-choice', 'Tom Pike']]);
    expect(said('Ann Holt called the moves deeply unconstitutional.')).toEqual([['the moves deeply unconstitutional', 'Ann Holt']]);
  });

  it('what was called ends at its adjective', () => {
    expect(said('Tom Pike called the vote unfair and said he would appeal.')).toEqual([
      ['the vote unfair', 'Tom Pike'],
      ['he would appeal', 'Tom Pike'],
    ]);
    expect(said('The mayor called the actions lawful, and said there was no attempt to hide them.').map((q) => q[0])).toEqual([
      'the actions lawful',
      'there was no attempt to hide them',
    ]);
  });

  it('adjectives joined by "and" stay whole, and a role is no adjective', () => {
    expect(said('Tom Pike called the charges unsubstantiated and fabricated by former staff.').map((q) => q[0])).toEqual([
      'the charges unsubstantiated and fabricated by former staff',
    ]);
    expect(said('Tom Pike called the executive, Ann Holt, “a rare talent”.').map((q) => q[0])).toEqual(['the executive, Ann Holt, “a rare talent”']);
  });

  it('a time, a place or a particle after the object names nothing', () => {
    expect(said('Ann Holt called him back.')).toEqual([]);
    expect(said('Ann Holt called her at one point.')).toEqual([]);
    expect(said('Ann Holt called the meeting to order.')).toEqual([]);
    expect(said('Tom Pike called the nursing home that he owned.')).toEqual([]);
  });
});

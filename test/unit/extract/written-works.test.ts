// What "wrote" reports with a noun phrase for object: a work that carries a message is speech, a
// work only named is none.
import { describe, expect, it } from 'vitest';
import { sureQuotes as sure } from '../../support/extraction.js';

describe('a work written', () => {
  it('a work only named is no speech: a book, a letter to someone, a dissertation, an introduction', () => {
    expect(sure('Tom Pike wrote a book about Velmora.')).toEqual([]);
    expect(sure('Tom Pike wrote a children’s book.')).toEqual([]);
    expect(sure('Tom Pike wrote a letter to the council.')).toEqual([]);
    expect(sure('Tom Pike wrote the letter on Monday to the mayor of Korvena.')).toEqual([]);
    expect(sure('Ann Holt wrote her dissertation on river trade in Korvena.')).toEqual([]);
    expect(sure('Ann Holt wrote the introduction for a new book.')).toEqual([]);
    expect(sure('Tom Pike wrote a book that inspired the film.')).toEqual([]);
  });

  it('a work that tells what it said is speech: a verb of speech on it, a stance against or for', () => {
    expect(sure('Ann Holt wrote an op-ed urging voters to reject the levy.')).toEqual([['wrote', 'Ann Holt', 'an op-ed urging voters to reject the levy']]);
    expect(sure('Tom Pike wrote a letter to the council asking it to drop the levy.')).toEqual([
      ['wrote', 'Tom Pike', 'a letter to the council asking it to drop the levy'],
    ]);
    expect(sure('Ann Holt wrote a letter congratulating the volunteers.')).toEqual([['wrote', 'Ann Holt', 'a letter congratulating the volunteers']]);
    expect(sure('Ann Holt wrote an op-ed that mocked the mayor.')).toEqual([['wrote', 'Ann Holt', 'an op-ed that mocked the mayor']]);
    expect(sure('Ann Holt wrote a blog post against the mayor.')).toEqual([['wrote', 'Ann Holt', 'a blog post against the mayor']]);
    expect(sure('Ann Holt wrote a letter in support of the levy.')).toEqual([['wrote', 'Ann Holt', 'a letter in support of the levy']]);
  });

  it('a work of opinion or judgement on a topic, and a work whose name is its message, are speech', () => {
    expect(sure('Ann Holt wrote an opinion piece about the strike.')).toEqual([['wrote', 'Ann Holt', 'an opinion piece about the strike']]);
    expect(sure('Ann Holt wrote a column on the harbour levy.')).toEqual([['wrote', 'Ann Holt', 'a column on the harbour levy']]);
    expect(sure('Tom Pike wrote an assessment of the ferry contracts.')).toEqual([['wrote', 'Tom Pike', 'an assessment of the ferry contracts']]);
    expect(sure('Ann Holt wrote a scathing dissent.')).toEqual([['wrote', 'Ann Holt', 'a scathing dissent']]);
    expect(sure('Ann Holt wrote a memoir of her years in office.')).toEqual([['wrote', 'Ann Holt', 'a memoir of her years in office']]);
    expect(sure('Tom Pike wrote a bill that would ban fishing in the bay.')).toEqual([['wrote', 'Tom Pike', 'a bill that would ban fishing in the bay']]);
  });

  it('a clause or quoted words after "wrote" stay what was written', () => {
    expect(sure('Ann Holt wrote that the levy was unfair.')).toEqual([['wrote', 'Ann Holt', 'the levy was unfair']]);
    expect(sure('Ann Holt wrote the levy was unfair.')).toEqual([['wrote', 'Ann Holt', 'the levy was unfair']]);
    expect(sure('A student wrote the Velmora Times, a weekly, that the team was booed.')).toEqual([
      ['wrote', 'A student', 'the Velmora Times, a weekly, that the team was booed'],
    ]);
    expect(sure('The trouble, Ann Holt wrote, began in the spring.')).toEqual([['wrote', 'Ann Holt', 'The trouble began in the spring']]);
  });
});

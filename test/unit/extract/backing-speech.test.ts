// "Backed", "backs" and "backing" as a stance taken on a candidate or a measure, reported as
// "endorsed" and "supported" are; and the uses of "back" that take no stance.
import { describe, expect, it } from 'vitest';
import { sureQuotes as sure } from '../../support/extraction.js';

describe('backing a candidate or a measure', () => {
  it('"backed", "backs" and "is backing" report what is backed, held by the subject', () => {
    expect(sure('Senator Tom Pike backed the harbour levy.')).toEqual([['backed', 'Tom Pike', 'the harbour levy']]);
    expect(sure('Mayor Ann Holt backs a ban on ferry tolls.')).toEqual([['backs', 'Ann Holt', 'a ban on ferry tolls']]);
    expect(sure('Tom Pike, the harbour master, is backing Ann Holt.')).toEqual([['backing', 'Tom Pike', 'Ann Holt']]);
  });

  it('a body backs as it endorses: "The Velmora Fishermen’s Union backed her"', () => {
    expect(sure('Ann Holt ran for mayor of Velmora. The Velmora Fishermen’s Union backed her.')).toEqual([['backed', 'Velmora Fishermen’s Union', 'her']]);
  });

  it('backing away, down or off, a passive and the noun take no stance', () => {
    expect(sure('Tom Pike backed away from the harbour levy.')).toEqual([]);
    expect(sure('Ann Holt backed down after the vote.')).toEqual([]);
    expect(sure('The harbour levy was backed by Tom Pike.')).toEqual([]);
    expect(sure('Ann Holt won the backing of the Velmora council.')).toEqual([]);
    expect(sure('The truck backed into a wall in Korvena.')).toEqual([]);
  });

  it('a backing inside what someone said is no report of its own', () => {
    expect(sure('Tom Pike said Ann Holt had backed the harbour levy.')).toEqual([['said', 'Tom Pike', 'Ann Holt had backed the harbour levy']]);
  });
});

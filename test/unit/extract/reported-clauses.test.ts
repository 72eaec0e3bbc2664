// "reportedly" marks its clause as a report passed on from a source the sentence does not name: the
// clause, its subject with it, is a quote with no speaker; the words said leave the cue out
// (cue-inside-content.test.ts). Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extractBody, quotesSaid } from '../../support/extraction.js';

/** The quote of nobody named, with "reportedly" for cue. */
const passedOn = (text: string) => ({ cue: 'reportedly', speaker: null, text });

describe('a clause with "reportedly"', () => {
  it('is a quote of nobody named, its subject with it', () => {
    expect(quotesSaid('The mill in Velmora has reportedly cut two hundred jobs since May.')).toEqual([
      passedOn('The mill in Velmora has cut two hundred jobs since May'),
    ]);
    expect(quotesSaid('After the vote, Tom Pike reportedly left Korvena for good.')).toEqual([passedOn('Tom Pike left Korvena for good')]);
  });

  it('takes in the clause before a verb joined to it, which shares its subject', () => {
    expect(quotesSaid('Ann Holt is a singer, but has reportedly quit the band.')).toEqual([passedOn('Ann Holt is a singer, but has quit the band')]);
  });

  it('ends a clause in brackets at its bracket', () => {
    expect(quotesSaid('Before the vote (her team has reportedly hired a coach) Ann Holt was calm.')).toEqual([passedOn('her team has hired a coach')]);
  });

  it('leaves the clause to a cue of its own', () => {
    expect(quotesSaid('Tom Pike reportedly said, "We will win."')).toEqual([{ cue: 'said', speaker: 'Tom Pike', text: 'We will win.' }]);
    expect(quotesSaid('Tom Pike reportedly told aides that he would run.')).toEqual([{ cue: 'told', speaker: 'Tom Pike', text: 'he would run' }]);
  });

  it('reports nothing with no subject of its own, in a relative clause, or in an embedded post', () => {
    expect(quotesSaid('Crowds gathered in Velmora, reportedly chanting his name.')).toEqual([]);
    expect(quotesSaid('The envoy, who reportedly left on Monday, was silent.')).toEqual([]);
    expect(quotesSaid('Tom Pike reportedly wants a rematch https://t.co/abc')).toEqual([]);
  });
});

// "The ferry board is expected to raise fares": a clause expected by nobody named is passed on as a
// "reportedly" one is, its subject with it, and held as a belief (act BELIEF), not said.
describe('a clause with a passive "expected" and "to"', () => {
  const expected = (text: string) => ({ cue: 'expected', speaker: null, text });

  it('is a belief of nobody named, its subject with it', () => {
    expect(quotesSaid('The ferry board is expected to raise its fares in April.')).toEqual([expected('The ferry board to raise its fares in April')]);
    expect(quotesSaid('Tom Pike is not expected to attend the harbour gala.')).toEqual([expected('Tom Pike is not expected to attend the harbour gala')]);
    expect(quotesSaid('A rival bidder could be expected to resist the sale.')).toEqual([expected('A rival bidder to resist the sale')]);
    expect(extractBody('The ferry board is expected to raise its fares in April.').quotes.map((q) => q.act)).toEqual(['BELIEF']);
  });

  it('ends at the first mark after it, and a relative clause opens at its pronoun', () => {
    expect(quotesSaid('The quay council is widely expected to approve the lease, ending a long dispute.')).toEqual([
      expected('The quay council to approve the lease'),
    ]);
    expect(quotesSaid('The vote, which is expected to pass easily, comes on Monday.')).toEqual([expected('which to pass easily')]);
  });

  it('is nothing without "be" before it, and yields to a cue around it', () => {
    expect(quotesSaid('As expected, the quay council approved the lease.')).toEqual([]);
    expect(quotesSaid('Ann Holt expected to win the harbour seat.')).toEqual([]);
    expect(quotesSaid('Officials said the lease is expected to pass.')).toEqual([{ cue: 'said', speaker: 'Officials', text: 'the lease is expected to pass' }]);
  });
});

// "The ferry chief was accused of taking bribes": a charge or a judgement made in the passive by
// nobody named is passed on as a "reportedly" clause is, its subject and what it was for with it.
describe('a charge or a judgement in the passive with no "by"', () => {
  const judged = (cue: string, text: string) => ({ cue, speaker: null, text });

  it('is a quote of nobody named, from its subject to what it was for', () => {
    expect(quotesSaid('The ferry chief was accused of taking bribes from a shipyard.')).toEqual([
      judged('accused', 'The ferry chief of taking bribes from a shipyard'),
    ]);
    expect(quotesSaid('Two harbour clerks were charged with forgery in Korvena.')).toEqual([judged('charged', 'Two harbour clerks with forgery in Korvena')]);
    expect(quotesSaid('Ann Holt has been widely criticized for closing the pier.')).toEqual([judged('criticized', 'Ann Holt for closing the pier')]);
    expect(quotesSaid('Tom Pike was declared the winner of the harbour seat.')).toEqual([judged('declared', 'Tom Pike the winner of the harbour seat')]);
    expect(extractBody('The ferry chief was accused of taking bribes.').quotes.map((q) => q.act)).toEqual(['SPEECH']);
  });

  it('ends at the first mark after it, and a relative clause opens at its pronoun', () => {
    expect(quotesSaid('The mayor, who was charged with fraud in 2010, resigned on Monday.')).toEqual([judged('charged', 'who with fraud in 2010')]);
    expect(quotesSaid('Tom Pike was blamed for the delays, but he stayed on.')).toEqual([judged('blamed', 'Tom Pike for the delays')]);
  });

  it('is nothing with a modal or a negation, with a subject that names no one, without "be", or without what it was for', () => {
    expect(quotesSaid('The ferry chief could be charged with forgery.')).toEqual([]);
    expect(quotesSaid('Tom Pike has never been accused of any wrongdoing.')).toEqual([]);
    expect(quotesSaid("Ann Holt wasn't charged with anything.")).toEqual([]);
    expect(quotesSaid('Neither clerk was charged with forgery.')).toEqual([]);
    expect(quotesSaid('The accused clerk stayed silent in court.')).toEqual([]);
    expect(quotesSaid('The battery was charged overnight.')).toEqual([]);
  });

  it('yields to the speaker after "by" and to the active voice', () => {
    expect(quotesSaid('Tom Pike was criticized by the union for closing the pier.')).toEqual([
      { cue: 'criticized', speaker: 'the union', text: 'Tom Pike for closing the pier' },
    ]);
    expect(quotesSaid('Ann Holt accused Tom Pike of lying.')).toEqual([{ cue: 'accused', speaker: 'Ann Holt', text: 'Tom Pike of lying' }]);
  });
});

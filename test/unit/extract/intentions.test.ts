// Intentions held, reported as beliefs are: a verb of intention ("wants", "plans", "intends",
// "sought", "decided", "hopes") with "to" and a verb after it, the infinitive its content and the
// verb's subject its holder, marked BELIEF; never a noun phrase after the verb, a noun of the same
// spelling or advice after a modal, and never in place of speech reported in or around it. Short
// examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** The quotes the contract emits for an article whose first line is its headline, as [act, speaker surface, text]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE).map((q) => [q.act, q.speaker.mention?.text ?? null, q.text]);
}

describe('a verb of intention before "to" and a verb', () => {
  it('reports the infinitive as a belief of its subject', () => {
    expect(quotesOf('The harbour council wants to sell the old quay.')).toEqual([['BELIEF', 'The harbour council', 'to sell the old quay']]);
    expect(quotesOf('Mayor Ann Holt plans to run for a third term.')).toEqual([['BELIEF', 'Ann Holt', 'to run for a third term']]);
    expect(quotesOf('The ferry company sought to calm its investors.')).toEqual([['BELIEF', 'The ferry company', 'to calm its investors']]);
    expect(quotesOf('Tom Reyes decided not to appeal the ruling.')).toEqual([['BELIEF', 'Tom Reyes', 'not to appeal the ruling']]);
    expect(quotesOf('The bishop hopes to reopen the chapel by Easter.')).toEqual([['BELIEF', 'The bishop', 'to reopen the chapel by Easter']]);
  });

  it('not a noun phrase after the verb, a noun of the same spelling, nor advice after a modal', () => {
    expect(quotesOf('The board wanted a recount.')).toEqual([]);
    expect(quotesOf("The ferry line's plans to open a route to Tarvik were dropped.")).toEqual([]);
    expect(quotesOf('Her plan to close the baths was dropped.')).toEqual([]);
    expect(quotesOf('Rival bidders may want to reconsider.')).toEqual([]);
    expect(quotesOf('The harbour board sought to a ruling from the court.')).toEqual([]);
  });

  it('yields to speech reported in or around it', () => {
    expect(quotesOf('Ann Holt sought to assure investors that the quay was safe.')).toEqual([['SPEECH', 'Ann Holt', 'the quay was safe']]);
    expect(quotesOf('The mayor intends to stay in office, his aide said.')).toEqual([['SPEECH', 'his aide', 'The mayor intends to stay in office']]);
    expect(quotesOf('Ann Holt said she wants to stay.')).toEqual([['SPEECH', 'Ann Holt', 'she wants to stay']]);
  });

  it('is no words of anyone, so a quotation after it goes on with the quotation before it', () => {
    const x = extract(
      'Test article\n\n"You cannot blame the mayor for the tolls," said Ann Holt, a nurse from Tarvik. A newcomer to the town, she plans to vote next month. "It is not fair."',
    );
    const said = x.quotes.find((q) => q.act === 'SPEECH')!;
    expect(said.parts.map((p) => p.text)).toEqual(['You cannot blame the mayor for the tolls,', 'It is not fair.']);
    expect(x.quotes.filter((q) => q.act === 'BELIEF').map((q) => q.text)).toEqual(['to vote next month']);
  });
});

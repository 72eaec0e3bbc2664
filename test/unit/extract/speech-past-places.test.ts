// Reported speech whose content comes after a place, a listener, a phrase on a speech noun or a long
// object: "said in London it would …", "told investors in Perth the company …", "gave his verdict on the
// refereeing on Saturday: …", "called the remarks about a judge “racist.”". Short examples written for
// the test in the style of wire copy, business and sports reports.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The quotes of an article whose first line is its headline: cue and the content's span. */
function quotesOf(body: string) {
  const text = `Test article\n\n${body}`;
  return extract(text).quotes.map((q) => ({ cue: q.cue?.text ?? null, text: text.slice(q.start, q.end) }));
}

describe('a place named after the cue, before a clause with no "that"', () => {
  it('is where it was said, and the clause what was said', () => {
    expect(quotesOf('The bank said in London it would cut about 600 jobs this year.')).toEqual([
      { cue: 'said', text: 'it would cut about 600 jobs this year' },
    ]);
    expect(quotesOf('Chief executive Meg Ollis told investors in Perth on Tuesday the company had committed extra gas to local buyers.')).toEqual([
      { cue: 'told', text: 'the company had committed extra gas to local buyers' },
    ]);
    expect(quotesOf('Ollis told an investor briefing in Perth the company had committed extra gas to local buyers.')).toEqual([
      { cue: 'told', text: 'the company had committed extra gas to local buyers' },
    ]);
  });

  it('not when no clause follows the place', () => {
    expect(quotesOf('The minister spoke in Brussels on the budget and said in Paris nothing new.')).not.toContainEqual(
      expect.objectContaining({ text: expect.stringMatching(/^nothing new/u) }),
    );
  });
});

describe('a speech noun given with a phrase on what and when, then a colon', () => {
  it('reports the clause after the colon', () => {
    expect(quotesOf('Rovers manager Grant Keane gave his verdict on the refereeing on Saturday: the decision had cost his side two points.')).toEqual([
      { cue: 'verdict', text: 'the decision had cost his side two points' },
    ]);
    expect(quotesOf('The chair, Priya Nand, gave her verdict on the affair outside court on Wednesday: the charity had lost the trust of donors.')).toEqual([
      { cue: 'verdict', text: 'the charity had lost the trust of donors' },
    ]);
  });
});

describe('an object and the quoted name it was called', () => {
  it('reports speech in marks of two apostrophes and past a possessive', () => {
    expect(quotesOf("The candidate called it ''predatory.''")).toEqual([{ cue: 'called', text: "it ''predatory.''" }]);
  });

  it('after a longer object', () => {
    expect(quotesOf('The Speaker called the remarks about a Latino judge “racist.”')).toEqual([
      { cue: 'called', text: 'the remarks about a Latino judge “racist.”' },
    ]);
    expect(quotesOf('The director called Ms. Hale’s use of a private email server “extremely careless.”')).toEqual([
      { cue: 'called', text: 'Ms. Hale’s use of a private email server “extremely careless.”' },
    ]);
  });
});

// "The company" goes back to the company a story is about, not one it quotes someone from ("an
// analyst at Peel Hunt"), and never to a place a person comes from ("a widow from Salford").
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { namedAsPlace, namedAsWorkplace, namedBeforeCommentator } from '../../../src/extract/affiliation.js';

describe('how a name stands in its sentence', () => {
  const at = (text: string, name: string) => text.indexOf(name);
  it('a workplace follows a role or a person and "at", "of" or "with"', () => {
    const text = 'said Tom Briggs, an analyst at Peel Hunt, and Ann Roe of Bergen University; shares of Harlow Foods rose';
    const person = (pos: number) => text.slice(0, pos).endsWith('Ann Roe');
    expect(namedAsWorkplace(text, at(text, 'Peel Hunt'), person)).toBe(true);
    expect(namedAsWorkplace(text, at(text, 'Bergen University'), person)).toBe(true);
    expect(namedAsWorkplace(text, at(text, 'Harlow Foods'), person)).toBe(false);
  });

  it('a name coordinated with a workplace is one too', () => {
    const text = 'Representatives for Carlyle Group and KKR did not respond; a spokesman at Ford, GM or Stellantis declined; talks with Apex and Brio went on';
    const nobody = () => false;
    for (const name of ['KKR', 'GM', 'Stellantis']) expect(namedAsWorkplace(text, at(text, name), nobody)).toBe(true);
    expect(namedAsWorkplace(text, at(text, 'Brio'), nobody)).toBe(false);
  });

  it('a workplace stands before a commentator’s role, not before an officer’s', () => {
    const text = 'said Carrow Capital analyst Ann Roe and Harlow Foods chief executive Tom Reyes';
    const end = (name: string) => at(text, name) + name.length;
    expect(namedBeforeCommentator(text, end('Carrow Capital'))).toBe(true);
    expect(namedBeforeCommentator(text, end('Harlow Foods'))).toBe(false);
  });

  it('a place follows "from" or "in"', () => {
    const text = 'an 84-year-old widow from Salford met Acme staff';
    expect(namedAsPlace(text, at(text, 'Salford'))).toBe(true);
    expect(namedAsPlace(text, at(text, 'Acme'))).toBe(false);
  });
});

describe('speakers given by a company word', () => {
  it('the company a story is about, not where an analyst it quotes works', () => {
    expect(
      speakersOf(
        'Harlow Foods said profit rose 14 percent. "This is a relief rally," said Anna Lindqvist, head of equities at Carrow Capital. ' +
          'According to the company, online sales now account for a fifth of revenue.',
      ),
    ).toEqual(['Harlow Foods', 'Anna Lindqvist', 'Harlow Foods']);
  });

  it('nor where an analyst named after the firm works', () => {
    expect(
      speakersOf(
        'Harlow Foods said profit rose 14 percent. "This is a relief rally," said Carrow Capital analyst Anna Lindqvist. ' +
          'The company said online sales now account for a fifth of revenue.',
      ),
    ).toEqual(['Harlow Foods', 'Anna Lindqvist', 'Harlow Foods']);
  });

  it('nor a firm whose representatives it names beside another', () => {
    expect(
      speakersOf(
        'Veloz Motors is exploring a sale of its truck unit. Representatives for Carlyle Group and KKR did not respond. ' +
          'Sales fell 18 percent last year, the company said.',
      ),
    ).toEqual(['Veloz Motors']);
  });

  it("a public body goes back to no lawyer's firm and no business", () => {
    expect(speakersOf('"It was set up to fail," said Kevin Barrow, a lawyer at Barrow & Lane. The plan would cost 300 jobs, according to the union.')).toEqual([
      'Kevin Barrow',
      'the union',
    ]);
    expect(speakersOf("Nordvik Air cut 12 routes. The pilots' union said it had not been consulted. The ministry said it was following the talks.")).toEqual([
      "The pilots' union",
      'The ministry',
    ]);
  });

  it('an unnamed bank is no town a victim came from', () => {
    expect(
      speakersOf('One victim, a widow from Brimley, said she was glad the case was over. The bank said it had repaid all affected customers in full.'),
    ).toEqual(['One victim', 'The bank']);
  });
});

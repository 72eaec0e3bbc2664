// A results table's rows name players beside players: a name of two words the model makes a body of, standing
// where the rows beside it name persons in full, is a person's. Rows written for the test.
import { describe, expect, it } from 'vitest';
import { personsListedTogether } from '../../../src/extract/entities/listed-persons.js';
import type { TypedCandidate } from '../../../src/extract/entities/typed-candidates.js';

/** Names of a text, each with the type the model gave it. */
type Names = Array<[string, TypedCandidate['type']]>;

/** The candidates of `text` for the names given with their types, as the typer passes see them. */
function typedIn(text: string, names: Names): TypedCandidate[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    const c = { start, end: from, text: name, words: name.split(' '), prev: text[start - 1] === '(' ? '(' : '', next: text[from] === ')' ? ')' : '' };
    return { c, type, headline: false, caps: false } as unknown as TypedCandidate;
  });
}
const retyped = (text: string, names: Names) => {
  const typed = typedIn(text, names);
  personsListedTogether(text, typed, () => false);
  return typed.map((t) => `${t.type}:${t.c.text}`);
};

describe('a results table’s rows', () => {
  it('make a name between players a player: "vs." and a country in brackets between', () => {
    const draw = 'Piet Janssen (Netherlands) vs. Luca Moro (Italy)\nNiklo Varentz (Sweden) vs. Tomas Brenner (Germany)';
    const names: Names = [
      ['Piet Janssen', 'PERSON'],
      ['Netherlands', 'LOCATION'],
      ['Luca Moro', 'PERSON'],
      ['Italy', 'LOCATION'],
      ['Niklo Varentz', 'ORGANIZATION'],
      ['Sweden', 'LOCATION'],
      ['Tomas Brenner', 'PERSON'],
      ['Germany', 'LOCATION'],
    ];
    expect(retyped(draw, names)).toContain('PERSON:Niklo Varentz');
  });

  it('and scores', () => {
    const golf = '70 Ann Holt (Canada), Niklo Varentz\n71 Tom Pike';
    const names: Names = [
      ['Ann Holt', 'PERSON'],
      ['Canada', 'LOCATION'],
      ['Niklo Varentz', 'ORGANIZATION'],
      ['Tom Pike', 'PERSON'],
    ];
    expect(retyped(golf, names)).toContain('PERSON:Niklo Varentz');
  });

  it('but a club in brackets after a player stays the club, and words between rows keep them apart', () => {
    const squad = 'Tom Pike (Dynamo Brisk), Ann Holt (Velk United)';
    const names: Names = [
      ['Tom Pike', 'PERSON'],
      ['Dynamo Brisk', 'ORGANIZATION'],
      ['Ann Holt', 'PERSON'],
    ];
    expect(retyped(squad, names)).toContain('ORGANIZATION:Dynamo Brisk');
    const prose = 'Tom Pike met officials of Niklo Varentz on 12 May';
    expect(
      retyped(prose, [
        ['Tom Pike', 'PERSON'],
        ['Niklo Varentz', 'ORGANIZATION'],
      ]),
    ).toContain('ORGANIZATION:Niklo Varentz');
  });
});

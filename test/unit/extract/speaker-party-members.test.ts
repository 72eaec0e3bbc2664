// A party's member described by the party ("the Conservative said", "the Labour politician added") is
// the person the text was about, not the party; and a party is no "company".
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('speakers described by their party', () => {
  it('"the Conservative", "the Tory" after a named councillor or candidate is that person', () => {
    expect(speakersOf('Councillor Rhona Pike chaired the vote. “This was not an easy decision,” the Conservative said.')).toEqual(['Rhona Pike']);
    expect(speakersOf('Mr Dalgleish conceded shortly after 3am. “It has been a hard night for my party,” the Tory said.')).toEqual(['Dalgleish']);
    expect(speakersOf('Local councillor Ewan Sharp said residents were shocked. The Conservative added that more patrols were needed.')).toEqual([
      'Ewan Sharp',
      'Ewan Sharp',
    ]);
  });

  it('"the Labour politician" is the person named before, not Labour', () => {
    expect(speakersOf('Council leader Joan Pryce said contingency plans were in place. The Labour politician added: “We cannot go back.”')).toEqual([
      'Joan Pryce',
      'Joan Pryce',
    ]);
  });

  it('a party is no company a later "the company" goes back to', () => {
    expect(
      speakersOf(
        'Bryant Homes Ltd wants to build 400 houses. Councillor Rhona Pike opposed the plan. “It is wrong,” the Conservative said. The company said in a statement it was disappointed.',
      ),
    ).toEqual(['Rhona Pike', 'Bryant Homes Ltd']);
  });
});

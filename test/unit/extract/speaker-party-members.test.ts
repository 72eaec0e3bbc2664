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
        'Bryant Homes Ltd wants to build 400 houses. Councillor Rhona Pike voted against the plan. “It is wrong,” the Conservative said. The company said in a statement it was disappointed.',
      ),
      // (the first holds the intention "to build 400 houses", the second her vote against the plan)
    ).toEqual(['Bryant Homes Ltd', 'Rhona Pike', 'Rhona Pike', 'Bryant Homes Ltd']);
  });
});

describe('pairs and sides described by role', () => {
  it('"the two chief executives", "both foreign ministers" are the pair named before; "two players" are others', () => {
    expect(
      speakersOf(
        'Ben Ardern, Shell’s chief executive, said the takeover would help. BG’s chief executive, Helge Lund, said the offer was fair. The two chief executives said they expected the deal to close next year.',
      ),
    ).toEqual(['Ben Ardern', 'Helge Lund', 'Ben Ardern and Helge Lund']);
    expect(speakersOf('Ann Holt met Tom Weller in Rome. Both foreign ministers said the talks had gone well.')).toEqual(['Ann Holt and Tom Weller']);
  });

  it('"for the prosecution" or "for the defence" in a fronted phrase gives counsel’s role', () => {
    const story =
      'Liam Corrigan, 34, denies murder. Opening the case for the prosecution at Manchester Crown Court, Paul Greaney KC said the two men had argued. ' +
      'For the defence, Caroline Wade said her client had acted in self-defence. “This was not a moment of madness,” the prosecutor told the jury.';
    expect(speakersOf(story)).toEqual(['Paul Greaney', 'Caroline Wade', 'Paul Greaney']);
  });
});

// A people named in the plural is no one's name, on stories written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings, typedNames, namesOf } from '../../support/extraction.js';

describe('a people in the plural', () => {
  it('is no person, by its descent, faith or party, nor by a place the story names', () => {
    expect(namesOf('Tarnby votes\n\nClinton leads Pike among Latinos, who will play a big role. Hispanics made up 2 in 10 voters.')).not.toContain(
      'PERSON:Latinos',
    );
    expect(namesOf('Velmora votes\n\nTom Pike leads among Velmorans, who will play a big role in Velmora.')).toEqual(['LOCATION:Velmora', 'PERSON:Tom Pike']);
    expect(namesOf('Tarnby votes\n\nTom Pike said things about Latinos. He said Latinos love him.')).toEqual(['PERSON:Tom Pike']);
  });
  it('while surnames in the plural and titled names stay persons', () => {
    expect(namesOf('Harbour row\n\nTom Pike sued Ann Sanders. Sanders said Phillips lied.')).toEqual([
      'PERSON:Tom Pike',
      'PERSON:Ann Sanders',
      'PERSON:Phillips',
    ]);
  });
  it('is no body nor place either, wherever the typer put it', () => {
    expect(namesOf('Pike row\n\nTom Pike has offended women, Hispanics, and veterans. The party has become more hostile to Latinos, said Ann Holt.')).toEqual([
      'PERSON:Tom Pike',
      'PERSON:Ann Holt',
    ]);
    expect(
      namesOf('Pike row\n\nTom Pike tweeted: "I love Hispanics!" Many Latinos have said his story falls flat. Millennials have a message for him.'),
    ).toEqual(['PERSON:Tom Pike']);
  });
  it('while a party or a body named with more words stays one', () => {
    expect(namesOf('Velmora vote\n\nTom Pike of the Velmora Democratic Party said the Republican Party would lose. The Democrats met in Tarnby.')).toEqual([
      'ORGANIZATION:Velmora Democratic Party',
      'PERSON:Tom Pike',
      'ORGANIZATION:Republican Party',
      'LOCATION:Tarnby',
    ]);
  });
});

describe("a party's members named by which of them", () => {
  it('is no person nor body after a chamber, a state or a leader', () => {
    expect(typedNames('Ferry bill\n\nSenate Democrats blocked the ferry bill, and House Republicans vowed to try again.')).toEqual([]);
    expect(typedNames('Ferry bill\n\nTom Pike courted Velmora Republicans and Pike Democrats in Tarnby.')).toEqual(['PERSON:Tom Pike', 'LOCATION:Tarnby']);
    expect(typedNames('Ferry bill\n\nHouse and Senate Republicans met Ann Holt.')).toEqual(['PERSON:Ann Holt']);
  });
  it('while a party named by the words parties take stays a party', () => {
    expect(typedNames('Ferry bill\n\nThe Free Democrats opposed the ferry bill.')).toEqual(['ORGANIZATION:Free Democrats']);
  });
  it('and a body named as of or for the members is a body, and its initials with it', () => {
    expect(typedNames('Rent row\n\nAli Kerrou, a spokesman for the Movement of Velmoran Democrats (MVD), said a bailiff came. The MVD owes rent.')).toEqual([
      'PERSON:Ali Kerrou',
      'ORGANIZATION:Movement of Velmoran Democrats',
      'ORGANIZATION:MVD',
      'ORGANIZATION:MVD',
    ]);
    expect(typedNames('Rent row\n\nAli Kerrou of the Alliance for Harbour Republicans paid the rent.')).toEqual([
      'PERSON:Ali Kerrou',
      'ORGANIZATION:Alliance for Harbour Republicans',
    ]);
  });
  it('speaks with the words that say which of them', () => {
    expect(quoteReadings('Senate Democrats said the ferry bill was dead.')).toMatchObject([{ speaker: 'Senate Democrats', mention: 'Senate Democrats' }]);
    expect(quoteReadings('“It is dead,” House and Senate Republicans said.')).toMatchObject([{ speaker: 'House and Senate Republicans' }]);
    expect(quoteReadings('But Republicans said the ferry bill was dead.')).toMatchObject([{ speaker: 'Republicans' }]);
  });
});

// Words around a name that are no part of it or that make it whole: an adverb opening a sentence,
// a branch or body's word closing a name made around "the", a cycling team named after its
// sponsors' country and brands. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { typedNames } from '../../support/extraction.js';

describe('an adverb made from an adjective, opening a sentence', () => {
  it('opens no name', () => {
    expect(typedNames('Profile\n\nAner Shalev writes novels. Currently Shalev is a professor.')).toEqual(['PERSON:Aner Shalev', 'PERSON:Shalev']);
    expect(typedNames('Profile\n\nOriginally Kowalczyk trained as a nurse.')).not.toContain('PERSON:Originally Kowalczyk');
  });

  it('a surname in "-ly" stays a name', () => {
    expect(typedNames('Talks\n\nKelly Daly said the talks had failed.')).toEqual(['PERSON:Kelly Daly']);
  });
});

describe('a name made around "the"', () => {
  it('runs on with the branch’s place or a body’s word after it', () => {
    expect(typedNames('Aid\n\nSeparately, Save the Children UK said malnutrition was rising.')).toEqual(['ORGANIZATION:Save the Children UK']);
    expect(typedNames('Climate\n\nFriends of the Earth Scotland said the target was missed.')).toEqual(['ORGANIZATION:Friends of the Earth Scotland']);
    expect(typedNames('Protest\n\nThe Stop the War Coalition marched on Saturday.')).toEqual(['ORGANIZATION:Stop the War Coalition']);
  });
});

describe('cycling teams', () => {
  it('named after a country and "Team" are one team', () => {
    expect(typedNames('Tour\n\nTadej Pogacar of UAE Team Emirates won the stage.')).toContain('ORGANIZATION:UAE Team Emirates');
  });

  it('with a brand spelt after a hyphen are no person', () => {
    expect(typedNames('Tour\n\nRiders from EF Education-EasyPost missed the break.')).toEqual(['ORGANIZATION:EF Education-EasyPost']);
    expect(typedNames('Tennis\n\nMaliVai Edwards beat the top seed. Edwards said he was happy.')).toContain('PERSON:MaliVai Edwards');
  });
});

describe('sides named after two places', () => {
  it('a town, "and", a small town and a side’s word before a verb are one side, named by its first town too', () => {
    const side = recognizeEntities(layout('Football\n\nBrighton and Hove Albion slipped to ninth on Sunday. Brighton manager Ian Ford was calm.'));
    const named = side.find((e) => e.name === 'Brighton and Hove Albion');
    expect(named?.mentions.map((m) => m.text)).toEqual(['Brighton and Hove Albion', 'Brighton']);
    // A large city's side after "and" is a side of its own.
    expect(typedNames('Football\n\nEverton and Leicester City lost on Saturday.')).toEqual(['ORGANIZATION:Everton', 'ORGANIZATION:Leicester City']);
  });

  it('a word, "of" and a region before a result are one side; a country or a large city says where a side is from', () => {
    expect(typedNames('Football\n\nHeart of Midlothian beat Motherwell 3-0 at home.')).toEqual(['ORGANIZATION:Heart of Midlothian', 'ORGANIZATION:Motherwell']);
    const visitors = typedNames('Basketball\n\nTeamsystem of Italy beat Olimpija of Ljubljana 80-71.');
    expect(visitors).toContain('LOCATION:Italy');
    expect(visitors).not.toContain('ORGANIZATION:Teamsystem of Italy');
    expect(typedNames('Palace\n\nThe Duke of Kent won praise for the visit.')).not.toContain('ORGANIZATION:Duke of Kent');
  });
});

describe('a competition in a sports report', () => {
  it('is no place nor body', () => {
    const report = typedNames(
      'Basketball\n\nIn the Big Twelve, Baylor beat Kansas 70-64 to end the season, and in the Big East St John’s beat Xavier 81-77 at the Garden.',
    );
    expect(report.some((m) => m.includes('Big'))).toBe(false);
    expect(typedNames('Rugby\n\nIn the Gallagher Premiership, Bristol beat Sale 30-12 to go top by two points.')).not.toContain(
      'LOCATION:Gallagher Premiership',
    );
  });
});

describe('a word a mark puts first in a sentence or clause', () => {
  // A council election: a candidate quoted in two apostrophes, an aside in brackets, a headline's colon.
  it('opens no name when it is a conjunction, a preposition or a question word', () => {
    const race =
      'Council race\n\nAnn Holt spoke at the mill in Dayton on Monday. ' +
      "''If Weller wins, the mill will close,'' she said. (After Riverside News reported her remarks, Tom Weller called them false.)";
    const found = typedNames(race);
    expect(found).toEqual(expect.arrayContaining(['PERSON:Weller', 'ORGANIZATION:Riverside News']));
    expect(found.filter((m) => /If |After /u.test(m))).toEqual([]);
    const math = 'The county math: Why Dayton and Xenia are so important to Holt\n\nAnn Holt spoke at the mill in Dayton on Monday.';
    expect(typedNames(math)).not.toContain('PERSON:Why Dayton');
    expect(typedNames(math).filter((m) => m.endsWith(':Dayton')).length).toBe(2);
    // A given name the lexicon knows as a modal stays one.
    expect(typedNames('Mill\n\nThe mill will close. [Will Pike, the union organiser, said the workers were told on Monday.]')).toContain('PERSON:Will Pike');
  });
});

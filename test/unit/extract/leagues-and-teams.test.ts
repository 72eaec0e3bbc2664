// Competitions and the sides and teams in them as sports news names them; stories written for the test.
import { describe, expect, it } from 'vitest';
import { isSportsReport } from '../../../src/extract/entities/sports-reports.js';
import { entitiesOf, namesOf as named } from '../../support/extraction.js';

describe('leagues, sides and teams', () => {
  it('a league named in its own language is the competition, no place nor body ("scored 14 goals in Serie A")', () => {
    const text =
      'Transfer\n\nThe Uruguayan forward scored 14 goals in Serie A last season and will play in La Liga from July. ' +
      'He joined Ligue 1 side Brest in 2021, and Bundesliga clubs had also asked about him.';
    const found = named(text);
    for (const league of ['Serie A', 'Serie', 'La Liga', 'Ligue 1', 'Ligue', 'Bundesliga'])
      for (const type of ['LOCATION', 'ORGANIZATION', 'PERSON']) expect(found).not.toContain(`${type}:${league}`);
    expect(found).toContain('ORGANIZATION:Brest');
    // A league that acts is its body.
    expect(named('Appeal\n\nLa Liga said on Tuesday it would appeal against the ruling.')).toContain('ORGANIZATION:La Liga');
  });

  it('the name a results line puts between an entrant’s nationality and the time is the team ("(Canada), Lorca Honda, 51.204")', () => {
    const race =
      'MOTOR RACING - QUALIFYING AT LAKEVIEW.\nLAKEVIEW, Ohio 2025-06-14\nQualifying times for the race:\n' +
      '1. Tomas Brenner (Germany), Lorca Honda, 51.204\n2. Dale Finch (U.S.), Penske Ford Cosworth, 51.377';
    expect(named(race)).toEqual(expect.arrayContaining(['ORGANIZATION:Lorca Honda', 'ORGANIZATION:Penske Ford Cosworth', 'PERSON:Tomas Brenner']));
    const stage =
      'CYCLING - STAGE RESULT.\nBERN 2025-07-02\nResults of the fourth stage:\n1. Piet Janssen (Netherlands) Vantor 4:51:12\n2. Luca Moro (Italy) Aki same time';
    expect(named(stage)).toEqual(expect.arrayContaining(['ORGANIZATION:Aki', 'PERSON:Luca Moro']));
    // A tennis result names the other player there, after a verb.
    expect(named('TENNIS - RESULTS.\nNEW YORK 2025-08-30\nTim Holt (Britain) beat Carlos Vega (Spain) 6-4 6-2')).toContain('PERSON:Carlos Vega');
  });

  it('a name after a nationality and a comma, the next row’s score on the line after, is a player, no team', () => {
    const golf =
      'GOLF - HARLOW OPEN SCORES.\nHARLOW 2025-06-14\nLeading scores after the first round:\n' +
      '70 Piet Janssen (Netherlands), Luca Moro\n71 Ann Holt (Canada), Tom Pike\n72 Brad Korvath';
    const found = named(golf);
    for (const player of ['Luca Moro', 'Tom Pike']) expect(found).toContain(`PERSON:${player}`);
    expect(found).not.toContain('ORGANIZATION:Luca Moro');
  });

  it('a side’s nickname in the singular is the side the report names in the plural ("Kestrel fly-half Tom Pike")', () => {
    const report =
      'RUGBY UNION - HARRIERS BEAT KESTRELS.\nLEEDS 2025-03-08\n' +
      'The Harriers beat the Kestrels 24-10 in their league match at Mill Lane on Saturday.\n' +
      'Kestrel fly-half Tom Pike kicked four penalties, but the Kestrel line broke twice in the second half.';
    const kestrels = entitiesOf(report).filter((e) => e.name === 'Kestrels');
    expect(kestrels.map((e) => e.type)).toEqual(['ORGANIZATION']);
    const starts = kestrels[0]!.mentions.map((m) => m.start);
    for (const at of [report.indexOf('Kestrel fly-half'), report.indexOf('Kestrel line')]) expect(starts).toContain(at);
    expect(named(report)).toContain('PERSON:Tom Pike');
    // A word of a person's name is no side's, though the story writes the family after "the".
    const family =
      'RUGBY UNION - HARRIERS BEAT KESTRELS.\nLEEDS 2025-03-08\n' +
      'The Harriers beat the Kestrels 24-10 in their league match on Saturday, with Ann Pike in the stand.\n' +
      'The Pikes have followed the club for 40 years, and Pike captain Tom Hale thanked them after the win.';
    expect(named(family)).not.toContain('ORGANIZATION:Pike');
  });
});

describe('a side named by a people', () => {
  // A baseball series between two invented clubs, a river people meeting a minister.
  it('is the side where a sports report names a club ending in it or has it win or score', () => {
    const series =
      'BASEBALL - PIKE HOMERS AS ROYALS BEAT INDIANS.\nKANSAS CITY 1997-05-02\n' +
      'Jim Pike homered twice as the Kansas City Royals beat the Cleveland Indians 5-3 on Friday. The Indians had won four straight.';
    expect(named(series)).toContain('ORGANIZATION:Indians');
    expect(named('Baseball\n\nThe Indians beat the Royals 5-3 on Friday. Jim Pike hit two homers for the Indians, who won the league last season.')).toContain(
      'ORGANIZATION:Indians',
    );
  });

  it('stays a people outside sports reports', () => {
    expect(
      named('Amazon\n\nThe Indians of the river valley met the minister on Friday to discuss the dam, which they say would flood their villages.'),
    ).not.toContain('ORGANIZATION:Indians');
  });
});

describe('a sports report', () => {
  // A senate primary told with a contest's words, and two invented matches.
  it('is told by what only sport has, not by the "race", "win" and "victory" an election story shares with it', () => {
    const primary =
      'Holt wins Ohio primary\n\nAnn Holt won the race for the Senate nomination on Tuesday, a victory her team had worked for since winter. ' +
      'She beat Tom Weller by 12 points and will face the winner of the other primary in November. ' +
      'Holt thanked the Riverside Urban League, whose volunteers drove voters to the polls, and spoke at a rally in downtown Dayton.';
    expect(isSportsReport(primary)).toBe(false);
    // Outside sports a body named "… League" is the body, no competition.
    expect(named(primary)).toEqual(expect.arrayContaining(['ORGANIZATION:Riverside Urban League', 'LOCATION:Dayton']));
    const cricket = 'Kent close in\n\nKent were 210 for six in their second innings, with Tom Pike unbeaten on 74, after the Surrey bowler took four wickets.';
    expect(isSportsReport(cricket)).toBe(true);
    expect(isSportsReport('SOCCER - HARRIERS SIGN PIKE.\nLEEDS 2025-03-08\nThe Harriers signed Tom Pike from the Kestrels on Friday.')).toBe(true);
  });

  // A county poll in a senate race.
  it('is not told by a poll’s figures, which read as scores', () => {
    const poll =
      'Holt leads Weller in new county poll\n\nAnn Holt leads Tom Weller 45-38 among likely voters, a Riverside Institute poll found on Tuesday.\n\n' +
      'In head-to-head matchups, Holt beats Marco Diaz 42-40 and ties Tom Reyes at 40-40, all within the poll’s margin of error.\n\n' +
      'Holt thanked the Riverside Urban League at a rally in Dayton.';
    expect(isSportsReport(poll)).toBe(false);
    // Its league is the body, no competition.
    expect(named(poll)).toContain('ORGANIZATION:Riverside Urban League');
    // A game's result in a paragraph of its own still tells one.
    expect(isSportsReport('Harriers win\n\nThe Harriers beat the Kestrels 24-10 on Saturday.\n\nTom Pike kicked four penalties in the 31-17 win.')).toBe(true);
  });
});

describe('a name a result is "for"', () => {
  // A rugby weekend's round-up of invented clubs.
  it('is a side in a sports report, a town or a name in the plural, and the town listed with it too', () => {
    const roundup =
      'RUGBY UNION - FALCONS WIN AT HOME.\nLEEDS 2025-03-08\nTom Pike kicked five penalties as the Falcons beat the Kestrels 25-23 at home.\n' +
      'There were also narrow wins for Hornets and Rotherham, and it was a first win for Ravens since May.';
    expect(named(roundup)).toEqual(expect.arrayContaining(['ORGANIZATION:Hornets', 'ORGANIZATION:Rotherham', 'ORGANIZATION:Ravens']));
    // A nation's win stays the nation's.
    expect(named('RUGBY UNION - RESULT.\nLEEDS 2025-03-08\nThe Falcons beat the Kestrels 25-23, a first win for Scotland’s Tom Pike.')).toContain(
      'LOCATION:Scotland',
    );
  });
});

describe('a name before its side’s noun', () => {
  // A rugby weekend of invented clubs.
  it('is the side in a sports report', () => {
    const weekend =
      'RUGBY UNION - HARRIERS WIN AT HOME.\nLEEDS 2025-03-08\nTom Pike steered his young Harriers side to a 25-23 home win over the Kestrels on Saturday.';
    expect(named(weekend)).toContain('ORGANIZATION:Harriers');
  });
});

// Bodies in wire copy and today's reports, on sentences written for the test: papers, firms, sides and
// public bodies whose words alone do not say what they are.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('a paper named by its title alone', () => {
  it('"The Guardian reported", "the Times said" name the paper', () => {
    const story =
      'Regulator under pressure\n\nThe Guardian reported last month that the regulator had raised concerns. Officials said the Times reported the figures first. ' +
      'The Government said it would respond.';
    const found = typedNames(story);
    expect(found).toContain('ORGANIZATION:Guardian');
    expect(found).toContain('ORGANIZATION:Times');
  });

  it('so do "told the Post", "an interview with The Times", "according to the Guardian", where no cue follows', () => {
    expect(typedNames('Ferry row\n\nTom Pike told the Post that the ferry was late.')).toEqual(['PERSON:Tom Pike', 'ORGANIZATION:Post']);
    expect(typedNames('Ferry row\n\nIn an interview with The Times last week, Ann Holt denied it.')).toEqual(['ORGANIZATION:Times', 'PERSON:Ann Holt']);
    expect(typedNames('Ferry row\n\nThe pier will close, according to the Guardian.')).toEqual(['ORGANIZATION:Guardian']);
    // "the Independent" is a paper where it speaks only: a member of no party may be called so.
    expect(typedNames('Ferry row\n\nTom Pike ran against the Independent in Harlow.')).not.toContain('ORGANIZATION:Independent');
  });
});

describe('a paper named by a town and the word closing its title', () => {
  it('"the Kelso Examiner", "the Dunmore Chronicle", "the Ohio Sentinel" are papers, not persons nor places', () => {
    const story =
      'Ferry row\n\nTom Pike told the Kelso Examiner on Monday that the ferry was late. The Dunmore Chronicle reported the fire first. ' +
      'Ann Holt wrote in the Ohio Sentinel last week. The Dayton Advertiser ran the story, and the Examiner said the council had been warned.';
    const found = typedNames(story);
    expect(found).toEqual(
      expect.arrayContaining([
        'ORGANIZATION:Kelso Examiner',
        'ORGANIZATION:Dunmore Chronicle',
        'ORGANIZATION:Ohio Sentinel',
        'ORGANIZATION:Dayton Advertiser',
        'ORGANIZATION:Examiner',
        'PERSON:Tom Pike',
        'PERSON:Ann Holt',
      ]),
    );
    expect(found.filter((m) => /^(PERSON|LOCATION):/u.test(m) && !/Tom Pike|Ann Holt/u.test(m))).toEqual([]);
  });

  it('"Mail", "Courant", "Gleaner", "Clarion" close a paper’s title too: "Ann Holt of The Globe and Mail"', () => {
    expect(typedNames('Ferry row\n\nAnn Holt of The Globe and Mail wrote that the ferry was late.')).toEqual([
      'PERSON:Ann Holt',
      'ORGANIZATION:Globe and Mail',
    ]);
    expect(typedNames('Ferry row\n\nThe Kelso Courant said the council had been warned. The Tarnby Gleaner agreed.')).toEqual([
      'ORGANIZATION:Kelso Courant',
      'ORGANIZATION:Tarnby Gleaner',
    ]);
    expect(typedNames('Ferry row\n\nThe Mail reported that the ferry was late.')).toEqual(['ORGANIZATION:Mail']);
    expect(typedNames('Ferry row\n\nTom Pike told the Dunmore Clarion that the ferry was late.')).toEqual(['PERSON:Tom Pike', 'ORGANIZATION:Dunmore Clarion']);
  });

  it('a person whose surname is no paper’s word stays a person ("Jim Courier beat Tom Hale")', () => {
    expect(typedNames('Tennis\n\nJim Courier beat Tom Hale 6-3 6-4 on Monday.')).toEqual(['PERSON:Jim Courier', 'PERSON:Tom Hale']);
  });
});

describe('a body named by a given name and the word closing its name', () => {
  it('"Edison Research", "the Dana Holt PAC", "Broadside Books" are bodies, not persons, whatever given name opens them', () => {
    const bodies = [
      ['The survey was conducted by Edison Research as voters left 35 precincts.', 'Edison Research'],
      ['The ads were paid for by the Dana Holt PAC, a group opposed to the toll.', 'Dana Holt PAC'],
      ['Her memoir is published by Broadside Books in May.', 'Broadside Books'],
    ];
    for (const [sentence, body] of bodies) expect(typedNames(`Story\n\n${sentence}`)).toEqual([`ORGANIZATION:${body}`]);
    // A person named beside such a body stays a person.
    expect(typedNames('Memoir\n\nHer memoir is published by Broadside Books, Tom Hale said.')).toContain('PERSON:Tom Hale');
  });
});

describe("a nation's adjective in its own language opens a firm's name", () => {
  it('"Deutsche Telekom", "Svenska Handelsbanken" are firms, not persons; "Deutsche Marks" are money', () => {
    const story =
      'Telecoms contract\n\nVolkswagen AG and Siemens AG said they would bid jointly for a contract with Deutsche Telekom. ' +
      'Shares in Svenska Handelsbanken fell, and the loan of 500 million Deutsche Marks was repaid.';
    const found = typedNames(story);
    expect(found).toContain('ORGANIZATION:Deutsche Telekom');
    expect(found).toContain('ORGANIZATION:Svenska Handelsbanken');
    expect(found.filter((m) => m.startsWith('PERSON') || m.includes('Marks'))).toEqual([]);
  });
});

describe('a town a side was held or beaten by', () => {
  it('"held at Anfield by Nottingham Forest" is the side; a nation stays the nation', () => {
    const story =
      'SOCCER - NEWCASTLE HELD.\nLONDON 1996-12-05\nNewcastle were held at Anfield by Nottingham Forest in midweek. ' +
      'Newcastle manager Kevin Keegan said his striker had missed two chances in the second half. ' +
      'Nigeria were held to a goalless draw by Benin in Lagos in a World Cup qualifier.';
    const found = typedNames(story);
    expect(found).toContain('ORGANIZATION:Nottingham Forest');
    expect(found).toContain('LOCATION:Benin');
    expect(found).toContain('LOCATION:Anfield');
  });
});

describe('two bodies joined by "and"', () => {
  it('"Amnesty International and Human Rights Watch" are two bodies', () => {
    const story = 'Arrests condemned\n\nAmnesty International and Human Rights Watch have condemned the arrest of six campaigners in London on Monday.';
    const found = typedNames(story);
    expect(found).toContain('ORGANIZATION:Amnesty International');
    expect(found).toContain('ORGANIZATION:Human Rights Watch');
  });
});

describe('a body whose domains are pursued in a continent', () => {
  it('"Organisation for Security and Cooperation in Europe" is one body; "Department of Trade and Industry in Britain" ends before "in"', () => {
    const story =
      'Chechnya talks\n\nIn Chechnya, rebel commander Aslan Maskhadov said his forces would respect the peace deal. ' +
      'The Organisation for Security and Cooperation in Europe said its mission in Grozny would stay. ' +
      'The Department of Trade and Industry in Britain said exports were unaffected.';
    const found = typedNames(story);
    expect(found).toContain('ORGANIZATION:Organisation for Security and Cooperation in Europe');
    expect(found).toContain('ORGANIZATION:Department of Trade and Industry');
  });
});

describe('the clubs a player joined and left', () => {
  it('"joined Milan from Torino", "transferred to Milan" name clubs; a nation and a person joined stay what they are', () => {
    const story =
      'SOCCER - LENTINI MOVES ON.\nROME 1996-08-30\nWinger Gianluigi Lentini, transferred to Milan in 1992 for a record fee, will leave this season. ' +
      'Lentini, 27, joined Milan from Torino in a $12 million deal and has scored 20 goals in the league. ' +
      "Keegan joined England as coach, and Keith O'Neill joins Niall Quinn up front.";
    const found = typedNames(story);
    expect(found.filter((m) => m.endsWith(':Milan'))).toEqual(['ORGANIZATION:Milan', 'ORGANIZATION:Milan']);
    expect(found).toContain('ORGANIZATION:Torino');
    expect(found).toContain('LOCATION:England');
    expect(found).toContain('PERSON:Niall Quinn');
  });
});

describe('the side a player plays for', () => {
  it('"will play for Atalanta" names a club; "plays for England" stays the nation', () => {
    const story =
      'SOCCER - LENTINI ON THE MOVE.\nROME 1996-08-30\nItalian winger Gianluigi Lentini will play for Atalanta this season, newspapers reported on Friday. ' +
      'The striker has scored 20 goals in the league. His team mate plays for England.';
    const found = typedNames(story);
    expect(found).toContain('ORGANIZATION:Atalanta');
    expect(found).toContain('LOCATION:England');
  });
});

describe("a broker's call on a stock", () => {
  it('"after Bernstein upgraded the stock", "Halvorsen cut its price target" name brokers; an analyst named in full stays a person', () => {
    const story =
      'London shares close lower\n\nBritish shares ended lower on Thursday. Lloyds TSB rose four pence after Bernstein upgraded the stock. ' +
      'Halvorsen cut its price target on Barclays. Analyst Mark Bryce upgraded the stock and Bryce said more would follow.';
    const found = typedNames(story);
    expect(found).toContain('ORGANIZATION:Bernstein');
    expect(found).toContain('ORGANIZATION:Halvorsen');
    expect(found).toContain('PERSON:Bryce');
  });
});

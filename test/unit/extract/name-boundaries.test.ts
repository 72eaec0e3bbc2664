// Where a name starts and ends, and names of things that are nobody: stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { typedNames } from '../../support/extraction.js';

describe('a people’s adjective ending a name', () => {
  it('is part of the name, and the name that acts is a body', () => {
    expect(typedNames('Mining\n\nAnglo American rejected the bid on Monday.')).toEqual(['ORGANIZATION:Anglo American']);
    expect(typedNames('Rugby\n\nOn Saturday Kelso Irish beat the visitors 20-12.')).toContain('ORGANIZATION:Kelso Irish');
  });

  it('opens what it qualifies, and a verb or a people before it stays apart', () => {
    expect(typedNames('Visit\n\nThe envoy met Ghanaian President Kwesi Amoah in Accra.')).toContain('PERSON:Kwesi Amoah');
    expect(typedNames('Escaped British prisoner caught\n\nPolice found him on Monday.')).not.toContain('PERSON:Escaped British');
    expect(typedNames('Travel\n\nThe North Africans were held to a draw.')).not.toContain('ORGANIZATION:North Africans');
  });

  it('after "the", before a body named by one word of its own, qualifies it ("the Palestinian Fatah")', () => {
    const found = typedNames('Rockets\n\nRockets hit a border village on Sunday. The Palestinian Fatah said it had fired them at an army post.');
    expect(found).toContain('ORGANIZATION:Fatah');
    expect(found).not.toContain('ORGANIZATION:Palestinian Fatah');
    // A body whose name it opens keeps it.
    expect(typedNames('Bridges\n\nRepairs will cost more than the American Society of Plant Growers estimates.')).toContain(
      'ORGANIZATION:American Society of Plant Growers',
    );
  });
});

describe('a word that opens names of bodies, opening a sentence', () => {
  it('stays in the name, also where it is a verb too', () => {
    expect(typedNames('Football\n\nClub Zoute drew 1-1 with the visitors on Sunday.')).toContain('ORGANIZATION:Club Zoute');
  });

  it('a title after it still opens a person’s name', () => {
    expect(typedNames('Vote\n\nHouse Speaker Mara Delgado said the bill would pass.')).toContain('PERSON:Mara Delgado');
  });
});

describe('things named after people', () => {
  it('a telescope, a prize or a medal is nobody', () => {
    const story = 'Science\n\nThe James Okoro Space Telescope found a galaxy. She won the Ramon Tulio Award and the Ada Birch Medal.';
    expect(typedNames(story).filter((m) => m.startsWith('PERSON'))).toEqual([]);
  });

  it('a terminal is a place', () => {
    expect(typedNames('Travel\n\nFlights left from the Tom Ashby International Terminal on Monday.')).toContain('LOCATION:Tom Ashby International Terminal');
  });
});

describe('a place’s kind opening a name', () => {
  it('names a place, whatever given name comes after it', () => {
    const story = 'Race\n\nThe senator, a Democrat from Cape Maribel, toured Port Elspeth and Lake Varno with Fort Keller officials.';
    expect(typedNames(story)).toEqual(['LOCATION:Cape Maribel', 'LOCATION:Port Elspeth', 'LOCATION:Lake Varno', 'LOCATION:Fort Keller']);
  });
});

describe('judges by their court', () => {
  it('the court’s word is part of the title, and the country before it a place', () => {
    const story = 'Court\n\nU.S. District Judge Lena Marsh ruled on Monday. Circuit Judge Omar Pike dissented.';
    expect(typedNames(story)).toEqual(['LOCATION:U.S.', 'PERSON:Lena Marsh', 'PERSON:Omar Pike']);
  });
});

describe('buildings and shopping centres', () => {
  it('a mall, a plaza, a building or a tower is a place, a tower after a given name a person', () => {
    const story = 'Evacuation\n\nShoppers left the Westbrook Mall and the Galleria Plaza. Crowds filled the Empire State Building and Canary Tower.';
    expect(typedNames(story)).toEqual(['LOCATION:Westbrook Mall', 'LOCATION:Galleria Plaza', 'LOCATION:Empire State Building', 'LOCATION:Canary Tower']);
    expect(typedNames('Senate\n\nThe bill was written by John Tower in 1985.')).toContain('PERSON:John Tower');
  });
});

describe('names written with "\'s"', () => {
  it('a name listed with another before a verb owns nothing: the "\'s" is its own', () => {
    expect(typedNames("Retail\n\nLowe's and Home Depot have bid for the site.")).toEqual(["ORGANIZATION:Lowe's", 'ORGANIZATION:Home Depot']);
    expect(typedNames("Race\n\nClinton's and Dole's campaigns spent more.")).toEqual(['PERSON:Clinton', 'PERSON:Dole']);
  });
});

describe('an ordinary word opening a sentence that opens the name after it', () => {
  it('a verb before a bank or council keeps its place in the name', () => {
    expect(typedNames('Banks\n\nState Bank of India reported record profit.')).toContain('ORGANIZATION:State Bank of India');
    expect(typedNames('Rates\n\nReserve Bank of Australia held rates on Tuesday.')).toContain('ORGANIZATION:Reserve Bank of Australia');
  });

  it('a plural before a capitalised preposition is the name of a campaign', () => {
    const story =
      'Rivers\n\nSurfers Against Sewage chief executive Mara Quillan said the figures were a scandal. Doctors Without Borders said its clinic was hit.';
    expect(typedNames(story)).toEqual(expect.arrayContaining(['ORGANIZATION:Surfers Against Sewage', 'ORGANIZATION:Doctors Without Borders']));
  });

  it('not a word that dates a role', () => {
    expect(typedNames('Banks\n\nFormer Bank of England governor Mervyn Cole spoke.')).toContain('ORGANIZATION:Bank of England');
  });
});

describe('a party named by what it stands for', () => {
  it('runs on past "of" and "for" as other bodies do', () => {
    expect(typedNames('Politics\n\nThe Party of Democratic Socialism won seats in Berlin.')).toContain('ORGANIZATION:Party of Democratic Socialism');
    expect(typedNames('Politics\n\nDeputies of the Party of Regions walked out.')).toContain('ORGANIZATION:Party of Regions');
  });

  it('named before "Party", it is whole, and the person after its "of" is whose it is', () => {
    const story = 'Politics\n\nThe Motherland Party of Mesut Yilmaz called for early elections. The Democratic Party of Japan won.';
    expect(typedNames(story)).toEqual(
      expect.arrayContaining(['ORGANIZATION:Motherland Party', 'PERSON:Mesut Yilmaz', 'ORGANIZATION:Democratic Party of Japan']),
    );
  });

  it('a demonym after "of the" is part of the name', () => {
    expect(typedNames('Banks\n\nThe Central Bank of the Russian Federation met on Monday.')).toEqual(['ORGANIZATION:Central Bank of the Russian Federation']);
  });

  it('stays apart from another party after "and"', () => {
    expect(typedNames('Politics\n\nThe Labour Party and Plaid Cymru met on Monday.')).toContain('ORGANIZATION:Labour Party');
  });
});

describe("a lower-case plural inside a body's name", () => {
  it('belongs to the name when name words ending in a head follow it', () => {
    expect(typedNames('Drugs\n\nThe Medicines and Healthcare products Regulatory Agency approved the vaccine.')).toEqual([
      'ORGANIZATION:Medicines and Healthcare products Regulatory Agency',
    ]);
  });

  it('not a plural after a name with no head after it', () => {
    expect(typedNames('Strike\n\nBritish Airways workers Union members struck.')).toContain('ORGANIZATION:British Airways');
  });

  it('not a verb of speech between a speaker and a body', () => {
    const names = typedNames('Ferries\n\nMonths after the row, Tom Pike tells Harbour News anchor Ann Holt that fares will fall.');
    expect(names).toEqual(expect.arrayContaining(['PERSON:Tom Pike', 'ORGANIZATION:Harbour News', 'PERSON:Ann Holt']));
    expect(typedNames('Ferries\n\nAnn Holt warns Velmora Broadcasting Corporation that fares will rise.')).toContain('PERSON:Ann Holt');
  });
});

describe('"and" after a name its opener begins', () => {
  it('ends that name where it ran on with no connector', () => {
    const story = 'Banks\n\nBanca Commerciale Italiana and Credito Italiano both gained. Shares in Banque Indosuez and Credit Lyonnais fell.';
    expect(typedNames(story)).toEqual(
      expect.arrayContaining([
        'ORGANIZATION:Banca Commerciale Italiana',
        'ORGANIZATION:Credito Italiano',
        'ORGANIZATION:Banque Indosuez',
        'ORGANIZATION:Credit Lyonnais',
      ]),
    );
  });

  it('not where a head ends the words after it, nor after a connector', () => {
    const story = 'Congress\n\nThe House Oversight and Government Reform Committee voted. The Bank for Reconstruction and Development lent more.';
    expect(typedNames(story)).toEqual(
      expect.arrayContaining(['ORGANIZATION:House Oversight and Government Reform Committee', 'ORGANIZATION:Bank for Reconstruction and Development']),
    );
  });
});

describe('names that hold a possessive', () => {
  it('a club named by its first word in "\'s" is the club', () => {
    const entities = recognizeEntities(
      layout("Derby\n\nCORDOBA, Argentina — Newell's Old Boys beat Talleres 2-1 on Sunday. Pablo Ruiz put Newell's ahead after 12 minutes."),
    );
    const club = entities.find((e) => e.name === "Newell's Old Boys");
    expect(club?.mentions.map((m) => m.text)).toEqual(["Newell's Old Boys", "Newell's"]);
  });

  it('a name before "and" and an institution named after patrons in "\'s" are one, named short too', () => {
    const text =
      "Eye study\n\nResearchers at Whitcombe and Children's Hospital began a study. A spokeswoman for Whitcombe and Children's said patients would be paid.";
    const entities = recognizeEntities(layout(text));
    const hospital = entities.find((e) => e.name === "Whitcombe and Children's Hospital");
    expect(hospital?.mentions.map((m) => m.text)).toEqual(["Whitcombe and Children's Hospital", "Whitcombe and Children's"]);
    expect(entities.some((e) => e.name === 'Whitcombe')).toBe(false);
  });

  it("not a person's surname before what the person owns", () => {
    const entities = recognizeEntities(layout("Doctor\n\nMehmet Oz spoke. Oz's TV Health Hour ran. Oz's show proved popular."));
    expect(entities.find((e) => e.name === 'Mehmet Oz')?.mentions.length).toBe(2);
  });
});

describe('names that go on in brackets', () => {
  it("a company's form, a faction's word, and words after a party's head join the name", () => {
    const mentions = typedNames(
      'Politics and markets\n\nThe Lok Samata Dal (Secular) and the Jan Morcha Party (Suresh Nath) met on Monday. Tse Kwan (Holdings) rose 5 cents.',
    );
    expect(mentions).toContain('ORGANIZATION:Lok Samata Dal (Secular)');
    expect(mentions).toContain('ORGANIZATION:Jan Morcha Party (Suresh Nath)');
    expect(mentions).toContain('ORGANIZATION:Tse Kwan (Holdings)');
  });

  it("a side's town's initials before its score or record in a results list or table", () => {
    const mentions = typedNames(
      'SOCCER - SLOVENIAN LEAGUE RESULTS.\n\nResults of first division matches on Saturday:\n\nOlimpija 3 Rudar (V) 1\nTriglav (K) 0 Maribor 2\n\nStandings:\n\nMaribor 5 4 1 0 11 3 13\nSloga (P) 5 2 2 1 6 5 8\nTriglav (K) 5 0 1 4 2 9 1',
    );
    expect(mentions).toEqual(expect.arrayContaining(['ORGANIZATION:Rudar (V)', 'ORGANIZATION:Triglav (K)', 'ORGANIZATION:Sloga (P)']));
    expect(mentions).not.toContain('ORGANIZATION:Triglav');
    expect(typedNames('Tennis\n\nTim Henley (GB) beat Jan Novak (CZ) 6-3 6-4.')).toEqual(['PERSON:Tim Henley', 'PERSON:Jan Novak']);
  });

  it("not a person's party, a rider's country nor an acronym", () => {
    const mentions = typedNames('Votes\n\nAnna Soames (Labour) won. Tadej Pogacar (Slovenia) was first. The Jan Morcha Party (JMP) lost.');
    expect(mentions).toContain('PERSON:Anna Soames');
    expect(mentions).toContain('PERSON:Tadej Pogacar');
    expect(mentions).toContain('ORGANIZATION:Jan Morcha Party');
  });
});

describe('a sentence adverb opening a sentence is no part of the name after it', () => {
  it('"Elsewhere", "Separately", "Initially"', () => {
    const mentions = typedNames('Cricket\n\nElsewhere Kentshire beat Marlow by 20 runs. Separately Dunmore lost. Initially Ravensworth offered 75 percent.');
    expect(mentions).toContain('ORGANIZATION:Kentshire');
    expect(mentions.some((m) => /Elsewhere|Separately|Initially/u.test(m))).toBe(false);
  });
});

describe('a body of a place', () => {
  it('a body\'s name of two words runs on with "of" and the place it serves', () => {
    const mentions = typedNames('War\n\nThe State Border Guard of Moldova and the Investment Corporation of Dubai said so.');
    expect(mentions).toContain('ORGANIZATION:State Border Guard of Moldova');
    expect(mentions).toContain('ORGANIZATION:Investment Corporation of Dubai');
  });

  it('a place in the possessive after "and" owns a name of its own', () => {
    const mentions = typedNames("Deal\n\nThe Civil Aviation Department of Hong Kong and New Zealand's Commerce Commission must approve it.");
    expect(mentions).toContain('ORGANIZATION:Civil Aviation Department of Hong Kong');
    expect(mentions).toContain('LOCATION:New Zealand');
  });
});

describe('a title before a place or a body named after someone', () => {
  it('is part of the name, no title of a person', () => {
    expect(typedNames('Schools\n\nParents in Prince George County complained on Monday.')).toContain('LOCATION:Prince George County');
    expect(typedNames('Ferries\n\nSailings to Prince Edward Island were cancelled.')).toContain('LOCATION:Prince Edward Island');
    expect(typedNames('Research\n\nScientists at Queen Margaret University of Edinburgh found the link.')).toContain(
      'ORGANIZATION:Queen Margaret University of Edinburgh',
    );
    // A surname that is a body's word in the plural is still a surname.
    expect(typedNames('Court\n\nSentencing him, Judge Alan Chambers said the harm was grave.')).toContain('PERSON:Alan Chambers');
    expect(typedNames('Palace\n\nQueen Camilla visited the ward.')).toContain('PERSON:Camilla');
  });
});

describe('a sports ground', () => {
  it('is a place', () => {
    const venues = typedNames('Cricket\n\nKent beat Sussex at the County Ground, and Victoria drew at the Adelaide Oval and the Brisbane Cricket Ground.');
    expect(venues).toContain('LOCATION:County Ground');
    expect(venues).toContain('LOCATION:Brisbane Cricket Ground');
  });
});

describe('a word before "&" opening a sentence', () => {
  it('is the first word of the firm, whatever it means alone', () => {
    expect(typedNames('Retail\n\nMarks & Spencer said clothing sales rose.')).toEqual(['ORGANIZATION:Marks & Spencer']);
    expect(typedNames('Pubs\n\nTrade was slow. Rose & Crown Brewery will close two pubs in Kent.')).toContain('ORGANIZATION:Rose & Crown Brewery');
    // An ordinary word before a name with no "&" still opens no name.
    expect(typedNames('Pubs\n\nSales at Crown Brewery fell.')).toContain('ORGANIZATION:Crown Brewery');
  });
});

describe('a titled holder after the word that opens a body’s name', () => {
  it('ends the body before the title, so "of" and a place after the holder stay apart', () => {
    const found = typedNames('Levy\n\nCouncil President Tom Reyes of Texas said the harbour levy was fair.');
    expect(found).toContain('PERSON:Tom Reyes');
    expect(found).toContain('LOCATION:Texas');
    expect(found).not.toContain('PERSON:Tom Reyes of Texas');
    expect(typedNames('Levy\n\nHarbour Board Speaker Ann Holt of Kelso said no.')).not.toContain('PERSON:Ann Holt of Kelso');
  });

  it('also where the holder’s given name is one no list knows', () => {
    const found = typedNames('Talks\n\nTreaty Council President Velko Drasnik of Germany said the talks would go on.');
    expect(found).toContain('PERSON:Velko Drasnik');
    expect(found).toContain('LOCATION:Germany');
  });

  it('leaves a body with "of" and no holder whole', () => {
    expect(typedNames('Talks\n\nThe Council of Ministers of Dunland met on Monday.')).toContain('ORGANIZATION:Council of Ministers of Dunland');
    expect(typedNames('Rates\n\nThe Bank of Dunland said rates would hold.')).toContain('ORGANIZATION:Bank of Dunland');
  });
});

describe('a connector the words after it were split from', () => {
  it('ends no name', () => {
    const names = typedNames('Clinic row\n\nThe director of the Council on Velmoran - Korvish Relations, Ann Holt, said the clinic would close.');
    expect(names.some((n) => / on$/u.test(n))).toBe(false);
    expect(names).toContain('PERSON:Ann Holt');
  });
});

describe('a preposition the lexicon tags otherwise, opening a sentence', () => {
  it('is no word of the name after it', () => {
    expect(typedNames('Law\n\nUnder Harlow law, the council must publish its accounts.')).toEqual(['LOCATION:Harlow']);
    expect(typedNames('Law\n\nUnder Velmora law, the council must publish its accounts.')).not.toContain('PERSON:Under Velmora');
    expect(typedNames('Storm\n\nBehind Ann Holt stood Tom Pike.')).toEqual(['PERSON:Ann Holt', 'PERSON:Tom Pike']);
  });
});

// Names in wire stories, on sentences written for the test: where a name starts and ends, and
// what a capitalised word that is no name is.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { isCommonWord } from '../../../src/extract/lexicon.js';
import { mergeSpans } from '../../../src/extract/entities/merge-spans.js';
import { spanCandidate } from '../../../src/extract/entities/candidates.js';
import { tokenize } from '../../../src/extract/tokens.js';
import { speakersOf, typedNames } from '../../support/extraction.js';

describe('an adjective opening a sentence is no name', () => {
  it('knows the adjectives of public life as ordinary words', () => {
    for (const word of ['Federal', 'Regional', 'National', 'Municipal', 'Presidential', 'Political', 'Provincial', 'Economic']) {
      expect(isCommonWord(word)).toBe(true);
    }
  });

  it('"Federal investigators", "Regional officials" name nobody', () => {
    const story =
      'Plane crash probed\n\nFederal investigators said on Tuesday they had found no sign of a bomb. Regional officials said the airport would reopen. ' +
      'Political analysts expect a long inquiry by the National Transportation Safety Board.';
    const found = typedNames(story);
    expect(found).toContain('ORGANIZATION:National Transportation Safety Board');
    expect(found.filter((m) => /Federal|Regional|Political/u.test(m))).toEqual([]);
  });
});

describe('peoples and faiths name no entity', () => {
  it('a nation of two words or a faith, alone or after another, is no person, body or place', () => {
    const story =
      "Talks held\n\nSri Lankan troops said Sri Lankans had fled. South Koreans and Costa Rican envoys met. The Roman Catholic bishop said Shi'ite Moslems and Lutheran pastors agreed.";
    expect(typedNames(story)).toEqual([]);
  });
});

describe('where a name starts and ends', () => {
  it('a title word that ends a name opened by a given name is a surname', () => {
    expect(typedNames('Cup draw\n\nThe draw was made on Monday, U.S. captain Billie Jean King said.')).toContain('PERSON:Billie Jean King');
    expect(typedNames('Campaign\n\nFormer South Carolina Gov. Carroll Campbell spoke.')).toEqual(
      expect.arrayContaining(['LOCATION:South Carolina', 'PERSON:Carroll Campbell']),
    );
  });

  it('another language’s article opening a sentence belongs to the name; before one word it names a paper, no person', () => {
    const found = typedNames('Press\n\nPARIS 1996-08-22\n\nLe Quotidien said the deal was off. La Tribuna said talks went on. Het Parool disagreed.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:La Tribuna', 'ORGANIZATION:Het Parool']));
    expect(found.some((m) => m.endsWith(':Le Quotidien'))).toBe(true);
    expect(found.filter((m) => /:(Quotidien|Tribuna|Parool)$/u.test(m))).toEqual([]);
  });

  it('a name after an owner or a body’s standing, before a body’s word, is that body; "the Communist party" names a kind', () => {
    const found = typedNames(
      "Strike\n\nDHAKA 1996-08-22\n\nSheikh Hasina's Jatiya movement called a strike. The ruling Sangram party objected. The Communist party said nothing.",
    );
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Jatiya', 'ORGANIZATION:Sangram']));
    expect(found.filter((m) => m.endsWith(':Communist'))).toEqual([]);
    expect(typedNames('Fighting\n\nKABUL 1996-08-22\n\nThe Taleban militia fired rockets at Kabul on Thursday.')).toContain('ORGANIZATION:Taleban');
    expect(typedNames('Protest\n\nBELGRADE 1996-12-22\n\nSupporters of the Sloga opposition coalition marched on Sunday.')).toContain('ORGANIZATION:Sloga');
  });

  it('a prefixed word in lower case before a name describes it, no part of it', () => {
    const found = typedNames('Vote\n\nANKARA 1996-08-22\n\nThe pro-Islamic Refah Party said so. The anti-Western Vatan Party disagreed.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Refah Party', 'ORGANIZATION:Vatan Party']));
  });

  it('"University of …" and "Union of …" are one name, though towns are called "University" and "Union"', () => {
    const found = typedNames('Confidence up\n\nThe University of Kent said so. A Union of Bakers spokesman said prices would rise.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:University of Kent', 'ORGANIZATION:Union of Bakers']));
  });

  it('the tagger’s span does not run across a bracket', () => {
    const text = 'He saw (Tom) Walker pitch.';
    const tokens = tokenize(text);
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    const rules = [
      { c: spanCandidate(text, tokens, at('Tom'), at('Tom') + 1), type: 'PERSON' as const },
      { c: spanCandidate(text, tokens, at('Walker'), at('Walker') + 1), type: 'PERSON' as const },
    ];
    const span = { start: tokens[at('Tom')]!.start, end: tokens[at('Walker')]!.end, type: 'PER' as const, from: at('Tom'), to: at('Walker') + 1 };
    const merged = mergeSpans(
      text,
      tokens,
      tokens.map((_, i) => i === 0),
      rules,
      [span],
    );
    expect(merged.map((m) => m.c.text)).toEqual(['Tom', 'Walker']);
  });

  it('a party’s member from a place is no organization', () => {
    const body = 'Senator Ann Holt, Democrat of Ohio, said the program had failed.';
    expect(typedNames(`Visa program\n\n${body}`)).not.toContain('ORGANIZATION:Democrat of Ohio');
    expect(speakersOf(body)).toEqual(['Ann Holt']);
    // "the Ohio Democrat": the place, then its party's member, no organization of two words.
    const after = 'Senator Ann Holt welcomed the bill. “It is long overdue,” the Ohio Democrat said.';
    expect(typedNames(`Visa program\n\n${after}`)).toEqual(['PERSON:Ann Holt', 'LOCATION:Ohio']);
    expect(speakersOf(after)).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('a role opening a line is no part of a name ("Member of House panel says …")', () => {
    const story =
      'Budget row\n\nWASHINGTON (Reuters) - The budget was cut.\n\nMember of Senate panel says agency misled Congress\n\nA member of a Senate panel said the agency misled Congress.';
    expect(typedNames(story).filter((m) => /Member/u.test(m))).toEqual([]);
  });

  it('people acting for a body, opening a sentence, are no part of its name', () => {
    const story = 'Sale talks\n\nVeloz Motors met buyers. Representatives for Carlyle Group did not respond. Spokeswomen of Harlow Foods declined to comment.';
    const found = typedNames(story);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Carlyle Group', 'ORGANIZATION:Harlow Foods']));
    expect(found.filter((m) => /Representatives|Spokeswomen/u.test(m))).toEqual([]);
  });
});

describe('a title word inside the name of a body', () => {
  it('"General" or "King" before words that end as a body\'s name titles nobody', () => {
    const story =
      'Strike\n\nThe Transport and General Workers Union said it would ballot members. Patients at Kirkby General Infirmary waited. Cadets at King Fahd Maritime Academy cheered.';
    const found = typedNames(story);
    expect(found.map((m) => m.replace(/^\w+:/u, ''))).toEqual([
      'Transport and General Workers Union',
      'Kirkby General Infirmary',
      'King Fahd Maritime Academy',
    ]);
    expect(found).toContain('ORGANIZATION:Transport and General Workers Union');
    expect(found.some((m) => m.startsWith('PERSON:'))).toBe(false);
    // A title before a person's name still titles the person.
    expect(typedNames('Talks\n\nGeneral Tom Hale met King Fahd on Monday.')).toEqual(['PERSON:Tom Hale', 'PERSON:Fahd']);
  });
});

describe('parliaments and clubs by their own words', () => {
  it('a parliament news names by its own word is an organization', () => {
    const found = typedNames('Votes\n\nThe Knesset approved the budget. The Bundestag and the Duma debated it, and the Lok Sabha adjourned.');
    expect(found).toEqual(['ORGANIZATION:Knesset', 'ORGANIZATION:Bundestag', 'ORGANIZATION:Duma', 'ORGANIZATION:Lok Sabha']);
  });

  it('words clubs are named with make a side, whatever the name after them', () => {
    const found = typedNames('Soccer\n\nOn Sunday the champions lost to Deportivo Alcorcon, and Hapoel Rehovot beat Spartak Plovdiv 2-0.');
    expect(found).toEqual(['ORGANIZATION:Deportivo Alcorcon', 'ORGANIZATION:Hapoel Rehovot', 'ORGANIZATION:Spartak Plovdiv']);
  });

  it('initials after a word of a name make a club or a firm, no person', () => {
    expect(typedNames('Basketball\n\nOsten BK lost to the visitors. Osten BK had led by ten points at half-time.')).toEqual([
      'ORGANIZATION:Osten BK',
      'ORGANIZATION:Osten BK',
    ]);
    // Members' letters are no initials.
    expect(typedNames('Talks\n\nThe bill was backed by Ann Lowe MP on Monday.')).toEqual(['PERSON:Ann Lowe']);
  });

  it('a club word that is also a verb keeps its side whole where it opens the sentence', () => {
    const found = typedNames('Soccer\n\nRacing Almeira beat Osuna 2-0 on Sunday. Racing Almeira coach Tomas Ibarra said the win was deserved.');
    expect(found).toEqual(['ORGANIZATION:Racing Almeira', 'ORGANIZATION:Racing Almeira', 'ORGANIZATION:Osuna', 'PERSON:Tomas Ibarra']);
  });
});

describe('the dateline of a local story', () => {
  it('a town in capitals before a known state and a dash is a place, whoever else bears its name', () => {
    const story = 'Teachers strike\n\nBARTLEY, Ohio - Teachers at three schools voted on Monday to strike, union leader Ann Bartley said.';
    expect(typedNames(story)).toEqual(expect.arrayContaining(['LOCATION:BARTLEY', 'LOCATION:Ohio', 'PERSON:Ann Bartley']));
  });

  it('a name before an office only a town or county holds is that place', () => {
    const found = typedNames('Budget\n\nOn Monday Kerrowby Mayor Tom Becker and Dunmore County Sheriff Ann Roe met.');
    expect(found).toEqual(expect.arrayContaining(['LOCATION:Kerrowby', 'PERSON:Tom Becker', 'LOCATION:Dunmore County', 'PERSON:Ann Roe']));
  });

  it('a name owning what only a place has ("Harwick\'s mayor", "Velmora\'s parliament") is that place, a person\'s name no place', () => {
    const found = typedNames("Vote\n\nHarwick's mayor, Tom Brann, said the vote would go ahead. Velmora's parliament voted on Monday.");
    expect(found).toEqual(expect.arrayContaining(['LOCATION:Harwick', 'PERSON:Tom Brann', 'LOCATION:Velmora']));
    expect(typedNames("Rates\n\nDorrance's capital spending fell, Ann Holt said.")).not.toContain('LOCATION:Dorrance');
    expect(typedNames("Vote\n\nAnn Holt's residents backed her. Holt's governor was angry.")).not.toContain('LOCATION:Holt');
  });
});

describe('institutions named after a patron', () => {
  it('"King’s College London", "St Mary’s Hospital", "Queen’s Park" are one name each', () => {
    const story = 'Study out\n\nResearchers at King’s College London and doctors at St Mary’s Hospital ran the trial. Queen’s Park beat Alloa 2-1 on Saturday.';
    const found = typedNames(story);
    expect(found).toContain('ORGANIZATION:King’s College London');
    // Whether a hospital or a park is a place or a body, the typer says; the name is whole.
    expect(found.map((m) => m.replace(/^\w+:/u, ''))).toEqual(expect.arrayContaining(['St Mary’s Hospital', 'Queen’s Park']));
  });

  it('but a place’s or a people’s institution is two names', () => {
    const found = typedNames('Study out\n\nBritain’s Open University said the course was full.');
    expect(found).toContain('LOCATION:Britain');
    expect(found).not.toContain('ORGANIZATION:Britain’s Open University');
  });
});

describe('a part of an organization speaks as itself', () => {
  it('"The U.N. refugee agency said" is the agency, not the United Nations', () => {
    expect(speakersOf('The U.N. refugee agency said 500,000 refugees had crossed the border.')).toEqual(['U.N. refugee agency']);
    // A spokesman still speaks for the organization named before him.
    expect(speakersOf('"We need more trucks," the UNICEF spokesman said.')).toEqual(['UNICEF']);
  });

  it('a body "of" or "on" something within an organization, as a subject, as a document’s issuer, and "the panel" after it', () => {
    expect(speakersOf('The IMF committee on pensions said the reform was overdue.')).toEqual(['IMF committee on pensions']);
    const story =
      'A review by the OECD panel of economists found that wages lagged prices in most members. The panel said the gap would close by 2027. ' +
      '“Households will feel it first,” the panel wrote.';
    expect(speakersOf(story)).toEqual(['OECD panel of economists', 'OECD panel of economists', 'OECD panel of economists']);
    // An organization that issued it itself still speaks.
    expect(speakersOf('A review by the OECD found that wages lagged prices.')).toEqual(['OECD']);
  });
});

describe('"the league" is a league', () => {
  it('not the club named before it', () => {
    const body = 'Porto were fined on Friday for crowd trouble. The league said the fine would be doubled for a second offence.';
    expect(speakersOf(body)).toEqual(['The league']);
    expect(speakersOf('The Premier League fined Chelsea on Friday. Chelsea said they would pay. The league said the fine was fair.')).toEqual([
      'Chelsea',
      'Premier League',
    ]);
  });
});

describe('an unknown name the story shows to be a company', () => {
  const typeOf = (story: string, name: string) => recognizeEntities(layout(story)).find((e) => e.name === name)?.type;

  it('"its" right after its verb, or "The company said" opening the next sentence', () => {
    expect(typeOf('Results\n\nHoogvliet Brandt said on Thursday its net profit rose 12 percent.', 'Hoogvliet Brandt')).toBe('ORGANIZATION');
    expect(typeOf('Results\n\nMarwick Pell reported a loss of $3 million. The Dutch group said sales fell.', 'Marwick Pell')).toBe('ORGANIZATION');
  });

  it('a company described with a nationality or a trade closing what a sentence opening with the name reports', () => {
    expect(typeOf('Prices\n\nVarno Keld will cut the price of insulin, the Danish drugmaker said on Tuesday.', 'Varno Keld')).toBe('ORGANIZATION');
    // A club, a group or a bare company word may be reporting on a person; so may one on a person named later.
    expect(typeOf('Transfer\n\nVarno Keld will join on Friday, the Danish club said.', 'Varno Keld')).toBe('PERSON');
    expect(typeOf('Jobs\n\nVarno Keld will step down in May, the company said.', 'Varno Keld')).toBe('PERSON');
    expect(typeOf('Jobs\n\nShe said Varno Keld will step down in May, the Danish drugmaker said.', 'Varno Keld')).toBe('PERSON');
  });

  it('"it" said of itself right after its verb', () => {
    expect(typeOf('Results\n\nBremvik Holt said on Monday that it would appeal against the fine.', 'Bremvik Holt')).toBe('ORGANIZATION');
    expect(typeOf('Results\n\nThe regulator fined Nordair. Nordair said in an emailed statement it had made changes.', 'Nordair')).toBe('ORGANIZATION');
    // After "by" or "of" the name is no subject: what the coalition said of itself tells nothing of its leader.
    expect(typeOf('Results\n\nA coalition led by Kardo Barzan said that it would boycott the vote.', 'Kardo Barzan')).toBe('PERSON');
  });

  it('stays a person where the story says "he", titles the name, or "its" has another owner', () => {
    expect(typeOf('Results\n\nKarsten Dahl said his bank would raise its dividend.', 'Karsten Dahl')).toBe('PERSON');
    expect(typeOf('Results\n\nKarsten Dahl said the bank would raise its dividend.', 'Karsten Dahl')).toBe('PERSON');
    expect(typeOf('Results\n\nKarsten Dahl spoke. The company said sales fell. Mr Dahl is its chairman.', 'Karsten Dahl')).toBe('PERSON');
  });

  it('a name opening its sentence like a plural of people ("Demonstrators") is a company where the story shows it one', () => {
    expect(typeOf('Defence\n\nBrannickers agreed to sell its defence unit to a French group, the company said.', 'Brannickers')).toBe('ORGANIZATION');
    expect(typeOf('Defence\n\nMorvickers said on Friday that it would cut 500 jobs.', 'Morvickers')).toBe('ORGANIZATION');
    // A plural of people says "their", and stays no name.
    expect(typeOf('Protest\n\nRioters agreed to end their protest on Friday.', 'Rioters')).toBeUndefined();
  });

  it('agreeing to merge or take over, alone or as one of two joined names, is what firms do', () => {
    const story = 'Drugs\n\nHalvika and Dornquist said on Wednesday they had agreed to merge.';
    expect(typeOf(story, 'Halvika')).toBe('ORGANIZATION');
    expect(typeOf(story, 'Dornquist')).toBe('ORGANIZATION');
    expect(typeOf('Defence\n\nBrennard agreed to take over a German rival.', 'Brennard')).toBe('ORGANIZATION');
    // Agreeing to meet is what people do too.
    expect(typeOf('Talks\n\nHalvika and Dornquist said on Wednesday they had agreed to meet again.', 'Dornquist')).not.toBe('ORGANIZATION');
  });
});

describe('an honorific written without its period', () => {
  it('"Mr Dahl", "Mrs Holt" are persons titled so', () => {
    const found = recognizeEntities(layout('Talks\n\nMrs Holt met the board on Monday. He met Mr Dahl later.'));
    expect(found.map((e) => [e.type, e.name, e.gender])).toEqual([
      ['PERSON', 'Holt', 'FEMALE'],
      ['PERSON', 'Dahl', 'MALE'],
    ]);
  });
});

describe('sports reports', () => {
  it('"Sheffield Wednesday" is one side mid-sentence too, "in Sheffield Wednesday night" no side', () => {
    const report = typedNames(
      "SOCCER - LEEDS LOSE.\n\nLONDON 1996-12-07\n\nLeeds were beaten at home by Sheffield Wednesday on Saturday. Sheffield Wednesday's Andy Booth scored.",
    );
    expect(report).toContain('ORGANIZATION:Sheffield Wednesday');
    expect(report).not.toContain('LOCATION:Sheffield');
    expect(typedNames('Visit\n\nThe minister spoke in Sheffield Wednesday night.')).not.toContain('ORGANIZATION:Sheffield Wednesday');
  });

  it('"Sheffield Wednesday 2" in a results line is one side', () => {
    expect(typedNames('SOCCER - RESULTS.\n\nLONDON 1996-12-07\n\nAston Villa 2 Sheffield Wednesday 0\nDerby 1 Everton 1')).toContain(
      'ORGANIZATION:Sheffield Wednesday',
    );
  });

  it('a results line keeps its sides past notes and scorers in brackets', () => {
    const story =
      'SOCCER - DUTCH SUMMARIES.\n\nAMSTERDAM 1996-08-25\n\nSummaries of Dutch matches:\n\nOsterwolde FC 1 (Vurens 15th) Dalfsen 2 (Tammer 11th)\nWillem III 2 (Stam 23rd) Gorcum 2\nMinsk 1 Tirol 3 (halftime 1-2)';
    const found = typedNames(story);
    expect(found).toEqual(
      expect.arrayContaining(['ORGANIZATION:Osterwolde FC', 'ORGANIZATION:Dalfsen', 'ORGANIZATION:Willem III', 'ORGANIZATION:Gorcum', 'ORGANIZATION:Tirol']),
    );
  });

  it('a side’s founding year or number is part of its name in a results line, with sentences after it', () => {
    const story =
      'SOCCER - GERMAN SUMMARIES.\n\nBONN 1996-11-09\n\nSummaries of matches:\n\n1911 Kettwig 2 (Ahlers 34) Borken 1 (Frey 12). Half-time 0-1. Attendance 3,000.\n\nDorsten 07 2 Velbert 2';
    expect(typedNames(story)).toEqual(
      expect.arrayContaining(['ORGANIZATION:1911 Kettwig', 'ORGANIZATION:Borken', 'ORGANIZATION:Dorsten 07', 'ORGANIZATION:Velbert']),
    );
  });

  it('a line holds several results, after a label, and basketball scores of three figures', () => {
    const story =
      'SOCCER - CHILEAN RESULTS.\n\nSANTIAGO 1996-09-16\n\nResults of first division matches:\n\nSaturday: Racing Club 2 Cobreloa 1, Huachipato 0 Palestino 3\n\n' +
      'BASKETBALL - EUROPEAN CUP.\n\nResults of matches on Thursday:\n\nGroup B: In Kaunas: Zalgiris 101 Ulker 97';
    expect(typedNames(story)).toEqual(
      expect.arrayContaining([
        'ORGANIZATION:Racing Club',
        'ORGANIZATION:Cobreloa',
        'ORGANIZATION:Huachipato',
        'ORGANIZATION:Palestino',
        'ORGANIZATION:Zalgiris',
        'ORGANIZATION:Ulker',
      ]),
    );
    // The label's town is where the match was played.
    expect(typedNames(story).filter((m) => m.includes('In Kaunas'))).toEqual([]);
  });

  it('a division heading a table names no place', () => {
    const story =
      "BASKETBALL - STANDINGS.\n\nNEW YORK 1996-12-05\n\nStandings after Wednesday's games (tabulate under won, lost, percentage):\n\nATLANTIC DIVISION\n\nW L PCT GB\n\nMIAMI 13 5 .722 -\n\nBOSTON 11 6 .647 1 1/2";
    const found = typedNames(story);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:MIAMI', 'ORGANIZATION:BOSTON']));
    expect(found.filter((m) => m.includes('ATLANTIC'))).toEqual([]);
  });

  it('names with a minute in brackets after a score are the scorers', () => {
    const story =
      'SOCCER - SCOTTISH SUMMARIES.\n\nGLASGOW 1996-09-07\n\nSummaries of matches played on Saturday:\n\nFalkirk 1 (Robertson 55) Stenhousemuir 1 (Denny 7, McQuarrie 80 pen). Attendance: 7,300';
    const found = typedNames(story);
    expect(found).toEqual(expect.arrayContaining(['PERSON:Robertson', 'PERSON:Denny', 'PERSON:McQuarrie', 'ORGANIZATION:Stenhousemuir']));
  });

  it('a league in a sports report is the competition, no body, unless it acts', () => {
    const story =
      'BASEBALL - MAJOR LEAGUE STANDINGS.\n\nNEW YORK 1996-08-29\n\nThe Brewers beat the Twins 5-4 on Tuesday to close on the American League leaders. Cleveland lead the Central League by two games. The Eastern League fined Ottawa for a brawl.';
    const found = typedNames(story);
    expect(found.filter((m) => /league/iu.test(m))).toEqual(['ORGANIZATION:Eastern League']);
    // Nor are its words in a headline in capitals a place.
    expect(typedNames('RUGBY LEAGUE - BRONCOS WIN FINAL.\n\nSYDNEY 1996-09-29\n\nThe Broncos beat the Sharks 24-12 to top the Super League.')).not.toContain(
      'LOCATION:RUGBY',
    );
  });

  it('a town with a verb in the plural in a sports report is its side, a nation stays a place', () => {
    const story =
      'SOCCER - ITALIAN ROUND-UP.\n\nROME 1996-12-07\n\nJuventus beat Parma 1-0 in the league on Sunday. Vicenza stay top after a 1-1 draw with Udinese. Italy are next in action in March.';
    expect(typedNames(story)).toEqual(expect.arrayContaining(['ORGANIZATION:Vicenza', 'LOCATION:Italy']));
  });

  it('so is a town that lost, won or beat, also with "both" after the sides ("Houston and St Louis both lost")', () => {
    const story =
      'BASEBALL - MAJOR LEAGUE ROUND-UP.\n\nNEW YORK 1996-08-28\n\nBaltimore beat Boston 6-4 in the American League on Wednesday. ' +
      'Houston and St Louis both lost. Detroit won in 10 innings, and Pittsburgh lost to Florida.';
    const found = typedNames(story);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Houston', 'ORGANIZATION:St Louis', 'ORGANIZATION:Detroit', 'ORGANIZATION:Pittsburgh']));
    expect(found.filter((m) => m.startsWith('LOCATION:') && !/NEW YORK|American/u.test(m))).toEqual([]);
  });

  it('so is a town whose record fell ("Sacramento fell to 21-17")', () => {
    const story =
      'BASKETBALL - NBA ROUND-UP.\n\nNEW YORK 1996-01-12\n\nBoston beat Utah 118-109 on Sunday as guard Tom Hale scored 31 points. ' +
      'Sacramento fell to 21-17 in the standings, and Phoenix dropped to 10-30 after the game.';
    const found = typedNames(story);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Sacramento', 'ORGANIZATION:Phoenix']));
    expect(found).not.toContain('LOCATION:Sacramento');
  });

  it('a side doing what a side does after "and" and a venue opens a clause, no list of places', () => {
    const story =
      'RUGBY UNION - ENGLISH ROUND-UP.\n\nLONDON 1996-08-10\n\nLeicester beat Bath 20-17 at Welford Road and Wasps drew with Harlequins. ' +
      'Saracens lost at Kingsholm and Orrell beat Sale in the league on Saturday.';
    const found = typedNames(story);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Wasps', 'ORGANIZATION:Orrell', 'LOCATION:Welford Road', 'LOCATION:Kingsholm']));
    expect(found).not.toContain('LOCATION:Orrell');
  });

  it('so is a town and a word after it the gazetteer does not know together ("Nottingham Forest")', () => {
    const story =
      'SOCCER - ENGLISH ROUND-UP.\n\nLONDON 1996-12-07\n\nGrimsby Forest were held to a 1-1 draw by Exeter in the league on Saturday. ' +
      'Striker Tom Hale scored the goal after 20 minutes.';
    expect(typedNames(story)).toContain('ORGANIZATION:Grimsby Forest');
    expect(typedNames(story)).not.toContain('LOCATION:Grimsby Forest');
  });

  it('a place inside an event the story names is no place in the headline', () => {
    const story = 'CRICKET - SHEFFIELD SHIELD SCOREBOARD.\n\nHOBART 1996-12-07\n\nScoreboard of the Sheffield Shield match at Bellerive Oval:';
    const found = typedNames(story);
    expect(found.filter((m) => /Sheffield|SHEFFIELD/u.test(m))).toEqual([]);
    expect(found).toContain('LOCATION:Bellerive Oval');
  });

  it('"S. Warne" in a scorecard is the Shane Warne of the report', () => {
    const story = 'CRICKET - AUSTRALIA WIN.\n\nBRISBANE 1996-12-07\n\nShane Warne took three wickets.\n\nWest Indies 172 (B. Lara 44; S. Warne 3-60).';
    const warne = recognizeEntities(layout(story)).filter((e) => /Warne/u.test(e.name));
    expect(warne.map((e) => [e.name, e.mentions.length])).toEqual([['Shane Warne', 2]]);
  });
});

describe('names of movements, fronts and market indexes', () => {
  it('a body whose name runs on with "of" and "for" is one name', () => {
    const story =
      'Rebels advance\n\nThe Alliance of Democratic Forces for the Liberation of Kivu said it held the town. The Movement for Democratic Change said so too.';
    expect(typedNames(story)).toEqual(
      expect.arrayContaining(['ORGANIZATION:Alliance of Democratic Forces for the Liberation of Kivu', 'ORGANIZATION:Movement for Democratic Change']),
    );
  });

  it('but not over a person’s title after "of"', () => {
    const found = typedNames('Vote\n\nThe right-wing Freedom Front of General Piet Marais left the talks.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Freedom Front', 'PERSON:Piet Marais']));
  });

  it('a group named before its fighters is an organization', () => {
    expect(typedNames('Siege\n\nTalks with Sendero Rojo rebels holding 40 hostages stalled.')).toContain('ORGANIZATION:Sendero Rojo');
  });

  it('an index named after a firm or a paper is neither; an award-winning writer is no academy', () => {
    const found = typedNames('Markets\n\nThe Straits Times index was flat and the Kuala Times index fell. An Academy Award-winning writer spoke.');
    expect(found).toEqual([]);
  });
});

describe('a legal form closing a sentence', () => {
  it('leaves the sentence’s period out of the name, and keeps one entity for both spellings', () => {
    const story = 'Bonds\n\n"Prices will hold," said Ann Holt, analyst at Marbury & Co.\n\nShe sold Lear Corp. It fell. Lear Corp. shares rose later.';
    const found = recognizeEntities(layout(story));
    expect(found.filter((e) => e.type === 'ORGANIZATION').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Marbury & Co', ['Marbury & Co']],
      ['Lear Corp', ['Lear Corp', 'Lear Corp.']],
    ]);
  });
});

describe('a headline in capitals', () => {
  it('a town’s name the story writes in lower case is an ordinary word there; a country stays a place', () => {
    const found = typedNames(
      'UN SAYS ANGOLA MISSION TO STAY.\n\nLUANDA 1996-11-05\n\nThe United Nations said on Tuesday its mission in Angola would stay until March.',
    );
    expect(found).toContain('LOCATION:ANGOLA');
    expect(found.filter((m) => m.endsWith(':MISSION'))).toEqual([]);
  });
});

describe("a wire's credit in brackets", () => {
  it('"(Reuter)" after a dateline is the agency, as the 1990s wire spelled it', () => {
    const entities = recognizeEntities(layout('TENNIS - SEEDS ADVANCE\n\nPARIS, May 30 (Reuter) - The top seeds advanced on Thursday.'));
    expect(entities.find((e) => e.name === 'Reuter')?.type).toBe('ORGANIZATION');
  });
});

describe('a town as a side by its players and its results', () => {
  it("a town before a player's position is the side; a nation's side stays the nation", () => {
    const story =
      'BASEBALL - MAJOR LEAGUE ROUND-UP.\n\nNEW YORK 1996-09-12\n\nIn Denver, Tampa starter Ray Holt gave up two runs in six innings and ' +
      'Denver reliever Sam Kerr blew the save. Omaha shortstop Al Vint went three for four.';
    const found = typedNames(story);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Tampa', 'ORGANIZATION:Omaha', 'LOCATION:Denver']));
    expect(found.filter((m) => m === 'ORGANIZATION:Denver')).toHaveLength(1);
    const rugby = typedNames(
      'RUGBY UNION - WEEKEND REPORT.\n\nLONDON 1996-09-12\n\nGloucester scrum-half Tom Pike scored twice and Wales flanker Huw Pryce was sent off.',
    );
    expect(rugby).toEqual(expect.arrayContaining(['ORGANIZATION:Gloucester', 'LOCATION:Wales']));
  });

  it('so is a town given a lead or a win, or that "has won"', () => {
    const story =
      'BASEBALL - MAJOR LEAGUE ROUND-UP.\n\nNEW YORK 1996-09-12\n\nTom Vale singled home the winning run in the 10th to give Tampa a 3-2 win over Omaha. ' +
      'In Denver, Al Vint doubled to give Omaha an early lead. Denver has won five of its last six.';
    const found = typedNames(story);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Tampa', 'ORGANIZATION:Omaha', 'ORGANIZATION:Denver', 'LOCATION:Denver']));
  });
});

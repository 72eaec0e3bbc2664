// Names typed by what the words around them say, on wire stories written for the test with names no
// gazetteer lists: appositions, the kind of firm before a name, and one type per name in a story.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { typedNames } from '../../support/extraction.js';

describe('an apposition says what a name is', () => {
  it('a kind of organization or place after the name types it', () => {
    const story =
      'Shares fall in Warsaw.\n\nBudimex, a construction firm, was unchanged. Dealers said Halvorsen Brothers, a Norwegian shipping firm, was the bidder.';
    expect(typedNames(story)).toEqual(expect.arrayContaining(['ORGANIZATION:Budimex', 'ORGANIZATION:Halvorsen Brothers']));
    expect(typedNames('Rebels attack.\n\nThe rebels fled to Koysinjaq, a town near the border, on Monday.')).toContain('LOCATION:Koysinjaq');
    expect(typedNames('Rebels attack.\n\nA spokesman for the Zomba Movement, a rebel group active in the south, spoke.')).toContain(
      'ORGANIZATION:Zomba Movement',
    );
  });

  it('the head of the phrase decides, past a possessive and before a role', () => {
    expect(typedNames('Results out.\n\nProfits rose at Mostowiec, Poland’s largest builder, on Tuesday.')).toContain('ORGANIZATION:Mostowiec');
    expect(typedNames('Results out.\n\nProfits rose, said Kolawole Adebayo, a bank economist, on Tuesday.')).toContain('PERSON:Kolawole Adebayo');
    expect(typedNames('Vote held.\n\nThe plan was backed by Oyelaran, a party member, on Tuesday.')).not.toContain('ORGANIZATION:Oyelaran');
  });

  it('a person’s role after the name makes it a person’s, unless bodies hold that role too', () => {
    expect(typedNames('Stocks rise.\n\n“It is priced for perfection,” said Jordan Hale, an analyst at Morningstar.')).toContain('PERSON:Jordan Hale');
    expect(typedNames('Deal agreed.\n\nThe bid was backed by Jordan Capital, an adviser to the board.')).not.toContain('PERSON:Jordan Capital');
    // After a preposition, the phrase opens a clause: "In Tulsa, an unarmed man …".
    expect(typedNames('Shooting.\n\nIn Tulsa, an unarmed man was shot by police.')).toContain('LOCATION:Tulsa');
  });

  it('a broadcaster before a given name and a surname is a person who broadcasts', () => {
    expect(typedNames('Tributes paid.\n\nFriends paid tribute to broadcaster Margaret Quinn, who died aged 84.')).toContain('PERSON:Margaret Quinn');
    expect(typedNames('Ratings fall.\n\nRatings fell at broadcaster Telvisa, the firm said.')).toContain('ORGANIZATION:Telvisa');
  });

  it('"the site of" something is the place where it stands, a site alone an outlet', () => {
    expect(typedNames('Debate ads.\n\nThe ads ran in two papers in Harlow, the site of the debate. Harlow voted on Monday.')).toEqual([
      'LOCATION:Harlow',
      'LOCATION:Harlow',
    ]);
    expect(typedNames('Video posted.\n\nThe video went up on Chirper, the social networking site that lets users post short notes.')).toContain(
      'ORGANIZATION:Chirper',
    );
  });

  it('a site a superlative or a word of places sets apart is a place, with no "of" after it', () => {
    expect(typedNames("Crane falls.\n\nPilgrims crowded into Harran, the faith's holiest site, on Friday. A crane fell in Harran.")).toEqual([
      'LOCATION:Harran',
      'LOCATION:Harran',
    ]);
    expect(typedNames("Shrine shut.\n\nGuards closed Velmora, the region's most sacred site, on Monday.")).toContain('LOCATION:Velmora');
    expect(typedNames("New pages.\n\nChirper, the company's newest site, opened on Monday.")).toContain('ORGANIZATION:Chirper');
  });

  it('a description that opens a clause of its own or comes before a name is no apposition', () => {
    const clause = typedNames('Talks held.\n\nHe met the negotiator for Ruvenda, the ministry said on Friday.');
    expect(clause).not.toContain('ORGANIZATION:Ruvenda');
    const title = typedNames('Dissident held.\n\nPolice detained dissident Lin Baoshan, the pressure group Rights Watch Asia said.');
    expect(title).toContain('PERSON:Lin Baoshan');
  });

  it("after a phrase that opens the sentence, a description running to its end is the sentence's clause", () => {
    expect(typedNames('Cup final.\n\nAccording to Ann Holt, the team won on penalties.')).toEqual(['PERSON:Ann Holt']);
    expect(typedNames('Growth.\n\nRain fell. Under Tom Pike, the firm grew fast.')).toEqual(['PERSON:Tom Pike']);
    // Set off by a second comma, it is still an apposition.
    expect(typedNames('Results.\n\nAccording to Velk Norrin, a ferry firm, profits rose.')).toEqual(['ORGANIZATION:Velk Norrin']);
  });
});

describe('a kind of body before "called" or "named"', () => {
  it('names a body wherever the story names it again, whatever its words look like', () => {
    expect(typedNames('Campaign costs\n\nThe campaign paid a data firm called Dorrance Analytica. Dorrance Analytica said it did nothing wrong.')).toEqual([
      'ORGANIZATION:Dorrance Analytica',
      'ORGANIZATION:Dorrance Analytica',
    ]);
    expect(typedNames('Campaign costs\n\nThe money went to a little-known website named Hollis Weekly.')).toEqual(['ORGANIZATION:Hollis Weekly']);
    expect(typedNames('Campaign costs\n\nThey moved to a small town called Hale. Hale has one school.')).toEqual(['LOCATION:Hale', 'LOCATION:Hale']);
  });
  it('while a person named so stays a person', () => {
    expect(typedNames('Campaign costs\n\nA man named Tom Hale called the police.')).toEqual(['PERSON:Tom Hale']);
  });
  it('while a body that names someone to a post names a person ("named Ann Holt its chair")', () => {
    expect(typedNames('Board\n\nThe board named Ann Holt its chair.')).toEqual(['PERSON:Ann Holt']);
    expect(typedNames('Vote\n\nThe party named Tom Pike as its nominee on Tuesday.')).toEqual(['PERSON:Tom Pike']);
    expect(typedNames('Deal\n\nA data firm named Velk Analytica said it would hire.')).toEqual(['ORGANIZATION:Velk Analytica']);
  });
  it('and so does one that names someone the post itself ("named Tom Pike chairman")', () => {
    expect(typedNames('Board\n\nThe board named Tom Pike chairman on Monday.')).toEqual(['PERSON:Tom Pike']);
    expect(typedNames('Club\n\nThe club named Ann Holt interim coach after the defeat.')).toEqual(['PERSON:Ann Holt']);
    expect(typedNames('Vote\n\nShareholders elected Ann Holt chief executive of the ferry line.')).toEqual(['PERSON:Ann Holt']);
  });
  it("while an office after a firm that is named, or after no appointing verb, is still the firm's", () => {
    expect(typedNames('Deal\n\nA firm named Korvath Capital chairman Tom Pike joined it.')).toEqual(['ORGANIZATION:Korvath Capital', 'PERSON:Tom Pike']);
    expect(typedNames('Deal\n\nHe met Velk Analytica chairman Tom Pike on Monday.')).toEqual(['ORGANIZATION:Velk Analytica', 'PERSON:Tom Pike']);
  });
});

describe('"as" and "its" after a name', () => {
  it('are no verb the name does, so no evidence of a firm acting on its own', () => {
    expect(typedNames('Hires\n\nThe ferry firm hired Ann Holt as its new chief executive.')).toEqual(['PERSON:Ann Holt']);
    expect(typedNames('Hires\n\nThe council hired Tom Pike as its chief.')).toEqual(['PERSON:Tom Pike']);
  });
  it('while a verb after the name still shows a firm that owns a stake', () => {
    expect(typedNames('Deal\n\nHarlow Velk sold its stake in the ferry line.')).toEqual(['ORGANIZATION:Harlow Velk']);
  });
});

describe('a role set off after a name headed as a body', () => {
  it('is the subject of the clause after an opening phrase, no description of the body', () => {
    expect(typedNames('Emails\n\nIn the emails released by the Transport Department, the candidate sounded callous.')).toEqual([
      'ORGANIZATION:Transport Department',
    ]);
  });
  it('while a role after a person’s name still makes it a person’s', () => {
    expect(typedNames('Emails\n\nThe emails were sent by Ann Holt, the candidate.')).toEqual(['PERSON:Ann Holt']);
  });
});

describe('who takes a poll', () => {
  it('is a body wherever the story names it, after "a poll by" or before "poll"', () => {
    expect(typedNames('Turnout\n\nA poll by Granite Decisions found most voters favored the measure. Granite Decisions said turnout would rise.')).toEqual([
      'ORGANIZATION:Granite Decisions',
      'ORGANIZATION:Granite Decisions',
    ]);
    expect(typedNames('Turnout\n\nA survey conducted by Public Policy Polling found the race close.')).toEqual(['ORGANIZATION:Public Policy Polling']);
    expect(typedNames('Turnout\n\nIn a recent Gallup survey, most liked her, and Gallup finds the states shifting.')).toEqual([
      'ORGANIZATION:Gallup',
      'ORGANIZATION:Gallup',
    ]);
  });
  it('while a person named in full, a party and the place polled keep their kinds', () => {
    expect(typedNames('Turnout\n\nA poll by Ann Selzer found the race close, and a Selzer poll agreed.')).toEqual(['PERSON:Ann Selzer', 'PERSON:Selzer']);
    expect(typedNames('Turnout\n\nAn Iowa poll and a Boston survey found the race close.')).toEqual(['LOCATION:Iowa', 'LOCATION:Boston']);
    expect(typedNames('Turnout\n\nA Democratic poll showed Tom Hale ahead.')).toEqual(['PERSON:Tom Hale']);
    expect(typedNames('Turnout\n\nThe mayor of Gallup said a Gallup poll had it wrong.')).toContain('LOCATION:Gallup');
    expect(typedNames('Turnout\n\nOpinion polls show Tom Hale ahead.')).toEqual(['PERSON:Tom Hale']);
  });
});

describe('where a facility stands', () => {
  it('a name between a possessive and a plant, mine or site is a place, never a person', () => {
    expect(typedNames('Jobs cut\n\nKorvan Steel will shut two furnaces at its Port Ellery plant next year.')).toEqual([
      'ORGANIZATION:Korvan Steel',
      'LOCATION:Port Ellery',
    ]);
    expect(typedNames('Output\n\nThe miner said output at its Mary Creek mine fell.')).toContain('LOCATION:Mary Creek');
  });
});

describe('a lone unknown word that speaks', () => {
  it('is a company where the story shows one: "its" after "it", or "The company" next', () => {
    expect(typedNames('Oil\n\nPetrazul said on Tuesday that crude output fell 4 percent. The company blamed ageing fields.')).toEqual([
      'ORGANIZATION:Petrazul',
    ]);
    expect(typedNames('Ports\n\nVandra said on Friday it would sell a stake in its container terminal.')).toEqual(['ORGANIZATION:Vandra']);
  });

  it('is a company that "holds", "owns" or "runs" with "which" after it', () => {
    expect(typedNames('Stake\n\nKestrova, which holds a stake in the airline, declined to comment.')).toEqual(['ORGANIZATION:Kestrova']);
  });

  it('stays a person with "his" or "her" after it, or where the story gives it a given name', () => {
    expect(typedNames('Vote\n\nKoroma said on Friday that his party would win. The company of soldiers marched.')).toEqual(['PERSON:Koroma']);
    expect(typedNames('Shares\n\nAda Vandra spoke. Vandra said on Friday it would sell a stake in its firm.')).toEqual(['PERSON:Ada Vandra', 'PERSON:Vandra']);
  });
});

describe('a lone word with "who" after it', () => {
  it('is a person where no gazetteer knows it', () => {
    expect(typedNames('Debt\n\nMwansa, who won the 2021 election, said the deal was fair.')).toEqual(['PERSON:Mwansa']);
  });
});

describe('the kind of firm before a name', () => {
  it('types companies named without a legal form', () => {
    const story = 'Publisher buys rival.\n\nDutch publisher Wolters Kluwer agreed to buy German legal publisher Neumann Verlag and builder Mostostal Zabrze.';
    expect(typedNames(story)).toEqual(expect.arrayContaining(['ORGANIZATION:Wolters Kluwer', 'ORGANIZATION:Neumann Verlag', 'ORGANIZATION:Mostostal Zabrze']));
  });

  it('a playmaker or a lawmaker is a person', () => {
    expect(typedNames('Cup tie.\n\nFormer Auxerre playmaker Corvin Maltras headed home a corner.')).toContain('PERSON:Corvin Maltras');
  });
});

describe('names listed together are of one kind', () => {
  it('an unknown word listed with a place after a preposition of place is a place', () => {
    const story = 'Floods.\n\nFactories in Dhaka and Kaliraj cut shifts. Fighting spread from Goma to Bwito, Nyamilima and Kibirizi.';
    expect(typedNames(story)).toEqual(expect.arrayContaining(['LOCATION:Kaliraj', 'LOCATION:Bwito', 'LOCATION:Nyamilima', 'LOCATION:Kibirizi']));
    // A comma alone makes no list: the name after it is the news agency.
    expect(typedNames('Blast.\n\nA blast hit a plant outside Moscow, Interfax news agency said.')).toContain('ORGANIZATION:Interfax');
  });

  it('a list of four or more, commas between, is one list to its "and"', () => {
    const story = 'Charity merger\n\nThe charity has offices in Euston, Glasgow, Cardiff and Belfast, and hospices in Hampstead.';
    expect(typedNames(story)).toEqual(expect.arrayContaining(['LOCATION:Glasgow', 'LOCATION:Cardiff', 'LOCATION:Belfast']));
    expect(typedNames('Blast.\n\nA blast hit a plant outside Moscow, Interfax, Tass and Itar said.')).toContain('ORGANIZATION:Interfax');
  });

  it('a comma before "and" after the first place opens a clause, not a list', () => {
    const report = 'Soccer round-up\n\nLeca lost 3-1 to Chaves at Farense, and Tirsense beat Braga 2-0 in the league. Kilbrennan drew at Ormsby.';
    const found = typedNames(report);
    expect(found).toContain('ORGANIZATION:Tirsense');
    expect(found).not.toContain('LOCATION:Tirsense');
  });
});

describe('one name, one thing in a story', () => {
  it('a town’s name speaking after the firm it opens is that firm, not a capital nor a public body', () => {
    const story = 'Miner results\n\nTamworth Argent reported a fall in profit on Wednesday. Tamworth said output at its mine would rise this year.';
    const found = recognizeEntities(layout(story));
    expect(found.find((e) => e.name === 'Tamworth Argent')?.mentions).toHaveLength(2);
    const rio = recognizeEntities(layout('Miner results\n\nRio Tinto reported a fall in profit. Rio said output in Mongolia would rise.'));
    expect(rio.find((e) => e.name === 'Rio Tinto')?.mentions).toHaveLength(2);
    const paper = recognizeEntities(layout('Papers\n\nThe Washington Post reported the talks. Washington said the talks were useful.'));
    expect(paper.find((e) => e.name === 'Washington Post')?.mentions).toHaveLength(1);
    const state = recognizeEntities(layout('Leases\n\nThe Alaska Department of Law will file the case. Alaska said the leases were unlawful.'));
    expect(state.find((e) => e.name === 'Alaska Department of Law')?.mentions).toHaveLength(1);
  });

  it('the first word of an organization’s name, alone, is that organization', () => {
    const story =
      'Steelmaker posts profit.\n\nBrazilian steelmaker Maraba Siderurgica said profit rose. Maraba, which is controlled by the Tavares family, said sales rose.';
    const found = recognizeEntities(layout(story));
    const maraba = found.find((e) => e.name === 'Maraba Siderurgica')!;
    expect(maraba.type).toBe('ORGANIZATION');
    expect(maraba.mentions.map((m) => m.text)).toEqual(['Maraba Siderurgica', 'Maraba']);
    // "the Tavares family" bears a surname.
    expect(found.find((e) => e.name === 'Tavares')?.type).toBe('PERSON');
  });

  it('a firm’s first word that is a surname in -man or -an is the firm too, not a person', () => {
    const story = 'Banks trim outlook.\n\nThe bank Brookman Lyle cut its growth forecast on Tuesday. Brookman said consumer spending was weak.';
    const bank = recognizeEntities(layout(story)).find((e) => e.name === 'Brookman Lyle');
    expect(bank?.type).toBe('ORGANIZATION');
    expect(bank?.mentions.map((m) => m.text)).toEqual(['Brookman Lyle', 'Brookman']);
    const tibet = 'Airline news.\n\nTibetan Airlines added flights. Tibetan monks protested in Lhasa.';
    expect(typedNames(tibet)).not.toContain('ORGANIZATION:Tibetan');
  });

  it('but not a word a person of the story bears, nor a name of its own', () => {
    const story = 'Bid talk.\n\nOkonkwo Holdings rose. Ada Okonkwo said Okonkwo would sell. The Reuters/Ipsos poll was out, Reuters said.';
    const found = recognizeEntities(layout(story));
    expect(found.find((e) => e.name === 'Ada Okonkwo')!.mentions).toHaveLength(2);
    expect(found.find((e) => e.name === 'Reuters')?.type).toBe('ORGANIZATION');
  });

  it('a city a results line names as a side is the place where a report says a game was played', () => {
    const story =
      'ICE HOCKEY - NHL RESULTS.\n\nNEW YORK 1996-12-05\n\nResults of games on Wednesday:\n\nToronto 4 Calgary 2\nLeeton 2 Dallas 2\n\nIn Dallas, the Stars rallied to tie Leeton. Toronto beat Calgary for their fifth straight win.';
    const mentions = typedNames(story);
    expect(mentions.filter((m) => m.endsWith(':Dallas'))).toEqual(['ORGANIZATION:Dallas', 'LOCATION:Dallas']);
    // "Results of …" opening a sentence names nothing, in the headline neither.
    expect(mentions.filter((m) => /results/iu.test(m))).toEqual([]);
  });

  it('a demonym refers to the state, not a territory that shares it', () => {
    const found = recognizeEntities(layout('Ship sold.\n\nA Norwegian shipping firm and an Indian bank bid.'));
    expect(found.map((e) => e.name)).toEqual(['Norway', 'India']);
  });
});

describe('sides in sports reports', () => {
  const report =
    'SOCCER - LEADERS HELD AT HOME.\n\nISTANBUL 1996-12-08\n\nChampions Kartalspor were held to a 1-1 draw at home by Yesilova on Sunday. Yesilova went ahead through Hami Dervisoglu before Kartalspor’s Romanian international Ion Baciu equalised.\n\nIn Izmir, Altinova drew 0-0 with Karsiyaka Genclik.';

  it('a name of two words ending in a plural that plays is a side, not a person ("Kaizer Chiefs drew")', () => {
    const found = typedNames('Derby\n\nMbeki Rovers drew 1-1 with Stellenbosch. Tembisa Hawks beat Polokwane Sundowns 2-0 on Saturday.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Tembisa Hawks', 'ORGANIZATION:Polokwane Sundowns']));
    expect(found.some((m) => m.startsWith('PERSON:'))).toBe(false);
  });

  it('a city and a plural after it name a side ("Mumbai Indians signed …"), not a place or person', () => {
    expect(typedNames('Auction\n\nDelhi Indians signed a fast bowler on Monday.')).toEqual(['ORGANIZATION:Delhi Indians']);
    expect(typedNames('Auction\n\nChennai Kings released their captain.')).toEqual(['ORGANIZATION:Chennai Kings']);
    // After "the", a plural's ending the lexicon does not know, and a city that is a given name too.
    expect(typedNames('Basketball\n\nThe Houston Rangoes lost at home, and the Charlotte Hornets won.')).toEqual([
      'ORGANIZATION:Houston Rangoes',
      'ORGANIZATION:Charlotte Hornets',
    ]);
  });

  it('a player’s game score after a name is no side’s total ("Lin Yufei 21-15", not "Kent 108-3")', () => {
    const found = typedNames('Badminton\n\nSaina lost to Lin Yufei 21-15 21-18 on Friday. Kent 108-3 in reply.');
    expect(found).toEqual(expect.arrayContaining(['PERSON:Lin Yufei', 'ORGANIZATION:Kent']));
  });

  it('a name whose players the report names is a club, wherever the report names it', () => {
    const mentions = typedNames(report);
    expect(mentions.filter((m) => m.endsWith(':Kartalspor'))).toEqual(['ORGANIZATION:Kartalspor', 'ORGANIZATION:Kartalspor']);
    expect(mentions).toContain('PERSON:Ion Baciu');
  });

  it('the other side after a score is a side too', () => {
    expect(typedNames(report)).toContain('ORGANIZATION:Karsiyaka Genclik');
  });

  it('a manager’s players are his, not a club’s', () => {
    const mentions = typedNames('SOCCER - ENGLAND WIN.\n\nLONDON 1996-09-01\n\nGlenn Hoddle’s England players scored three goals to win the match.');
    expect(mentions).toContain('PERSON:Glenn Hoddle');
  });

  it('an ordinary word opening a headline is no name where the story names nothing so', () => {
    expect(typedNames('Bonds steady ahead of meeting.\n\nFRANKFURT 1996-12-04\n\nGerman bonds were steady on Wednesday.')).toEqual(['LOCATION:FRANKFURT']);
  });
});

describe('names headed as bodies', () => {
  it('a body named after a person or with a given name first is no person', () => {
    const mentions = typedNames(
      'Study out.\n\nResearchers at the Wayne Hollis University School of Medicine and the Ezra Dunmore Society said Kerr Natural Resources paid.',
    );
    expect(mentions).toEqual(
      expect.arrayContaining([
        'ORGANIZATION:Wayne Hollis University School of Medicine',
        'ORGANIZATION:Ezra Dunmore Society',
        'ORGANIZATION:Kerr Natural Resources',
      ]),
    );
  });
});

describe('where a person works', () => {
  it('a name after a person and "at" or "of" is the employer, unless a place', () => {
    const story =
      'Shares fall.\n\n“Investors are taking profits,” said Anthony Kwan of Tai Fook Traders. Analyst Marc Vermeulen at Lambrecht said so. Steffi Graf of Germany won.';
    expect(typedNames(story)).toEqual(
      expect.arrayContaining(['ORGANIZATION:Tai Fook Traders', 'ORGANIZATION:Lambrecht', 'PERSON:Steffi Graf', 'LOCATION:Germany']),
    );
  });

  it('where brokers and dealers work is an organization', () => {
    expect(typedNames('Results out.\n\nBrokers at Corretora Vilaboa said the results were in line.')).toEqual(['ORGANIZATION:Corretora Vilaboa']);
  });

  it('a bank or group named in another language is an organization', () => {
    expect(typedNames('Bid made.\n\nThe offer came from Banque Delorme and Grupo Ferraz.')).toEqual([
      'ORGANIZATION:Banque Delorme',
      'ORGANIZATION:Grupo Ferraz',
    ]);
  });

  it('so is an agency named in another language, and the country in its name stays a place', () => {
    expect(typedNames('Truck attack\n\nA reporter for Agence France-Presse saw the truck. France will send troops.')).toEqual([
      'ORGANIZATION:Agence France-Presse',
      'LOCATION:France',
    ]);
    expect(typedNames('Truck attack\n\nAgencia Tellier said the truck had stopped.')).toEqual(['ORGANIZATION:Agencia Tellier']);
  });

  it('"and" between two complete names of bodies joins no name', () => {
    const spans = (text: string) => typedNames(text).map((m) => m.slice(m.indexOf(':') + 1));
    expect(spans('Banks rise.\n\nAnalysts at Halberg Bank and Ostmark raised their targets.')).toEqual(['Halberg Bank', 'Ostmark']);
    expect(typedNames('Strike.\n\nPupils at Fenwick High School and Ashby Middle School stayed home.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Fenwick High School', 'ORGANIZATION:Ashby Middle School']),
    );
    expect(typedNames('Study.\n\nThe University of Kerrow and Kerrow Technical University signed a deal.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:University of Kerrow', 'ORGANIZATION:Kerrow Technical University']),
    );
    expect(typedNames('Banks.\n\nProfits rose at BKZ and Alpine Bank Corp on Monday.')).toEqual(['ORGANIZATION:BKZ', 'ORGANIZATION:Alpine Bank Corp']);
    // A name with a given name, an acronym or a place in it is a firm of its own before "and" ...
    expect(spans('Shares.\n\nThe index was led by Douglas Forestry and Telecom, while Harrow TSB and Midvale Bank fell.')).toEqual([
      'Douglas Forestry',
      'Telecom',
      'Harrow TSB',
      'Midvale Bank',
    ]);
    // ... unless its ordinary word before "and" and a company's after make one firm.
    expect(spans('Power.\n\nDenver Gas and Electric Co raised its rates.')).toEqual(['Denver Gas and Electric Co']);
    // A body's domains joined by "and" stay one name.
    expect(typedNames('Trade.\n\nThe Ministry of Trade and Industry and the Securities and Exchange Commission met.')).toEqual([
      'ORGANIZATION:Ministry of Trade and Industry',
      'ORGANIZATION:Securities and Exchange Commission',
    ]);
  });

  it('a word describing a company opening the sentence is no part of its name', () => {
    expect(typedNames('Results due.\n\nRival Colbeek reported its results last week.')).toEqual(['ORGANIZATION:Colbeek']);
  });
});

describe('acronyms of two letters', () => {
  it('a body’s initials before its people or a speech verb name it ("UN envoy", "IS claimed")', () => {
    expect(typedNames('Talks\n\nUN envoy Lars Berg arrived. AU observers followed, and EC chair Ama Owusu spoke.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:UN', 'ORGANIZATION:AU', 'ORGANIZATION:EC']),
    );
    expect(typedNames('Attack\n\nIS claimed the bombing in Raqqa on Monday.')).toContain('ORGANIZATION:IS');
  });

  it('a country’s initials are the country, even opening a sentence', () => {
    expect(typedNames('Talks\n\nUS officials said the talks would resume.')).toEqual(['LOCATION:US']);
  });
});

describe('acronyms defined in the text', () => {
  it('a name its bracketed acronym spells is an organization, whatever its words look like', () => {
    const story = 'Cholera spreads.\n\nMedicos Sin Fronteras (MSF) said cholera had broken out. MSF said 20 people died.';
    expect(typedNames(story)).toEqual(['ORGANIZATION:Medicos Sin Fronteras', 'ORGANIZATION:MSF', 'ORGANIZATION:MSF']);
  });
});

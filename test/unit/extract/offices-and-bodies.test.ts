// Offices and the bodies they name, on sentences written for the test: where the office's words
// end and its holder's name begins, and long names of bodies opened by a plural.
import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf, speakersOf, typedNames } from '../../support/extraction.js';

/** "TYPE:name×mentions" of every entity the entity stage finds in a text given whole. */
const namesAndCountsOf = (text: string) => entitiesOf(text).map((e) => `${e.type}:${e.name}×${e.mentions.length}`);

describe('an office before its holder', () => {
  it('"Undersecretary" titles the name after its office ("Undersecretary for Harbour Affairs Ann Holt")', () => {
    const found = typedNames('Quay talks\n\nUndersecretary for Harbour Affairs Ann Holt said on Monday that the quay would reopen.');
    expect(found).toContain('PERSON:Ann Holt');
    expect(found.some((m) => /Affairs Ann/u.test(m))).toBe(false);
    const story = 'Tom Reed was answering a message from Undersecretary for Harbour Affairs Ann Holt. “The ferry has left,” she wrote.';
    expect(speakersOf(story)).toEqual(['Ann Holt']);
  });

  it('initials after an ordinary word open the holder’s name ("the Opposition M.K. Stalin")', () => {
    const found = typedNames('Walkout\n\nLeader of the Opposition R.K. Menon on Monday accused the government of ignoring farmers.');
    expect(found).toContain('PERSON:R.K. Menon');
    expect(found.some((m) => /Opposition R\.K\./u.test(m))).toBe(false);
    expect(typedNames('Budget\n\nMinister of State for Home Affairs G. Ramesh Iyer said the police acted lawfully.')).toContain('PERSON:G. Ramesh Iyer');
  });

  it('a name of one word after an office written as a title and its body holds the office ("… National Assembly Tumelo")', () => {
    const found = typedNames(
      'Session\n\nSpeaker of the National Assembly Tumelo opened the session on Monday. Minister of Mines Okafor said the bill would pass.',
    );
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:National Assembly', 'PERSON:Tumelo', 'PERSON:Okafor']));
    expect(found.some((m) => /Tumelo|Okafor/u.test(m) && !m.startsWith('PERSON'))).toBe(false);
    // An office in lower case, or a word ending the sentence, leaves the name whole.
    expect(typedNames('Obituary\n\nAlan Greer, the chairman of Grey Harrow, died on Monday.')).toContain('ORGANIZATION:Grey Harrow');
  });

  it('keeps a middle initial and a title before initials ("Vann R. Newkirk", "Chief Minister J. Lalitha")', () => {
    expect(typedNames('Voting\n\nVann R. Newkirk wrote on Monday.')).toContain('PERSON:Vann R. Newkirk');
    const found = typedNames('Floods\n\nTamil Nadu Chief Minister J. Lalitha toured the district on Sunday.');
    expect(found).toContain('PERSON:J. Lalitha');
    expect(found.some((m) => /Minister/u.test(m))).toBe(false);
  });

  it('a name ending in "Survey" is a body ("U.S. Geological Survey"), and "the agency" after it goes back to it', () => {
    expect(typedNames('Quake\n\nThe U.S. Geological Survey said the quake had a magnitude of 6.3.')).toEqual(['ORGANIZATION:U.S. Geological Survey']);
    expect(
      speakersOf(
        'UNICEF said most of those killed were children. The British Geological Survey said the quake was shallow. The agency said aftershocks were likely.',
      ),
    ).toEqual(['UNICEF', 'British Geological Survey', 'British Geological Survey']);
  });

  it('a body after "a spokesman for the" is the body whole, with no holder split off its head', () => {
    expect(typedNames('Strike\n\nA spokesman for the Rail Delivery Group, which represents train operators, said it was disappointed.')).toEqual([
      'ORGANIZATION:Rail Delivery Group',
    ]);
  });

  it('a body whose name runs on with "on" after an office is whole, with no holder after "on"', () => {
    expect(typedNames('Talks\n\nAnn Holt, the executive director of the Council on Velmoran Relations, said the talks had stalled.')).toEqual([
      'PERSON:Ann Holt',
      'ORGANIZATION:Council on Velmoran Relations',
    ]);
    expect(typedNames('Surf\n\nTom Brann, chairman of the Commission on Harwick Beaches, said the flags would stay up.')).toEqual([
      'PERSON:Tom Brann',
      'ORGANIZATION:Commission on Harwick Beaches',
    ]);
  });

  it('a ministry or body after an office is a name of its own, apart from its holder', () => {
    expect(typedNames('Audit\n\nDeputy Minister for Finance Ousmane Diallo said inspectors would check the accounts.')).toEqual([
      'ORGANIZATION:Finance',
      'PERSON:Ousmane Diallo',
    ]);
    expect(typedNames('Visit\n\nHe will meet Minister of Foreign Affairs Ali Hakim on Monday.')).toEqual(['ORGANIZATION:Foreign Affairs', 'PERSON:Ali Hakim']);
    const police = typedNames('Kidnap\n\nChief of Judicial Police Manuel Ortega told reporters the car was found.');
    expect(police).toEqual(expect.arrayContaining(['ORGANIZATION:Judicial Police', 'PERSON:Manuel Ortega']));
  });

  it('an office’s domains joined by "and" or listed with commas are one ministry, apart from its holder', () => {
    expect(typedNames('Bypass\n\nMinister for Roads and Transport Grace Wanjiru said the bypass would open in June.')).toEqual([
      'ORGANIZATION:Roads and Transport',
      'PERSON:Grace Wanjiru',
    ]);
    expect(typedNames('Estates\n\nMinister of Lands, Housing and Urban Development Peter Otieno toured the site.')).toEqual([
      'ORGANIZATION:Lands, Housing and Urban Development',
      'PERSON:Peter Otieno',
    ]);
    expect(speakersOf('Minister for Trade and Industry Amina Bello said exports rose.')).toEqual(['Amina Bello']);
  });

  it('a title after "and" is another office, not a domain ("Secretary of State and Defense Secretary …")', () => {
    const found = typedNames('Talks\n\nThe Secretary of State and Defense Secretary Tom Hale met on Monday.');
    expect(found).toContain('PERSON:Tom Hale');
    expect(found.some((m) => /State and/u.test(m))).toBe(false);
  });

  it('a place opening a body’s name after an office is part of that body, no office a holder takes ("… the Ohio Corn Growers Association")', () => {
    expect(typedNames('Fuel\n\nLena Varga, director of the Ohio Corn Growers Association, said the plant would close.')).toEqual([
      'PERSON:Lena Varga',
      'ORGANIZATION:Ohio Corn Growers Association',
    ]);
    expect(typedNames('Study\n\nAda Crane, director of the Norwich Hartley Center, said the study was sound.')).toEqual([
      'PERSON:Ada Crane',
      'ORGANIZATION:Norwich Hartley Center',
    ]);
    // The place an office is of still titles its holder: "Mayor of Dover Ann Hale".
    expect(typedNames('Ferry\n\nMayor of Dover Ann Hale said the ferries would run.')).toEqual(['LOCATION:Dover', 'PERSON:Ann Hale']);
  });

  it('the holder of an office so named speaks', () => {
    expect(speakersOf('Leader of the Opposition K.P. Rao said, "This budget fails the poor."')).toEqual(['K.P. Rao']);
  });
});

describe('a church named for its country', () => {
  it('"the Church of Scotland" is a body, no place; a church named for a saint is not one', () => {
    const found = typedNames('Synod\n\nThe Church of Scotland said on Monday it would meet in Perth. Later the Church of Norway agreed.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Church of Scotland', 'ORGANIZATION:Church of Norway', 'LOCATION:Perth']));
    expect(found).not.toContain('LOCATION:Scotland');
    expect(typedNames('Fire\n\nThe fire broke out at the Church of St Agnes in Leeds.')).not.toContain('ORGANIZATION:Church of St Agnes');
  });
});

describe('bodies whose names open with a plural', () => {
  it('"Centers for …", "Institutes of …" run on over their connectors', () => {
    const found = typedNames('Flu season\n\nThe Centers for Disease Control and Prevention said on Tuesday that flu cases rose.');
    expect(found).toContain('ORGANIZATION:Centers for Disease Control and Prevention');
    expect(found.some((m) => /:Prevention$/u.test(m))).toBe(false);
    expect(speakersOf('The Centers for Disease Control and Prevention said on Tuesday that flu cases rose.')).toEqual([
      'Centers for Disease Control and Prevention',
    ]);
  });

  it('the acronym of a name before its last "and …" names it too ("CDC")', () => {
    const found = namesAndCountsOf('Flu\n\nThe Institutes for Vaccine Research and Safety warned on Monday. The IVR said cases rose.');
    expect(found).toEqual(['ORGANIZATION:Institutes for Vaccine Research and Safety×2']);
  });
});

describe('a club or firm named by the last word of its name', () => {
  it('a town ending a club’s name is that club later in the report, but where it is the venue', () => {
    const report =
      'Leaders held\n\nEintracht Kassel were held to a 1-1 draw by Borussia Rostock in the league on Saturday. Kassel took the lead after 12 minutes ' +
      'but Rostock equalised after the break. Kassel coach Uwe Brandt said his side had been unlucky to drop points in Rostock.';
    const found = namesAndCountsOf(report);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Eintracht Kassel×3', 'ORGANIZATION:Borussia Rostock×2', 'LOCATION:Rostock×1']));
  });

  it('a firm’s last word alone is the firm; two names ending alike leave it alone', () => {
    expect(namesAndCountsOf('Results\n\nNordhaven Telekom reported a net loss on Monday. Telekom said sales fell.')).toContain(
      'ORGANIZATION:Nordhaven Telekom×2',
    );
    const two = namesAndCountsOf('Results\n\nNordhaven Telekom posted a loss and Suderland Telekom reported record profits. Telekom shares fell.');
    expect(two.filter((e) => /Nordhaven|Suderland/u.test(e))).toEqual(['ORGANIZATION:Nordhaven Telekom×1', 'ORGANIZATION:Suderland Telekom×1']);
  });
});

describe('government bodies and their acronyms', () => {
  it('an acronym after "the" names a body ("the BSE", "the RBI"), not a capitalised word ("THE SANDS")', () => {
    const found = typedNames('Listing\n\nThe carmaker told the BSE and the NSE on Monday. The RBI kept rates on hold.\n\nBOXING - HE FIGHTS THE SANDS OF TIME');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:BSE', 'ORGANIZATION:NSE', 'ORGANIZATION:RBI']));
    expect(found.some((m) => /SANDS/u.test(m))).toBe(false);
  });

  it('a ministry of several domains, the last of two words, is one name ("… Planning and Economic Development")', () => {
    expect(namesAndCountsOf('Rates\n\nThe Ministry of Finance, Planning and Rural Development said rates would hold.')).toContain(
      'ORGANIZATION:Ministry of Finance, Planning and Rural Development×1',
    );
  });

  it('an acronym spells a listed ministry or a hyphenated word ("METI", "EACC") without brackets', () => {
    const trade = namesAndCountsOf('Exports\n\nThe Ministry of Commerce, Trade and Industry tightened rules. MCTI said the change starts in April.');
    expect(trade).toContain('ORGANIZATION:Ministry of Commerce, Trade and Industry×2');
    const graft = namesAndCountsOf('Audit\n\nThe Ethics and Anti-Corruption Commission opened a file. The EACC said it would report in May.');
    expect(graft).toContain('ORGANIZATION:Ethics and Anti-Corruption Commission×2');
  });

  it('initials with periods spell each of their letters in a bracketed acronym ("U.N. … (UNOFC)")', () => {
    const found = namesAndCountsOf('Patrols\n\nThe U.N. Observer Force in Cyprus (UNOFC) said two of its posts were hit. UNOFC said nobody was hurt.');
    expect(found).toContain('ORGANIZATION:U.N. Observer Force in Cyprus×3');
    expect(found).not.toContain('ORGANIZATION:U.N. Observer Force×1');
  });

  it('a name ending in "Mission" is a body, with the place it serves after it or not', () => {
    const found = typedNames('Patrols\n\nThe African Union Mission in Sudan said its patrols had seen no fighting. The U.N. Mission said the same.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:African Union Mission', 'ORGANIZATION:U.N. Mission', 'LOCATION:Sudan']));
  });

  it('a bracketed acronym taking two letters of a word names the body before it ("KEMSA")', () => {
    const found = namesAndCountsOf('Audit\n\nThe Tanzania Medical Stores Agency (TAMSA) was audited. TAMSA denied wrongdoing.');
    expect(found).toEqual(['ORGANIZATION:Tanzania Medical Stores Agency×3']);
  });

  it('"Cabinet Secretary" is a title, and "Health" before it its domain', () => {
    const found = namesAndCountsOf('Audit\n\nHealth Cabinet Secretary Amina Odhiambo said the audit would start. Chief Cabinet Secretary Kenji Mori agreed.');
    expect(found).toEqual(['PERSON:Amina Odhiambo×1', 'PERSON:Kenji Mori×1']);
  });
});

describe('companies named without a legal form', () => {
  it('names that move as shares move in a market story, alone or listed, are companies', () => {
    const story =
      'Markets\n\nShares in Mumbai rose on Monday. Kalvani and Ostrel Suzuki shares rose, while Infotek and Virlo slipped. Sandor led gains on the index.';
    expect(typedNames(story)).toEqual(expect.arrayContaining(['ORGANIZATION:Kalvani', 'ORGANIZATION:Infotek', 'ORGANIZATION:Virlo', 'ORGANIZATION:Sandor']));
  });

  it('a name whose shares move by a figure is a company', () => {
    const found = typedNames('Markets\n\nVestra Nordisk fell 3 percent in Copenhagen. Larsen Maritime rose 2.5 pct to 210 crowns.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Vestra Nordisk', 'ORGANIZATION:Larsen Maritime']));
  });
});

describe('sides named after their towns in sports reports', () => {
  it('a city that rallies, hosts or is visited is its team, as American reports write it', () => {
    const report =
      'Heat rally\n\nMIAMI (AP) - Miami rallied to beat Chicago 112-104 on Sunday night for its fourth straight win in the league. ' +
      'The guard scored 31 points. Miami hosts Boston on Tuesday, while the Bulls visit Toronto.';
    const found = namesOf(report);
    expect(found).toEqual(expect.arrayContaining(['LOCATION:Miami', 'ORGANIZATION:Miami', 'ORGANIZATION:Boston', 'ORGANIZATION:Toronto']));
  });

  it('a town listed with a side, or described as one, is a side ("hopefuls Lazio and Bologna", "newly promoted Verona")', () => {
    const report =
      'Cup upsets\n\nLeague hopefuls Lazio and Bologna crashed out of the cup on Wednesday. Bologna went down 3-1 to newly promoted ' +
      'Verona after two late goals, and Lazio lost the match after their coach was sent off in the first half in Cesena.';
    const found = namesOf(report);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Lazio', 'ORGANIZATION:Bologna', 'ORGANIZATION:Verona', 'LOCATION:Cesena']));
    expect(found).not.toContain('LOCATION:Bologna');
  });

  it('a town said to be "who" in a sports report is its side, unless a verb in the singular follows', () => {
    const report = 'Soccer round-up\n\nDortmund, who have won only once this season, drew 0-0 with Kerrow United in the league. Bremen lost.';
    expect(typedNames(report)).toContain('ORGANIZATION:Dortmund');
    const player = typedNames('Soccer round-up\n\nThe striker Brest, who was benched last week, scored twice as Kerrow United won the league match.');
    expect(player).not.toContain('ORGANIZATION:Brest');
  });

  it('a town and a word after it said to be "who" in the plural are a side too', () => {
    const report =
      'Soccer round-up\n\nStockport Forest, who were docked four points by the league, lost 2-0 on Saturday. The match was their worst of the season.';
    expect(typedNames(report)).toContain('ORGANIZATION:Stockport Forest');
  });

  it('the names of a result line are sides, and a side that travels is no person', () => {
    const report =
      'Cottagers edge Toffees\n\nBy Amy Reid\n\nKerrow 2 Everton 1\n\nKerrow moved five points clear of the relegation zone with a scrappy win ' +
      'in the league. Their striker scored twice. Kerrow travel to Brentford next week.';
    const found = typedNames(report).filter((m) => m.endsWith(':Kerrow'));
    expect(found).toEqual(['ORGANIZATION:Kerrow', 'ORGANIZATION:Kerrow', 'ORGANIZATION:Kerrow']);
  });

  it('the town a side won, lost or drew "at home to" is the visiting club; where a match was played stays a place', () => {
    const report =
      'Soccer round-up\n\nKerrow United won 3-1 at home to Bremen on Saturday, and Leeton Athletic drew 1-1 at Dortmund. ' +
      'Rovers Harbin lost at home to Bielefeld last week and slipped to fourth. Fans in Bremen booed the referee.';
    const found = typedNames(report);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:Bremen', 'ORGANIZATION:Bielefeld', 'LOCATION:Dortmund']));
    expect(found.filter((m) => m === 'LOCATION:Bremen')).toHaveLength(1);
    // Outside a sports report a town is "home to" people, not a side.
    expect(typedNames('Steel\n\nThe region is home to Dortmund, where the plant stands.')).toEqual(['LOCATION:Dortmund']);
  });
});

describe('a side by its result and one score', () => {
  it('a name opening a clause that wins, loses or draws by one score is a side, and so is an unknown town it lost "at home to"', () => {
    const report = 'Soccer round-up\n\nFarense beat Leca 2-0 on Sunday, while Campomaiorense lost 3-1 at home to Chaves in the league.';
    expect(typedNames(report)).toEqual(expect.arrayContaining(['ORGANIZATION:Campomaiorense', 'ORGANIZATION:Chaves']));
  });

  it('a side before its score is no person of the same surname', () => {
    const report =
      'College basketball\n\nCornell guard Avery Brown scored 22 points in the win. Elsewhere in the league, Yale beat Brown 77-60 and Penn lost to Dartmouth.';
    const found = entitiesOf(report);
    expect(found.find((e) => e.name === 'Avery Brown')?.mentions).toHaveLength(1);
    expect(found.find((e) => e.name === 'Brown')?.type).toBe('ORGANIZATION');
  });

  it('a side a result lost "at home to" is a club though its name reads as a person’s', () => {
    const report = 'Soccer round-up\n\nLeca beat Farense 3-1, while Boavista lost 2-0 at home to Casa Pia in the league.';
    expect(typedNames(report)).toContain('ORGANIZATION:Casa Pia');
    const drawn = 'Soccer round-up\n\nTirsense drew 1-1 at home to Vasco Ramos after Chaves beat Braga 2-0.';
    expect(typedNames(drawn)).toContain('ORGANIZATION:Vasco Ramos');
  });

  it('the side a result was won over, or that was beaten by a score, and one a report calls a club', () => {
    const report =
      'Soccer round-up\n\nLeca went top of the league with a 3-0 win over Farense. Chaves, beaten 2-1 by Braga, remain fifth, two points above bottom club Tirsense.';
    expect(typedNames(report)).toEqual(expect.arrayContaining(['ORGANIZATION:Farense', 'ORGANIZATION:Chaves', 'ORGANIZATION:Tirsense']));
  });

  it('a player’s sets make no side', () => {
    expect(typedNames('Tennis results\n\nOlhovsky lost 6-4 in the final set of the tennis match.')).not.toContain('ORGANIZATION:Olhovsky');
  });
});

describe('given names written like months', () => {
  it('"Zhai Jun" is one name; "Jun 5" stays a date', () => {
    const found = typedNames('Envoy\n\nChina’s envoy Zhai Jun arrived in Doha on Monday. Talks resume on Jun 5.');
    expect(found).toContain('PERSON:Zhai Jun');
    expect(found.some((m) => /Jun 5/u.test(m))).toBe(false);
  });
});

describe('more ways reports name a side or an employer', () => {
  const report =
    'Leaders held\n\nSecond-placed Hartlepool were held to a 1-1 draw against Setubal in the league on Sunday, and newly-promoted ' +
    "Wrexham lost to Barnsley. Defender Tom Hinch replaces Walsall's Darren Ander, who has a groin injury after the match.";

  it('a place in the table is no part of the side’s name, a draw against a name makes it a side', () => {
    expect(typedNames(report)).toEqual(
      expect.arrayContaining(['ORGANIZATION:Hartlepool', 'ORGANIZATION:Setubal', 'ORGANIZATION:Wrexham', 'ORGANIZATION:Barnsley']),
    );
  });

  it('a town whose player follows its possessive by name is the side', () => {
    expect(typedNames(report)).toContain('ORGANIZATION:Walsall');
  });

  it('where the person named just before works, after a comma and "at"', () => {
    expect(typedNames('Markets\n\n"Volumes will grow," said Peter Rowe, at Kalder Voss in London.')).toContain('ORGANIZATION:Kalder Voss');
  });
});

describe('long names of public bodies', () => {
  it('a body named for what it oversees runs on with "of" or "for", opening a sentence or not', () => {
    expect(typedNames('Review\n\nHM Inspectorate of Prisons in Wales will publish a review.')).toEqual([
      'ORGANIZATION:HM Inspectorate of Prisons',
      'LOCATION:Wales',
    ]);
    expect(typedNames('Fine\n\nThe State Administration for Market Regulation also ordered refunds.')).toEqual([
      'ORGANIZATION:State Administration for Market Regulation',
    ]);
  });

  it('a domain runs on with "in" and a field, not with a place or a time', () => {
    expect(typedNames('Schools\n\nThe judgments used by the Office for Standards in Education were brutal.')).toEqual([
      'ORGANIZATION:Office for Standards in Education',
    ]);
    expect(typedNames('Statement\n\nThe Ministry of Defence in London said so.')).toEqual(['ORGANIZATION:Ministry of Defence', 'LOCATION:London']);
    expect(typedNames('Health\n\nThe Department of Health in March said so.')).toEqual(['ORGANIZATION:Department of Health']);
  });

  it('two names joined by "and" before a verb in the singular are one body', () => {
    expect(typedNames('Cases\n\nThe Crown Office and Procurator Fiscal Service is not affected.')).toEqual([
      'ORGANIZATION:Crown Office and Procurator Fiscal Service',
    ]);
    expect(typedNames('Loans\n\nLloyds Bank and Barclays Bank are both lenders.')).toEqual(['ORGANIZATION:Lloyds Bank', 'ORGANIZATION:Barclays Bank']);
  });
});

describe('a high or special office after its body', () => {
  // Refugees fleeing a valley, a vote an international office lets go ahead.
  it('leaves the body its own name and takes "High" with the title', () => {
    expect(
      typedNames(
        'Camps\n\nThe U.N. High Commissioner for Refugees said on Monday that 4,000 people had fled the valley. The OSCE High Commissioner on National Minorities visited the camps.',
      ),
    ).toEqual(['ORGANIZATION:U.N.', 'ORGANIZATION:OSCE']);
    expect(typedNames('Vote\n\nThe Office of the High Representative said the vote would go ahead.')).toEqual([
      'ORGANIZATION:Office of the High Representative',
    ]);
  });
  // Envoys sent to a truce, and the officials who answered for it.
  it('keeps a special or deputy office and the title it opens out of the body before them, named or not', () => {
    expect(typedNames('Truce\n\nThe EU Special Envoy arrived in Pristina on Monday. The UN Deputy High Commissioner said the camps were full.')).toEqual([
      'ORGANIZATION:EU',
      'LOCATION:Pristina',
      'ORGANIZATION:UN',
    ]);
    expect(typedNames('Truce\n\nThe U.N. Special Envoy for Yemen, Tom Hale, said the truce held.')).toEqual([
      'ORGANIZATION:U.N.',
      'LOCATION:Yemen',
      'PERSON:Tom Hale',
    ]);
    // "General" closing a title names no one.
    expect(typedNames('Truce\n\nThe NATO Deputy Secretary General spoke on Monday. The Attorney General agreed.')).toEqual(['ORGANIZATION:NATO']);
  });

  // A ceasefire's monitors arriving at a border town.
  it('makes the initials before a ranked office a body, after "a" as after "the"', () => {
    expect(typedNames('Monitors\n\nA UN Deputy Secretary-General arrived in Tarvik on Monday. An AU Special Envoy joined him.')).toEqual([
      'ORGANIZATION:UN',
      'LOCATION:Tarvik',
      'ORGANIZATION:AU',
    ]);
  });
});

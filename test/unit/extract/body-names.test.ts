// Names of bodies, sides and parties that ordinary words make, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { typedNames } from '../../support/extraction.js';

describe('names of ordinary words around "the"', () => {
  it('a plural before "of the" and a capitalised noun is one body, opening a sentence or not', () => {
    expect(typedNames('Road plan\n\nFriends of the Whales said the plan would harm wildlife.')).toEqual(['ORGANIZATION:Friends of the Whales']);
    expect(typedNames('Road plan\n\nA spokesman for Friends of the Whales said so.')).toEqual(['ORGANIZATION:Friends of the Whales']);
  });

  it('a verb before "the" and a capitalised noun is one body', () => {
    expect(typedNames('Aid cut\n\nFeed the Orphans said cuts would cost lives.')).toEqual(['ORGANIZATION:Feed the Orphans']);
    expect(typedNames('Aid cut\n\nGroups including Feed the Orphans warned of hunger.')).toEqual(['ORGANIZATION:Feed the Orphans']);
  });

  it('a place or people after "the" makes no such name', () => {
    expect(typedNames('Aid cut\n\nResidents of the Bronx said the plan was wrong.').join()).not.toMatch(/Residents/u);
  });
});

describe('parties named for their members', () => {
  it('a word parties are named by before members in the plural names the party', () => {
    expect(typedNames('Budget\n\nFree Socialists said the budget failed the poor.')).toEqual(['ORGANIZATION:Free Socialists']);
    expect(typedNames('Budget\n\nHe said the Liberal Democrats would vote against it.')).toEqual(['ORGANIZATION:Liberal Democrats']);
  });

  it('members of a state or a chamber stay members', () => {
    expect(typedNames('Budget\n\nVirginia Democrats said the budget failed.')).not.toContain('ORGANIZATION:Virginia Democrats');
  });
});

describe('sides named after places', () => {
  it('a place, then a saint, is no person though the place is a given name', () => {
    expect(typedNames('Transfer\n\nParis St Germain said on Monday they had signed the defender.')).toEqual(['ORGANIZATION:Paris St Germain']);
  });

  it('two towns joined by "and" before a side’s word are one side where one score or manager follows', () => {
    expect(typedNames('Results\n\nDivision three: Preston and Lancaster Rovers 2 Exeter 1.')).toContain('ORGANIZATION:Preston and Lancaster Rovers');
    expect(typedNames('Sacked\n\nPreston and Lancaster Rovers manager Tom Hale was sacked.')).toEqual([
      'ORGANIZATION:Preston and Lancaster Rovers',
      'PERSON:Tom Hale',
    ]);
  });
});

describe('bodies named with a country', () => {
  it('a noun before a country, the pair doing something, is a body opening a sentence too', () => {
    expect(typedNames('Winter\n\nCare UK said pensioners faced a hard winter.')).toEqual(['ORGANIZATION:Care UK']);
  });

  it('a body the lexicon knows keeps the country before it', () => {
    expect(typedNames('Floods\n\nThe Uganda Red Cross said 20 people had died.')).toEqual(['ORGANIZATION:Uganda Red Cross']);
  });

  it('an acronym of short words in capitals keeps them in its name', () => {
    const [entity] = recognizeEntities(layout('Camp\n\nLA CRC said police had cleared the camp.'));
    expect(entity?.name).toBe('LA CRC');
  });
});

describe('names of things and places no person bears', () => {
  it('a shield, like a cup, is a competition, no place', () => {
    expect(typedNames('Cricket\n\nOtago need 200 runs to beat Canterbury in the Dunedin Shield.').join()).not.toMatch(/Shield/u);
  });

  it('the name a storm was given, met alone later, is the storm’s', () => {
    expect(typedNames('Storm\n\nStorm Bronagh brought winds of 90 mph. Bronagh also cut power to 100,000 homes.')).toEqual([]);
    expect(typedNames('Storm\n\nHurricane Tomas reached Cuba. Tomas weakened on Thursday.')).toEqual(['LOCATION:Cuba']);
  });

  it('a name the story puts where places stand is a place where nothing else makes it a person', () => {
    const story = 'Floods\n\nFloods destroyed homes in Nyota Lenga, police said. Nyota Lenga residents said they had no warning.';
    expect(typedNames(story)).toEqual(['LOCATION:Nyota Lenga', 'LOCATION:Nyota Lenga']);
  });
});

describe('a word alone before a verb of speech', () => {
  it('is a body in a business story where nothing in the story makes it a person', () => {
    expect(typedNames('Cuts\n\nWexcor said the job cuts would lift profits next year.')).toEqual(['ORGANIZATION:Wexcor']);
    expect(typedNames('Cuts\n\nWexcor said the cuts would save lives.')).toEqual(['PERSON:Wexcor']);
  });

  it('is a person where a pronoun says so', () => {
    expect(typedNames('Cuts\n\nMokoena said the cuts would save $100 million. He added that more would follow.')).toEqual(['PERSON:Mokoena']);
  });
});

describe('persons and places against the words of other names', () => {
  it('a titled given name and surname is a person though the surname heads events ("Law")', () => {
    expect(typedNames('Cricket\n\nOtago won thanks to 98 from captain Peter Law.')).toContain('PERSON:Peter Law');
  });

  it('the head of a competition the story named, alone, is no place', () => {
    expect(typedNames('Cricket\n\nThe Dunedin Shield match ended in a draw. The win lifts Otago to second in the Shield table.')).not.toContain(
      'LOCATION:Shield',
    );
  });

  it('a place the gazetteer knows, typed so once, is no person at another mention', () => {
    const story = 'Plant\n\nFord will build a plant in Campinas, Sao Paulo state. Sao Paulo state governor Mario Covas said it would create 900 jobs.';
    expect(typedNames(story)).not.toContain('PERSON:Sao Paulo');
  });

  it('a firm’s own word before "of" and its town are a firm and a town', () => {
    expect(typedNames('Merger\n\nThe merger of Pharmacia and Wexcor of Kalamazoo was approved.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Wexcor', 'LOCATION:Kalamazoo']),
    );
  });

  it('"arap" is a particle inside a name', () => {
    expect(typedNames('Visit\n\nPresident Daniel arap Moi visited Kisumu on Sunday.')).toContain('PERSON:Daniel arap Moi');
  });
});

describe('sides in a sports report', () => {
  const report =
    'Rugby union: Gloucester top\n\nGloucester went top of the league on Saturday with a 25-13 win over Orrell, their first away win of the season. ' +
    'Fly-half Tom Hale kicked 15 points for the visitors. Hornets stayed second after beating Sale 27-21, while Kelso beat Selkirk County 33-20 in the Scottish league.';

  it('a town that goes top, a name in the plural that stays second and a town before a score are sides', () => {
    expect(typedNames(report)).toEqual(
      expect.arrayContaining(['ORGANIZATION:Gloucester', 'ORGANIZATION:Hornets', 'ORGANIZATION:Selkirk County', 'PERSON:Tom Hale']),
    );
  });
});

describe('companies and unions by what the story says of them', () => {
  it('a hyphenated name that says "its" after its verb is a company', () => {
    expect(typedNames('Cuts\n\nKessler-Haas said on Thursday its aerospace unit would cut 800 jobs.')).toEqual(['ORGANIZATION:Kessler-Haas']);
  });

  it('a name after "the" before "union" is the union, and the word "union" no part of it', () => {
    expect(typedNames('Cuts\n\nThe IG Bau union said it would fight the plan.')).toEqual(['ORGANIZATION:IG Bau']);
  });
});

describe('names spelled as brands', () => {
  it('a word with a capital inside after a stem of three letters makes a name a company’s, and its first word alone too', () => {
    const found = typedNames('Jet parts\n\nTalks went on. Harbel AeroWorks makes wing parts. Buyers also order parts from Harbel.');
    expect(found).toContain('ORGANIZATION:Harbel AeroWorks');
    expect(found).not.toContain('PERSON:Harbel');
  });

  it('persons’ inner capitals after a short or Mac- prefix stay persons', () => {
    expect(typedNames('Vote\n\nTalks went on. Ron DeSantis said no. Alan MacArthur said yes.')).toEqual(['PERSON:Ron DeSantis', 'PERSON:Alan MacArthur']);
  });
});

describe('a word joined to a body', () => {
  it('an unknown word opening a sentence joined by "and" to a company is one too', () => {
    expect(typedNames('Deal\n\nTalks went on. Vendrix and Unilever are in talks about a deal.')).toEqual(['ORGANIZATION:Vendrix', 'ORGANIZATION:Unilever']);
  });

  it('persons and places so joined keep their types', () => {
    expect(typedNames('Deal\n\nTalks went on. Smith and Jones said no. Britain and France agreed.')).toEqual([
      'PERSON:Smith',
      'PERSON:Jones',
      'LOCATION:Britain',
      'LOCATION:France',
    ]);
  });
});

describe('bodies named for the nation they serve', () => {
  it('an ordinary word before a nation opening a sentence, a possessive after, names the body', () => {
    expect(typedNames('Review\n\nPolice Scotland’s chief constable, Ann Reid, said the force would engage.')).toEqual([
      'ORGANIZATION:Police Scotland',
      'PERSON:Ann Reid',
    ]);
    expect(typedNames('Bridge\n\nTransport Scotland said the bridge would reopen.')).toEqual(['ORGANIZATION:Transport Scotland']);
  });

  it('such a body inside a sentence is no place nor nothing', () => {
    expect(typedNames('Jobs\n\nStaff at Unison Scotland, which represents 2,000 staff, warned that jobs were at risk.')).toEqual([
      'ORGANIZATION:Unison Scotland',
    ]);
    expect(typedNames('Review\n\nA review of Police Scotland’s regional structure is due.')).toEqual(['ORGANIZATION:Police Scotland']);
    expect(typedNames('Castles\n\nHistoric Environment Scotland and the National Trust will combine their ticketing.')).toContain(
      'ORGANIZATION:Historic Environment Scotland',
    );
  });

  it('a region of the nation stays a place', () => {
    expect(typedNames('Tour\n\nHe campaigned across rural Scotland and Middle England last week.')).not.toContain('ORGANIZATION:Middle England');
    expect(typedNames('Snow\n\nRoads in Northern Scotland were closed.')).toEqual(['LOCATION:Northern Scotland']);
  });
});

describe('a name after "the" running on with "to" and what the body is for', () => {
  it('is one body, whatever word opens it', () => {
    expect(typedNames('Green belt\n\nThe Campaign to Protect Rural Wessex said the plan was wrong.')).toEqual([
      'ORGANIZATION:Campaign to Protect Rural Wessex',
    ]);
    expect(typedNames('Care homes\n\nA report by the Partnership to End Loneliness found more isolation.')).toEqual([
      'ORGANIZATION:Partnership to End Loneliness',
    ]);
  });

  it('leaves a place after "to" apart', () => {
    expect(typedNames('Talks\n\nThey sent the Council to Geneva on Monday.')).not.toContain('ORGANIZATION:Council to Geneva');
  });
});

describe('a diocese named for the place it serves', () => {
  it('is one body', () => {
    const mentions = typedNames('Vicarages\n\nThe Diocese of Durham will sell three vicarages. The Archdiocese of Boston agreed.');
    expect(mentions).toContain('ORGANIZATION:Diocese of Durham');
    expect(mentions).toContain('ORGANIZATION:Archdiocese of Boston');
  });
});

describe('a body named by ordinary words and what it serves', () => {
  it('a plural, "of" and a capitalised word written inside a sentence is one body, also of a place', () => {
    expect(typedNames('Clinics\n\nThe charity Nurses of the World said it had shut two clinics.')).toContain('ORGANIZATION:Nurses of the World');
    expect(typedNames('Exports\n\nA spokesman for Wines of Chile said exports to Britain fell.')).toContain('ORGANIZATION:Wines of Chile');
  });

  it('opening a sentence, so is one an apposition calls a body', () => {
    expect(typedNames('Shelters\n\nBrothers of Charity, a Catholic order that runs two hostels, said demand had doubled.')).toContain(
      'ORGANIZATION:Brothers of Charity',
    );
  });

  it('opening a sentence, so is one a verb in the singular follows', () => {
    expect(typedNames('Clinics\n\nNurses of the World has shut two clinics in the north.')).toEqual(['ORGANIZATION:Nurses of the World']);
    expect(typedNames('Shelters\n\nBrothers of Charity says demand has doubled.')).toEqual(['ORGANIZATION:Brothers of Charity']);
    expect(typedNames('Strikes\n\nResidents of Gaza say the strikes went on.')).toEqual(['LOCATION:Gaza']);
  });

  it('two capitalised ordinary words, "in" or "for" and a place are one body', () => {
    expect(typedNames('Arrests\n\nLabour Rights in Vietnam said the workers had been denied lawyers.')).toContain('ORGANIZATION:Labour Rights in Vietnam');
    expect(typedNames('Arrests\n\nThe pressure group Labour Rights in Vietnam said so.')).toContain('ORGANIZATION:Labour Rights in Vietnam');
    expect(typedNames('Ruling\n\nConcerned Parents for Canada welcomed the ruling.')).toContain('ORGANIZATION:Concerned Parents for Canada');
  });

  it('after "in" or "for", "the" before the place too', () => {
    expect(typedNames('Arrests\n\nHuman Rights in the Philippines said the workers had been denied lawyers.')).toContain(
      'ORGANIZATION:Human Rights in the Philippines',
    );
    expect(typedNames('Ruling\n\nConcerned Parents for the Philippines said so.')).toContain('ORGANIZATION:Concerned Parents for the Philippines');
  });

  it('a singular before "in" names a thing in the place, no body of it, and keeps no "in"', () => {
    const names = typedNames('Shows\n\nShe has played the Silver Circle in Leeds twice.');
    expect(names).toContain('LOCATION:Leeds');
    expect(names.join()).not.toMatch(/ in/u);
    expect(typedNames('Shows\n\nOctober is Harbour Fish Month in the United States.').join()).not.toMatch(/ in/u);
  });

  it('leaves people of a place and an event apart', () => {
    expect(typedNames('Strikes\n\nResidents of Gaza said the strikes went on.')).toEqual(['LOCATION:Gaza']);
    expect(typedNames('Arrests\n\nPolice in Dubai said two men were held.')).toEqual(['LOCATION:Dubai']);
    expect(typedNames('Golf\n\nShe won the Masters in Augusta last year.').join()).not.toMatch(/Masters in/u);
  });
});

describe('a body serving a large city, opening a sentence', () => {
  it('keeps its verb or noun when it speaks', () => {
    expect(typedNames('Tourism\n\nMarketing Leeds said visitor numbers rose by a tenth.')).toEqual(['ORGANIZATION:Marketing Leeds']);
    expect(typedNames('Tourism\n\nPromoting Bristol announced a new campaign on Monday.')).toEqual(['ORGANIZATION:Promoting Bristol']);
  });

  it('leaves a clause opened by a participle', () => {
    expect(typedNames('Tourism\n\nVisiting Bristol on Monday, the minister said jobs would follow.')).toEqual(['LOCATION:Bristol']);
  });
});

describe('a laboratory and the numbered site it is in', () => {
  it('"Lab", "Laboratory" and "Labs" head a body\'s name', () => {
    expect(typedNames('Dust\n\nAnn Holt runs the Harwick Lab at Dorrow University.')).toContain('ORGANIZATION:Harwick Lab');
    expect(typedNames('Dust\n\nResearchers at the Velmora Dust Lab said the samples were clean.')).toContain('ORGANIZATION:Velmora Dust Lab');
    expect(typedNames('Dust\n\nScientists at Dorrow Labs said so.')).toContain('ORGANIZATION:Dorrow Labs');
  });

  it('"in Building 31" after a body says where it is, no word of its name', () => {
    expect(typedNames('Dust\n\nWe scanned the collector in the Cosmic Dust Lab in Building 31 at Dorrow.')).toContain('ORGANIZATION:Cosmic Dust Lab');
    expect(typedNames('Dust\n\nAnn Holt heads the Harwick Institute in Building 4 at Dorrow.')).toContain('ORGANIZATION:Harwick Institute');
    expect(typedNames('Dust\n\nTom Reyes works at the Dorrow Centre for Research in Education.')).toContain(
      'ORGANIZATION:Dorrow Centre for Research in Education',
    );
  });
});

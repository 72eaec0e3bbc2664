// Where a name holding "and", a list or an owner's "'s" starts and ends: one name per body, two
// names where two bodies are joined; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { typedNames } from '../../support/extraction.js';

const entitiesOf = (text: string) => new Map(recognizeEntities(layout(text)).map((e) => [e.name, e.type]));
const namesOf = (text: string) => recognizeEntities(layout(text)).map((e) => e.name);

describe('names holding "and"', () => {
  it('two places before one body of two words name one body', () => {
    const force = namesOf('Police\n\nAn Avon and Somerset Police constable has been dismissed, the force said on Thursday.');
    expect(force).toContain('Avon and Somerset Police');
    expect(force).not.toContain('Avon');
    // So do a lone word the gazetteer does not know as a place and a place ("Devon and Cornwall Police"),
    // but not a body the lexicon knows before "and".
    const joint = namesOf('Police\n\nDevon and Cornwall Police said on Friday that Devon and Cornwall Police had been placed in special measures.');
    expect(joint).toEqual(['Devon and Cornwall Police']);
    expect(namesOf('Fire\n\nA Bedfordshire and Luton Fire Service crew was called.')).toEqual(['Bedfordshire and Luton Fire Service']);
    expect(namesOf('Charity\n\nOxfam and Somerset Police signed the pledge.')).toEqual(expect.arrayContaining(['Oxfam', 'Somerset Police']));
    // A bank named after a people after "and" is a name of its own.
    expect(namesOf('Banks\n\nRegulators in Germany and Deutsche Bank said the deal would close.')).toEqual(
      expect.arrayContaining(['Germany', 'Deutsche Bank']),
    );
  });

  it('a body the lexicon knows before "and" is a name of its own', () => {
    const charities = namesOf('Aid\n\nOxfam and Mercy Corps have called on donors to release funds for Sudan.');
    expect(charities).toEqual(expect.arrayContaining(['Oxfam', 'Mercy Corps']));
    expect(charities).not.toContain('Oxfam and Mercy Corps');
    expect(namesOf('Drugs\n\nThe Food and Drug Administration approved the drug on Friday.')).toContain('Food and Drug Administration');
  });

  it('two names each ended by a body’s word are two bodies', () => {
    const trusts = namesOf(
      'Hospitals\n\nPatients will be sent to Norwich University Hospitals NHS Foundation Trust and James Paget University Hospitals NHS Foundation Trust.',
    );
    expect(trusts).toEqual(
      expect.arrayContaining(['Norwich University Hospitals NHS Foundation Trust', 'James Paget University Hospitals NHS Foundation Trust']),
    );
    expect(namesOf('Banks\n\nHe ran the Department of Trade and Industry for two years.')).toContain('Department of Trade and Industry');
  });

  it('a place, a noun, "and" and one more ordinary word are one body', () => {
    const hospital = namesOf('Eyes\n\nShe is chief of ophthalmology at Massachusetts Eye and Ear, which will open a centre in Waltham.');
    expect(hospital).toContain('Massachusetts Eye and Ear');
    expect(hospital).not.toContain('Ear');
    // A place's own head ends a place: two places.
    expect(namesOf('Rail\n\nTrains between London Bridge and Waterloo were cancelled.')).toEqual(expect.arrayContaining(['London Bridge', 'Waterloo']));
  });

  it('a name with "and" the story gives whole is whole where it stands split', () => {
    const firm = entitiesOf('Telecoms\n\nShares in Cable and Wireless rose 3 percent. Cable and Wireless did not disclose the value of the contract.');
    expect(firm.get('Cable and Wireless')).toBe('ORGANIZATION');
    expect(firm.has('Wireless')).toBe(false);
    const withForm = namesOf('Cable and Wireless unit wins licence\n\nHongkong Telecom, a unit of Cable and Wireless Plc, said it had won a licence.');
    expect(withForm).not.toContain('Wireless');
  });

  it('a firm of a pair with its legal form opening a sentence keeps its first word', () => {
    const firms = namesOf('Retail\n\nThe summer was warm. Marks and Spencer Plc and Tesco Plc said separately that sales had risen.');
    expect(firms).toContain('Marks and Spencer Plc');
    expect(firms).not.toContain('and Spencer Plc');
  });
});

describe('domains listed before a body', () => {
  it('ordinary words listed with commas and "and" before a committee are one name', () => {
    const committee = entitiesOf('Rivers\n\nThe Environment, Food and Rural Affairs Committee has accused Ofwat of failing to act.');
    expect(committee.get('Environment, Food and Rural Affairs Committee')).toBe('ORGANIZATION');
    expect(committee.has('Environment')).toBe(false);
    expect(namesOf('Tech\n\nRegulators said Apple, Google and Microsoft Corp would appeal.')).toEqual(
      expect.arrayContaining(['Apple', 'Google', 'Microsoft Corp']),
    );
  });

  it('so are they before "Office", whatever word opens the list', () => {
    const office = entitiesOf('Consular\n\nThe Foreign, Commonwealth and Development Office said it was aware of the arrest.');
    expect(office.get('Foreign, Commonwealth and Development Office')).toBe('ORGANIZATION');
    expect(office.has('Commonwealth and Development Office')).toBe(false);
    const spokesperson = entitiesOf('Consular\n\n"We are in touch with her family," a Foreign, Commonwealth and Development Office spokesperson said.');
    expect(spokesperson.get('Foreign, Commonwealth and Development Office')).toBe('ORGANIZATION');
    expect(entitiesOf('Visits\n\nThe Home Office and the Foreign Office said they disagreed.').get('Foreign Office')).toBe('ORGANIZATION');
  });

  it('a body named after an office and "for" runs on past its own "of"', () => {
    const federation = entitiesOf('Police\n\nA spokesperson for the Police Federation of England and Wales said it had supported the officer.');
    expect(federation.get('Police Federation of England and Wales')).toBe('ORGANIZATION');
    expect(federation.has('England and Wales')).toBe(false);
  });
});

describe('names in the owner\'s "\'s"', () => {
  it('a name the story shows to end in "\'s" runs on into the capitalised words after it', () => {
    const paper = entitiesOf(
      "Shipping\n\nPremiums rose, according to Lloyd's List. Lloyd's List reported that owners were cautious, and underwriters at Lloyd's said the market was open.",
    );
    expect(paper.get("Lloyd's List")).toBe('ORGANIZATION');
    expect(paper.has('List')).toBe(false);
    // A place after it is another name.
    expect(namesOf("Art\n\nThe painting sold at Sotheby's. Sotheby's Geneva said the sale was a record.")).toContain('Geneva');
  });

  it('a given name\'s "\'s" before ordinary words names a shop', () => {
    const shop = entitiesOf(
      "Bakery\n\nHarry's Bakes, the family bakery on Linthorpe Road, has opened a second shop. Owner Harry Clough said Harry's Bakes had doubled its staff.",
    );
    expect(shop.get("Harry's Bakes")).toBe('ORGANIZATION');
    expect(shop.has('Bakes')).toBe(false);
  });
});

describe('a name opening a sentence with an ordinary plural', () => {
  it('keeps its first word where the story writes it whole inside a sentence', () => {
    const text = 'Yard\n\nTees Valley Fabrication has won a contract. Its director said Tees Valley Fabrication would take on apprentices.';
    const mentions = recognizeEntities(layout(text)).flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions.filter((m) => m === 'Tees Valley Fabrication')).toHaveLength(2);
  });
});

describe('a shortened name in brackets', () => {
  it('a word in lower case after its capital spelling the name to its last word is that name', () => {
    const department = recognizeEntities(
      layout(
        'Rivers\n\nA spokesman for the Department for Environment, Food and Rural Affairs (Defra) said ministers had acted. Defra said laws would follow.',
      ),
    );
    const named = department.find((e) => e.name === 'Department for Environment, Food and Rural Affairs');
    expect(named?.mentions.map((m) => m.text)).toEqual(['Department for Environment, Food and Rural Affairs', 'Defra', 'Defra']);
    // A word that spells no such name stays apart.
    expect(namesOf('Books\n\nShe wrote for the Financial Times Weekend Magazine (Reuters) for years.')).not.toContain('Reuters Magazine');
  });
});

describe('a capital "The" inside a sentence before a body\'s name', () => {
  it('is no word of the name, and does not cut the name the model reads after it', () => {
    expect(typedNames('Faith\n\nMembers left The Church of Unity last year, a former member said.')).toEqual(['ORGANIZATION:Church of Unity']);
    expect(typedNames('Faith\n\nProtesters marched against The Church of Scientology in Leeds.')).toEqual(
      expect.arrayContaining(['ORGANIZATION:Church of Scientology', 'LOCATION:Leeds']),
    );
    // A place whose name holds its article keeps it.
    expect(typedNames('Talks\n\nTalks opened in The Hague on Monday.')).toEqual(['LOCATION:The Hague']);
    // A span of more names than one is the rules' to split.
    expect(typedNames('Media\n\nA new The Times/CBS News poll shows it.')).toContain('ORGANIZATION:CBS News');
    // A title's "The" is no body's: the model's span stays set aside.
    expect(typedNames('Books\n\nLena Ortiz, author of The Age of Plenty, spoke on Monday.')).not.toContain('ORGANIZATION:Age of Plenty');
  });
});

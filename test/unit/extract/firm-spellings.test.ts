// A firm's or a group's name told by how it is written or by what it is: "General" opening a firm's
// name, a web domain, an armed group or an intelligence service named bare. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));

describe('"General" that titles nobody', () => {
  it('opens a firm named by an ordinary word or a plural', () => {
    expect(mentionsOf('Food\n\nGeneral Mills cut its sales forecast on Wednesday. Shares of General Mills fell.')).toEqual([
      'ORGANIZATION:General Mills',
      'ORGANIZATION:General Mills',
    ]);
    expect(mentionsOf('Insurers\n\nGeneral Accident said its profit rose 9 percent.')).toContain('ORGANIZATION:General Accident');
  });

  it('still titles a surname, one the text names in full, and a title after another', () => {
    expect(mentionsOf('War\n\nGeneral Haftar said his forces had advanced.')).toContain('PERSON:Haftar');
    expect(mentionsOf('Iraq\n\nTommy Franks arrived on Monday. General Franks said the war was going well.')).toContain('PERSON:Franks');
    expect(mentionsOf('UN\n\nSecretary General Ban said the talks would resume.')).toContain('PERSON:Ban');
  });
});

describe('a web domain written with a name', () => {
  it('is part of a firm’s name, not a river’s', () => {
    expect(mentionsOf('Stocks\n\nAmazon.com gained 1.5 percent and Booking.com fell.')).toEqual(['ORGANIZATION:Amazon.com', 'ORGANIZATION:Booking.com']);
  });
});

describe('armed groups and intelligence services named bare', () => {
  it('are organizations, wherever they stand', () => {
    expect(mentionsOf('Strikes\n\nHezbollah fighters fired rockets at the border on Monday.')).toEqual(['ORGANIZATION:Hezbollah']);
    expect(mentionsOf('War\n\nThe Houthis fired a missile at a ship.')).toEqual(['ORGANIZATION:Houthis']);
    expect(mentionsOf('Spies\n\nMossad ran the operation, officials said.')).toEqual(['ORGANIZATION:Mossad']);
    expect(mentionsOf('Raids\n\nBoko Haram fighters attacked a village.')).toEqual(['ORGANIZATION:Boko Haram']);
    expect(mentionsOf('War\n\nHe vowed to defeat the Islamic State by spring.')).toEqual(['ORGANIZATION:Islamic State']);
  });
});

describe('a partnership’s form, or a form written with periods', () => {
  it('closes a firm’s name', () => {
    expect(mentionsOf('Media\n\nHe worked at Bloomberg L.P. for years.')).toEqual(['ORGANIZATION:Bloomberg L.P.']);
    expect(mentionsOf('Deals\n\nBlackstone Group L.P. agreed to buy it. Fiat S.p.A. rose.')).toEqual([
      'ORGANIZATION:Blackstone Group L.P.',
      'ORGANIZATION:Fiat S.p.A.',
    ]);
  });
});

describe('a people’s word opening a utility’s name', () => {
  it('is part of the name, not a people or a country', () => {
    expect(mentionsOf('Bills\n\nWelsh Water said it would cut bills for 100,000 customers.')).toContain('ORGANIZATION:Welsh Water');
    expect(mentionsOf('Debt\n\nBritish Gas, owned by Centrica, said it would write off debts.')).toContain('ORGANIZATION:British Gas');
    expect(mentionsOf('Prices\n\nScottish Power raised its tariffs on Monday.')).toContain('ORGANIZATION:Scottish Power');
  });
});

describe('a firm’s name written with a lower-case first letter', () => {
  it('is a name the story shows to be a firm', () => {
    expect(mentionsOf('Airlines\n\nIn Europe, easyJet raised its full-year profit forecast. Shares in easyJet jumped 7 percent.')).toEqual([
      'LOCATION:Europe',
      'ORGANIZATION:easyJet',
      'ORGANIZATION:easyJet',
    ]);
    expect(mentionsOf('Routes\n\neasyJet said on Tuesday it would add 20 routes.')).toEqual(['ORGANIZATION:easyJet']);
  });
});

// A firm's or a group's name told by how it is written or by what it is: "General" opening a firm's
// name, a web domain, an armed group or an intelligence service named bare. Stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('"General" that titles nobody', () => {
  it('opens a firm named by an ordinary word or a plural', () => {
    expect(typedNames('Food\n\nGeneral Mills cut its sales forecast on Wednesday. Shares of General Mills fell.')).toEqual([
      'ORGANIZATION:General Mills',
      'ORGANIZATION:General Mills',
    ]);
    expect(typedNames('Insurers\n\nGeneral Accident said its profit rose 9 percent.')).toContain('ORGANIZATION:General Accident');
  });

  it('still titles a surname, one the text names in full, and a title after another', () => {
    expect(typedNames('War\n\nGeneral Haftar said his forces had advanced.')).toContain('PERSON:Haftar');
    expect(typedNames('Iraq\n\nTommy Franks arrived on Monday. General Franks said the war was going well.')).toContain('PERSON:Franks');
    expect(typedNames('UN\n\nSecretary General Ban said the talks would resume.')).toContain('PERSON:Ban');
  });
});

describe('a web domain written with a name', () => {
  it('is part of a firm’s name, not a river’s', () => {
    expect(typedNames('Stocks\n\nAmazon.com gained 1.5 percent and Booking.com fell.')).toEqual(['ORGANIZATION:Amazon.com', 'ORGANIZATION:Booking.com']);
  });
  it('also with a country’s or a broadcaster’s domain, an outlet cited after a headline', () => {
    expect(typedNames('Ferries\n\n"Ferry papers found on a Harlow street" — Velmorix.ca, August 15, 2008.')).toContain('ORGANIZATION:Velmorix.ca');
    expect(typedNames('Press\n\nAnn Holt has written for Metro.us and the Velmora Courier.')).toContain('ORGANIZATION:Metro.us');
    expect(typedNames('Press\n\nTom Pike told Velmorix.tv that the ferry would sail.')).toContain('ORGANIZATION:Velmorix.tv');
  });
});

describe('armed groups and intelligence services named bare', () => {
  it('are organizations, wherever they stand', () => {
    expect(typedNames('Strikes\n\nHezbollah fighters fired rockets at the border on Monday.')).toEqual(['ORGANIZATION:Hezbollah']);
    expect(typedNames('War\n\nThe Houthis fired a missile at a ship.')).toEqual(['ORGANIZATION:Houthis']);
    expect(typedNames('Spies\n\nMossad ran the operation, officials said.')).toEqual(['ORGANIZATION:Mossad']);
    expect(typedNames('Raids\n\nBoko Haram fighters attacked a village.')).toEqual(['ORGANIZATION:Boko Haram']);
    expect(typedNames('War\n\nHe vowed to defeat the Islamic State by spring.')).toEqual(['ORGANIZATION:Islamic State']);
  });
});

describe('a partnership’s form, or a form written with periods', () => {
  it('closes a firm’s name', () => {
    expect(typedNames('Media\n\nHe worked at Bloomberg L.P. for years.')).toEqual(['ORGANIZATION:Bloomberg L.P.']);
    expect(typedNames('Deals\n\nBlackstone Group L.P. agreed to buy it. Fiat S.p.A. rose.')).toEqual([
      'ORGANIZATION:Blackstone Group L.P.',
      'ORGANIZATION:Fiat S.p.A.',
    ]);
  });
});

describe('a people’s word opening a utility’s name', () => {
  it('is part of the name, not a people or a country', () => {
    expect(typedNames('Bills\n\nWelsh Water said it would cut bills for 100,000 customers.')).toContain('ORGANIZATION:Welsh Water');
    expect(typedNames('Debt\n\nBritish Gas, owned by Centrica, said it would write off debts.')).toContain('ORGANIZATION:British Gas');
    expect(typedNames('Prices\n\nScottish Power raised its tariffs on Monday.')).toContain('ORGANIZATION:Scottish Power');
  });
});

describe('a firm’s name written with a lower-case first letter', () => {
  it('is a name the story shows to be a firm', () => {
    expect(typedNames('Airlines\n\nIn Europe, easyJet raised its full-year profit forecast. Shares in easyJet jumped 7 percent.')).toEqual([
      'LOCATION:Europe',
      'ORGANIZATION:easyJet',
      'ORGANIZATION:easyJet',
    ]);
    expect(typedNames('Routes\n\neasyJet said on Tuesday it would add 20 routes.')).toEqual(['ORGANIZATION:easyJet']);
  });
});

// Titles of rulers, of ranks written with a hyphen, of trades and of officers of the law are no part
// of the name they open, and a ruler's numeral "I" is; stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

describe('rulers and their numerals', () => {
  it('a ruler numbered "I" after the title keeps the numeral, a place’s name too', () => {
    expect(typedNames('On this day\n\n1621 - King Osric I born. He ruled Norland for forty years.')).toContain('PERSON:Osric I');
    expect(typedNames('Church history\n\nUnder Pope Lucan I the church grew.')).toContain('PERSON:Lucan I');
  });

  it('an emperor’s or a tsar’s title is no part of the name', () => {
    const found = typedNames('On this day\n\nIn 1740 the Holy Roman Emperor Lothar VI ceded Varnia to Norland. Tsar Osric II agreed.');
    expect(found).toEqual(expect.arrayContaining(['PERSON:Lothar VI', 'PERSON:Osric II']));
    expect(found.filter((m) => /Emperor|Tsar/u.test(m))).toEqual([]);
  });

  it('"I" stays the pronoun elsewhere', () => {
    const found = typedNames('A visit\n\nMarta Olsen met the king. "I said hello and Marta I thanked," she said.');
    expect(found.filter((m) => /\bI\b/u.test(m))).toEqual([]);
  });
});

describe('ranks and trades before a name', () => {
  it('a rank written with a hyphen, or a broker opening the sentence, titles the name after it', () => {
    const named = (text: string) => typedNames(text).filter((m) => m.startsWith('PERSON:'));
    expect(named('Fleet leaves\n\nRear-Admiral Khalim Brantov said the ships had left.')).toEqual(['PERSON:Khalim Brantov']);
    expect(named('Troops leave\n\nThe spokesman, Lieutenant-Colonel Oskar Vell, said the troops had left.')).toEqual(['PERSON:Oskar Vell']);
    expect(named('Markets\n\nBroker Khalim Brantov said shares would fall.')).toEqual(['PERSON:Khalim Brantov']);
  });
});

describe('officers of the law before a name', () => {
  const named = (text: string) => typedNames(text).filter((m) => !m.startsWith('LOCATION:'));
  it('a prosecutor’s title, public or of the state, is no part of the name and makes no body', () => {
    const raid = 'Depot raid\n\nTwo guards were held on Sunday, Public Prosecutor Ida Brandt said. Brandt said more arrests would follow.';
    expect(named(raid)).toEqual(['PERSON:Ida Brandt', 'PERSON:Brandt']);
    const offices = ['State Prosecutor', 'Deputy Public Prosecutor', 'Public Defender'];
    for (const office of offices) expect(named(`Depot raid\n\nTwo guards were held, ${office} Ida Brandt said.`)).toEqual(['PERSON:Ida Brandt']);
  });

  it('the office named alone, or the body a prosecutor heads, stays a name', () => {
    expect(named('Depot raid\n\nTwo guards were held, the State Prosecutor said.')).toEqual(['ORGANIZATION:State Prosecutor']);
    expect(named('Depot raid\n\nThe Public Prosecutor’s Office said two guards were held.')).toEqual(['ORGANIZATION:Public Prosecutor’s Office']);
  });
});

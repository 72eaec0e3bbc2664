// A people's or a party's word in the singular is no one's name, on stories written for the test.
import { describe, expect, it } from 'vitest';
import { namesOf } from '../../support/extraction.js';

describe("a people's or a party's word in the singular", () => {
  it('is no person, body nor place where it stands alone', () => {
    expect(
      namesOf(
        'Velmora race\n\nTom Pike said Latino voters want more. In the Democratic race, Ann Holt was set to win. Pike, a Republican who described himself as a Catholic, backed a purist Islamic state.',
      ),
    ).toEqual(['PERSON:Tom Pike', 'PERSON:Ann Holt']);
    expect(namesOf('Velmora race\n\nChristian Dorr said the Republican mayor of Tarnby lost.')).toEqual(['PERSON:Christian Dorr', 'LOCATION:Tarnby']);
  });
  it('while names of more words stay', () => {
    expect(namesOf('Velmora race\n\nTom Pike of the Democratic Party met the Islamic Jihad in Tarnby.')).toContain('ORGANIZATION:Democratic Party');
  });
});

// People named by a noun phrase speak through its head: past the titles before a name, a place after
// a preposition, and "in" an organization they are no representatives of.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('speaker phrases naming people', () => {
  it('the noun before a preposition and a titled name speaks', () => {
    expect(speakersOf('But in recent days, advisers to Mr. Holt say, the governor has grown tired of the fight.')).toEqual(['advisers']);
    expect(speakersOf('Aides to Gov. Ann Holt said the bill would be signed.')).toEqual(['Aides']);
  });

  it('people in an organization speak for themselves', () => {
    expect(speakersOf('Builders and supporters in Congress say the program has brought jobs to poor towns.')).toEqual(['supporters']);
  });

  it('the head of a phrase ending in a place speaks', () => {
    expect(speakersOf('Teachers at the school in Leeds said they had not been paid.')).toEqual(['Teachers']);
  });

  it('"many of whom" goes back to the head of the phrase before it', () => {
    expect(speakersOf('The strike has upset relatives of the miners, many of whom say the company failed them.')[0]).toMatch(/relatives$/u);
  });
});

describe('a plural after "a" and its noun', () => {
  it('is the subject of a relative clause with no "that", and speaks alone', () => {
    expect(speakersOf('The chain will close 40 stores, a plan unions have vowed to fight.')).toEqual(['unions']);
    expect(speakersOf('The council raised rents by 9 percent, a rise tenants say they cannot afford.')).toEqual(['tenants']);
  });

  it('a quantity keeps the phrase whole', () => {
    expect(speakersOf('A dozen farmers said the scheme had failed.')).toEqual(['A dozen farmers']);
  });
});

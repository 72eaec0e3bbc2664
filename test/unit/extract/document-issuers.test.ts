// A document speaks for whoever the clause says issued it ("it issued a paper welcoming …"), and a
// group speaks as the people it is made of ("a group of nurses sent a letter urging …").
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('documents and their issuers', () => {
  it('a document issued by the subject speaks for the subject', () => {
    expect(speakersOf('Tom Hale is a marathon runner. He released a letter from his doctor on Friday that says he is in excellent health.')).toEqual([
      'Tom Hale',
    ]);
    expect(speakersOf('The Nordic Farmers Alliance stayed neutral. Recently, however, it issued a policy paper welcoming the new subsidies.')).toEqual([
      'Nordic Farmers Alliance',
    ]);
  });

  it('a statement someone released speaks for them, as "the statement" or as "it"', () => {
    expect(speakersOf('United chairman Keith Lamb later released a statement. “Gary has our full support,” the statement read.')).toEqual(['Keith Lamb']);
    expect(speakersOf('Ann Holt scored twice. United chairman Keith Lamb later issued a brief statement. ‘Gary has our full support,’ it read.')).toEqual([
      'Keith Lamb',
    ]);
  });

  it('a document before "of" speaks, and "her account" is hers', () => {
    expect(speakersOf('A review of court records shows the company was sued 40 times.')).toEqual(['A review']);
    expect(speakersOf('Ann Holt wrote a memoir about her years in office. According to her account, the governor ignored the warnings.')).toEqual([
      'Ann Holt',
      'Ann Holt',
    ]);
  });

  it('a group of people speaks as those people', () => {
    expect(speakersOf('In May, a group of nurses sent a letter to the health board urging it to hire more staff.')).toEqual(['a group of nurses']);
  });
});

// Speech named by a noun whose topic follows a preposition: "his attacks on the budget", "Ann Holt's
// criticism of the contract", "launched an attack on the plan"; and the uses of those nouns that report
// no one's words, or that another act reports whole.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { sureQuotes as sure } from '../../support/extraction.js';

describe('a topic noun with its speaker', () => {
  it('the possessor speaks of what follows the preposition: "his attacks on", "Ann Holt’s criticism of"', () => {
    expect(sure('Tom Reed voted against the harbour budget. He has since stepped up his attacks on the mayor’s spending plans.')).toContainEqual([
      'attacks',
      'Tom Reed',
      'the mayor’s spending plans',
    ]);
    expect(sure('Ann Holt’s criticism of the ferry contract surprised her allies.')).toEqual([['criticism', 'Ann Holt', 'the ferry contract']]);
    expect(sure('Ann Holt has made favourable comments about the new tax in the past.')).toEqual([['comments', 'Ann Holt', 'the new tax']]);
  });

  it('the subject of a verb making the noun speaks: "launched an attack on", "delivered a critique of"', () => {
    expect(sure('Tom Reed launched a fierce attack on the harbour plan last night.')).toEqual([['attack', 'Tom Reed', 'the harbour plan']]);
    expect(sure('Ann Holt delivered a blistering critique of the housing policy.')).toEqual([['critique', 'Ann Holt', 'the housing policy']]);
  });

  it('more nouns of what was said: defenses, thoughts, an opinion, an assessment, a preview, a reference, statements, jokes, a tirade', () => {
    expect(sure('Tom Reed offered increasingly strident defenses of the harbour board.')).toEqual([['defenses', 'Tom Reed', 'the harbour board']]);
    expect(sure('Ann Holt offered her thoughts on the ferry timetable.')).toEqual([['thoughts', 'Ann Holt', 'the ferry timetable']]);
    expect(sure('Tom Reed gave an opinion on the new quay.')).toEqual([['opinion', 'Tom Reed', 'the new quay']]);
    expect(sure('Ann Holt offered a blunt assessment of the harbour budget.')).toEqual([['assessment', 'Ann Holt', 'the harbour budget']]);
    expect(sure('Tom Reed gave a preview of his spending plans.')).toEqual([['preview', 'Tom Reed', 'his spending plans']]);
    expect(sure('Ann Holt made a pointed reference to the dock strike.')).toEqual([['reference', 'Ann Holt', 'the dock strike']]);
    expect(sure('Ann Holt made no reference to the dock strike.')).toEqual([['reference', 'Ann Holt', 'the dock strike']]);
    expect(sure('Tom Reed has made conflicting statements about the ferry fares.')).toEqual([['statements', 'Tom Reed', 'the ferry fares']]);
    expect(sure('Ann Holt made jokes about the council’s new logo.')).toEqual([['jokes', 'Ann Holt', 'the council’s new logo']]);
    expect(sure('Tom Reed delivered a long tirade against the harbour board.')).toEqual([['tirade', 'Tom Reed', 'the harbour board']]);
  });

  it('but not one nobody made, a statement "on" a day, nor thoughts held ("made no reference to" leaves unnamed, as "made no mention of" does)', () => {
    expect(sure('Public opinion on the new quay is divided.')).toEqual([]);
    expect(sure('The harbour board will issue a statement on Monday.')).toEqual([]);
    expect(sure('Her thoughts were with the crew.')).toEqual([]);
  });

  it('a jibe taken "at" someone is the act of the one taking it: "took a swipe at", "taking aim at"', () => {
    expect(sure('Ann Holt took a swipe at the ferry company over its winter fares.')).toEqual([
      ['swipe', 'Ann Holt', 'the ferry company over its winter fares'],
    ]);
    expect(sure('Tom Reed has taken frequent shots at the mayor’s record.')).toEqual([['shots', 'Tom Reed', 'the mayor’s record']]);
    expect(sure('Ann Holt then took aim at the harbour board.')).toEqual([['aim', 'Ann Holt', 'the harbour board']]);
    // A chance at something is no jibe, nor one not taken.
    expect(sure('This is Tom Reed’s best shot at the council seat.')).toEqual([]);
    expect(sure('Tom Reed had a shot at the council seat in May.')).toEqual([]);
  });

  it('what was argued for in a case made, and what was made no secret of', () => {
    expect(sure('Tom Reed made the case for a new lifeboat station.')).toEqual([['case', 'Tom Reed', 'a new lifeboat station']]);
    expect(sure('Ann Holt has made no secret of her frustration with the ferry company.')).toEqual([
      ['secret', 'Ann Holt', 'her frustration with the ferry company'],
    ]);
    // A lawsuit, a case no one made, and a secret kept say nothing.
    expect(sure('Ann Holt’s case against the ferry company was heard in court.')).toEqual([]);
    expect(sure('The case for a new pier rests on the tourist trade.')).toEqual([]);
    expect(sure('Tom Reed kept the secret of the wreck for years.')).toEqual([]);
  });

  it('what a mention made names, and what "made no mention of" leaves unnamed, at the confidence of speech declined', () => {
    expect(sure('Ann Holt made mention of the flooded quay in her speech.')).toEqual([['mention', 'Ann Holt', 'the flooded quay']]);
    expect(sure('Tom Reed notably made no mention of Ann Holt.')).toEqual([['mention', 'Tom Reed', 'Ann Holt']]);
    const [denied] = extract('Test article\n\nAnn Holt makes no mention of the levy in her letter.').quotes;
    expect([denied?.text, denied?.confidence]).toEqual(['the levy', 0.45]);
    // A mention nobody made says nothing.
    expect(sure('There was no mention of the levy in the minutes.')).toEqual([]);
  });

  it('the topic ends before the main clause and before the verb of a sentence it is the subject of', () => {
    expect(sure('As for Ann Holt’s attacks on the plan, Mr. Reed said he was unmoved.')).toEqual([
      ['attacks', 'Ann Holt', 'the plan'],
      ['said', 'Reed', 'he was unmoved'],
    ]);
    expect(sure('Tom Reed’s endorsement of Ann Holt came late in the race.')).toEqual([['endorsement', 'Tom Reed', 'Ann Holt']]);
  });

  it('the topic ends before a remark set off on it, a purpose, or another act of the speaker', () => {
    expect(sure('Ann Holt has been ratcheting up her critique of the council, most recently in a radio debate.')).toEqual([
      ['critique', 'Ann Holt', 'the council'],
    ]);
    expect(sure('Tom Reed’s endorsement of Ann Holt, many think, is only a matter of time.')).toEqual([['endorsement', 'Tom Reed', 'Ann Holt']]);
    expect(sure('Tom Reed met the mayor days after his endorsement of Holt to discuss the budget.')).toContainEqual(['endorsement', 'Tom Reed', 'Holt']);
    expect(sure('Ann Holt lost. Her harsh attacks on the ferry fares and her pledge to cut them won votes.')).toContainEqual([
      'attacks',
      'Ann Holt',
      'the ferry fares',
    ]);
  });
});

describe('no topic noun speech', () => {
  it('speech said not to have been made: "made no attack on", "did not launch an attack"', () => {
    expect(sure('Tom Reed made no attack on the council.')).toEqual([]);
    expect(sure('Tom Reed did not launch an attack on the council.')).toEqual([]);
    expect(sure('Tom Reed then launched an attack on the council.')).toEqual([['attack', 'Tom Reed', 'the council']]);
  });

  it('an attack of arms, or a day for a topic', () => {
    expect(sure('The gunman carried out his deadly attack on the ferry terminal.')).toEqual([]);
    expect(sure('Ann Holt stepped up her criticism on Tuesday.')).toEqual([]);
    expect(sure('Ann Holt lost the vote. She stepped up her criticism of the ferry contract on Tuesday.')).toContainEqual([
      'criticism',
      'Ann Holt',
      'the ferry contract',
    ]);
  });

  it('a phrase another act is about: "the crowd cheered Ann Holt’s attacks on", "apologized for his comments on"', () => {
    expect(sure('The crowd cheered Ann Holt’s attacks on the plan.')).toEqual([]);
    expect(sure('Tom Reed apologized for his comments on the strike.')).toEqual([['apologized', 'Tom Reed', 'his comments on the strike']]);
    expect(sure('Ann Holt’s attacks on the plan drew cheers.')).toEqual([['attacks', 'Ann Holt', 'the plan']]);
  });
});

// A document speaks for whoever the clause says issued it ("it issued a paper welcoming …"), and a
// group speaks as the people it is made of ("a group of nurses sent a letter urging …").
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('documents and their issuers', () => {
  it('a document taken with the verb that issued it, or with its subject too, speaks for the subject', () => {
    expect(speakersOf('The ferry users have launched petitions calling on the council to keep the night crossing.')).toEqual(['The ferry users']);
    expect(speakersOf('Earlier this month, lawyers for both Tom and Ann Reyes filed legal papers opposing the sale of the pier.')).toEqual(['lawyers']);
    // An issuing word after a determiner modifies the document: the subject of the sentence's verb issues it.
    expect(speakersOf('The mayor released a signed letter saying the quay would close.')).toEqual(['The mayor']);
  });

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

  it('a document speaks for whoever issued it, whatever noun names them', () => {
    expect(
      speakersOf('The festival drew 4,000 visitors to Bexley last year. The town released a statement Wednesday saying the parade would go ahead.'),
    ).toEqual(['Bexley']);
  });

  it('a document put out, or dated by its day, speaks for whoever issued it, also after a lapse of time', () => {
    expect(speakersOf('Senator Ann Holt lost the vote. Her office put out a statement saying she would try again.')).toEqual(['Ann Holt']);
    expect(
      speakersOf('Greenfield Rovers sacked their manager on Monday. The club released a statement Wednesday saying the board had acted in good faith.'),
    ).toEqual(['Greenfield Rovers']);
    expect(speakersOf('Senator Ann Holt lost the vote. Hours later, she issued a statement saying she would try again.')).toEqual(['Ann Holt']);
  });

  it('a document dated by a part of the day or "this week", fired back or started, speaks for whoever issued it', () => {
    expect(speakersOf('Mayor Ann Holt closed the pier. She released a statement Thursday night saying the pier was unsafe.')).toEqual(['Ann Holt']);
    expect(speakersOf('The library closed in March. Councillor Tom Reyes started a petition this week calling on the council to reopen it.')).toEqual([
      'Tom Reyes',
    ]);
    expect(speakersOf('Dana Pike was asked to resign. She fired back a response saying she would stay.')).toEqual(['Dana Pike']);
    expect(speakersOf('The depot was shut on Friday. Ann Holt sent an email saying the buses would run again on Monday.')).toEqual(['Ann Holt']);
  });

  it('a document issued after "Later," or by a count of people speaks for them', () => {
    expect(speakersOf('The ferry line cancelled its crossings. Later, Dana Pike released a statement saying they would resume on Monday.')).toEqual([
      'Dana Pike',
    ]);
    expect(speakersOf('Dana Pike was asked to resign. Later that day, she fired back a response saying she would stay.')).toEqual(['Dana Pike']);
    expect(speakersOf("The school may close. Forty of the town's teachers signed an open letter Monday making it clear that they oppose the closure.")).toEqual(
      ["Forty of the town's teachers"],
    );
  });

  it('a time between the subject and its cue is no speaker', () => {
    expect(speakersOf('Mayor Ann Holt opened the bridge in May. Holt has since said the cost was too high.')).toEqual(['Ann Holt']);
    expect(speakersOf('Tom Reyes led the union until 2019. His allies have in the past said he was treated unfairly.')).toEqual(['His allies']);
    expect(speakersOf('Senator Ann Holt voted against the bill. Holt has in recent weeks argued that it would fail.')).toEqual(['Ann Holt', 'Ann Holt']);
    // A period in a phrase of the subject's own is no time between.
    expect(speakersOf('The average of polls taken over the past two weeks shows Holt ahead.')).toEqual([]);
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

// A talk to come or meant is reported as one given, as a discussion is ("will speak about trade",
// "came to talk about the budget"), and so is any act of speech an act done on the way was for ("went
// on the radio to defend his record"); a leave to speak, a plan and an act asked of another are none.
// Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { sureQuotes as sure } from '../../support/extraction.js';

describe('a talk to come or meant', () => {
  it('after a modal or a purpose: "will speak about", "came to talk about", "wants to talk about"', () => {
    expect(sure('Ann Holt will speak about the harbour levy on Friday.')).toEqual([['speak', 'Ann Holt', 'the harbour levy']]);
    expect(sure('Tom Pike came to talk about the budget.')).toEqual([['talk', 'Tom Pike', 'the budget']]);
    expect(sure('Tom Pike wants to talk about jobs.')).toEqual([['talk', 'Tom Pike', 'jobs']]);
    expect(sure('Velmora councillor Ann Holt will come on the program to talk about the ferry and how its fares rose.')).toEqual([
      ['talk', 'Ann Holt', 'the ferry and how its fares rose'],
    ]);
  });

  it('a leave to speak is no talk: "not authorized to speak about"', () => {
    expect(sure('Tom Pike was not authorized to speak about the talks.')).toEqual([]);
  });
});

describe('an act of speech an act done on the way was for', () => {
  it('past the act’s object and place: "went on the radio to defend", "held a call to defend", "called her to congratulate"', () => {
    expect(sure('Tom Pike went on the Velmora radio show to defend his record.')).toEqual([['defend', 'Tom Pike', 'his record']]);
    expect(sure('Ann Holt held a three-hour conference call to defend the harbour board.')).toEqual([['defend', 'Ann Holt', 'the harbour board']]);
    expect(sure('Ann Holt called Tom Pike to congratulate him.')).toEqual([['congratulate', 'Ann Holt', 'him']]);
  });

  it('not an act asked of another, planned or to come: "called on him to apologize", "planned to endorse", "will endorse"', () => {
    expect(sure('Ann Holt called on Tom Pike to apologize for his remarks.').map((q) => q[0])).not.toContain('apologize');
    expect(sure('Tom Pike planned to endorse his opponent.').map((q) => q[0])).not.toContain('endorse');
    expect(sure('Ann Holt will endorse Tom Pike next month.')).toEqual([]);
    expect(sure('Many voters showed up to vote for Tom Pike.')).toEqual([]);
  });
});

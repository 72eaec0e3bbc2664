// A view held of something, told as what it is made out to be: "Critics see the levy as a tax", "she
// regards the quay as a landmark", "voters viewed her as the steadier hand". The object, "as" and what
// it is made out to be are what the subject holds, reported as "portrayed … as" reports words.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extractBody, quotesSaid } from '../../support/extraction.js';

describe('a view held, with "as"', () => {
  it('is the subject’s quote: the object and what it is made out to be', () => {
    expect(quotesSaid('Mayor Ann Holt sees the harbour levy as a tax on the poor.')).toEqual([
      { cue: 'sees', speaker: 'Ann Holt', text: 'the harbour levy as a tax on the poor' },
    ]);
    expect(quotesSaid('Most residents regard the old quay as a landmark.')).toEqual([
      { cue: 'regard', speaker: 'Most residents', text: 'the old quay as a landmark' },
    ]);
    expect(quotesSaid('Tom Pike has long viewed the council as wasteful.')).toEqual([{ cue: 'viewed', speaker: 'Tom Pike', text: 'the council as wasteful' }]);
    expect(quotesSaid('Sixty percent of voters view Holt as honest.')).toEqual([{ cue: 'view', speaker: 'Sixty percent of voters', text: 'Holt as honest' }]);
  });

  it('takes its speaker as other cues do: a pronoun goes back to whom it stands for', () => {
    expect(quotesSaid('Ann Holt spoke at the ferry terminal on Monday. She views the new timetable as a mistake.')).toEqual([
      { cue: 'views', speaker: 'Ann Holt', text: 'the new timetable as a mistake' },
    ]);
  });

  it('is speech in the contract, as a stance made known', () => {
    expect(extractBody('Critics saw the ruling as a blow to the union.').quotes.map((q) => q.act)).toEqual(['SPEECH']);
  });

  it('but seeing or looking without "as" after an object, a passive and a guess report nothing', () => {
    for (const body of [
      'Tom Pike saw the crowd as it left the hall.',
      'Residents saw that the river had risen.',
      'The harbour levy is widely seen as a tax.',
      'A district seen as critical voted early.',
      'Ann Holt may see the levy as a gift.',
      'The board viewed the site on Monday.',
    ])
      expect(quotesSaid(body)).toEqual([]);
  });
});

// "considers the levy a mistake", "considers him to be honest": the view held without "as". Short
// examples written for the test.
describe('a view held with "consider", its object and what it is held to be', () => {
  it('is the subject’s quote: the object and what it is held to be, with "to be", "as" or none', () => {
    expect(quotesSaid('Councillor Tom Pike considers the ferry levy a mistake.')).toEqual([
      { cue: 'considers', speaker: 'Tom Pike', text: 'the ferry levy a mistake' },
    ]);
    expect(quotesSaid('Ann Holt considers the new timetable to be unworkable.')).toEqual([
      { cue: 'considers', speaker: 'Ann Holt', text: 'the new timetable to be unworkable' },
    ]);
    expect(quotesSaid('Ann Holt has long considered Tom Pike hopelessly vain.')).toEqual([
      { cue: 'considered', speaker: 'Ann Holt', text: 'Tom Pike hopelessly vain' },
    ]);
    expect(quotesSaid('Mayor Ann Holt considers him a rival.')).toEqual([{ cue: 'considers', speaker: 'Ann Holt', text: 'him a rival' }]);
    expect(quotesSaid('Tom Pike has long considered a merger of the two ports likely.')).toEqual([
      { cue: 'considered', speaker: 'Tom Pike', text: 'a merger of the two ports likely' },
    ]);
  });

  it('but weighing a thing, an act or a question, a role, a passive and a guess report nothing', () => {
    for (const body of [
      'Ann Holt considered a run for mayor last year.',
      'The ministry is considering a request to reopen the quay.',
      'Tom Pike considered selling the ferry company.',
      'Ann Holt is considering whether to appeal.',
      'Ann Holt is considering a run as an independent.',
      'The board will consider him for the post.',
      'Tom Pike considered the offer the next day.',
      'The council considered the bill last week.',
      'The old quay is widely considered a landmark.',
      'Considering the cost of the repairs, the council closed the quay.',
      'Ann Holt may consider the levy a gift.',
    ])
      expect(quotesSaid(body)).toEqual([]);
  });
});

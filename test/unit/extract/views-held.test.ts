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

// Speakers of words the story has through a source named by "according to" after their attribution.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('an attribution that "according to" closes', () => {
  // (a bakery closing after a rent rise)
  it('is the source\'s report: the source after "according to" speaks', () => {
    const direct =
      'The Millbrook bakery will close in May. “We cannot pay the rent any longer,” Ann Vale said at a staff meeting, according to the Millbrook Courier.';
    expect(speakersOf(direct)).toEqual(['Millbrook Courier']);
    expect(speakersOf('The bakery will close in May. “Sorry,” Ann Vale told her bakers on Friday, according to the minutes.')).toEqual(['the minutes']);
  });

  it('closing a report after its cue is the source’s report too, unless the source is the speaker’s own document', () => {
    const told = 'The bakery will close in May. Ann Vale told her bakers on Friday that the ovens would be sold, according to the minutes.';
    expect(speakersOf(told)).toEqual(['the minutes']);
    expect(speakersOf('Ann Vale said the ovens would be sold, according to a statement from her office.')).toEqual(['Ann Vale']);
  });

  it("leaves the speaker a clause of the narrator's own stands between", () => {
    const story =
      'The bakery will close in May. “We cannot pay the rent any longer,” Ann Vale said, but the shop stayed open until June, according to the Millbrook Courier.';
    expect(speakersOf(story)[0]).toEqual('Ann Vale');
  });
});

describe('a record of an event, and who provided a document', () => {
  it('a transcript or recording "of" an event speaks, not the event; a person after "of" still does', () => {
    expect(speakersOf('The slipway will close for a month, according to a transcript of the parish meeting.')).toEqual(['a transcript']);
    expect(speakersOf('A recording of the parish meeting shows that the members voted to sell the slipway.')).toEqual(['A recording']);
    expect(speakersOf('The film ends with footage of Ann Holt saying the slipway would reopen.')).toEqual(['Ann Holt']);
  });

  it('who provided a document is its source; whom it was provided to is not', () => {
    expect(speakersOf('The slipway will close for a month, according to audio provided by Coast Radio.')).toEqual(['Coast Radio']);
    expect(speakersOf('The slipway will close for a month, according to a memo provided to the parish council.')).toEqual(['a memo']);
  });
});

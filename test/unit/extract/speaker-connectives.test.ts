// A word of sequence or contrast between a subject and its verb ("first", "however", "nevertheless",
// "otherwise"), which the lexicon files under no adverb, is no part of the speaker's words, and
// "first" after "by" leaves the gerund the sentence's subject's. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

describe('a connective between the subject and its cue', () => {
  it('stands between, as an adverb does', () => {
    expect(quoteReadings('Harbour master Ann Holt spoke on Monday. Holt however insisted that the ferry was late.')).toContainEqual({
      cue: 'insisted',
      speaker: 'Ann Holt',
      mention: 'Holt',
      text: 'the ferry was late',
    });
    expect(quoteReadings('Mayor Tom Pike has nevertheless called the ferry plan a disaster.')).toEqual([
      { cue: 'called', speaker: 'Tom Pike', mention: 'Tom Pike', text: 'the ferry plan a disaster' },
    ]);
    expect(quoteReadings('The harbour clerk first said he did not recall the vote.')).toEqual([
      { cue: 'said', speaker: 'The harbour clerk', mention: 'The harbour clerk', text: 'he did not recall the vote' },
    ]);
  });

  it('leaves "by first saying" to the subject of the sentence', () => {
    expect(quoteReadings('Mayor Tom Pike responded by first saying that the harbour board had been kind.')).toEqual([
      { cue: 'saying', speaker: 'Tom Pike', mention: 'Tom Pike', text: 'the harbour board had been kind' },
    ]);
  });

  it('after a comma, "then" joins a second verb to the subject of the first', () => {
    expect(quoteReadings('Harbour master Tom Garvey shrugged, then said the ferry would run late.')).toEqual([
      { cue: 'said', speaker: 'Tom Garvey', mention: 'Tom Garvey', text: 'the ferry would run late' },
    ]);
    // (Not a verb acting on an object after a preposition, nor a clause of its own after "then".)
    expect(quoteReadings('The activists won seats at the convention, then voted for the harbour slate.')).toEqual([]);
    expect(quoteReadings('The quay flooded twice, then the mayor said the wall would be rebuilt.')).toEqual([
      { cue: 'said', speaker: 'the mayor', mention: 'the mayor', text: 'the wall would be rebuilt' },
    ]);
  });

  it('keeps "the first" as the one speaking', () => {
    expect(quoteReadings('Two clerks spoke to the board. The first said the vote was rigged.')).toEqual([
      { cue: 'said', speaker: 'The first', mention: 'The first', text: 'the vote was rigged' },
    ]);
  });
});

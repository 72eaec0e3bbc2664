// A participle of saying right after a verb's object goes with the verb's subject: the object is no
// speaker unless it is people, a document or words.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a participle of saying after an object', () => {
  it('"opened the rally saying" is the subject’s, not the rally’s', () => {
    expect(speakersOf('Judd Trump opened the rally saying he felt fresher than ever.')).toEqual(['Judd Trump']);
  });

  it('"opened his campaign on Saturday saying" is the subject’s, past the time, not the campaign’s', () => {
    const story = 'Stuart Bingham will face Judd Trump next.\n\nTrump opened his campaign on Saturday saying he felt fresher than ever.';
    expect(speakersOf(story)).toEqual(['Judd Trump']);
  });

  it('"started out the debate saying", "closed the meeting saying" are the subject’s too, past a particle or a past form', () => {
    expect(speakersOf('Tom Pike started out their third debate saying Ann Holt had the experience to govern.')).toEqual(['Tom Pike']);
    expect(speakersOf('Ann Holt closed the meeting saying that the plan was dead.')).toEqual(['Ann Holt']);
  });

  it('a document, words or people before the participle still say it', () => {
    expect(speakersOf('Police issued a statement saying the man had died.')).toEqual(['Police']);
    expect(speakersOf('The coach put up a sign saying the gym was closed.')).toEqual(['a sign']);
    expect(speakersOf('After the match, the captain thanked the fans saying they were brilliant.').at(-1)).toBe('the fans');
  });
});

// "the man", "the woman", "the person" as a speaker: the person an indefinite description just
// brought into the story, not the person the story is about.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a plain description of a person as a speaker', () => {
  it('is the one "one man" or "a …" brought in, in its sentence or the one before', () => {
    expect(
      speakersOf(
        'Tom Pike is drawing big crowds in Velmora. One man in the harbour district, angry at the ferry fares, interrupted the candidate: “They robbed the town,” the man shouted.',
      ),
    ).toEqual(['One man']);
    expect(
      speakersOf('At a bakery near the harbour, a young cashier was shaken by the talk about Tom Pike. “Nobody trusts the council,” said the woman.'),
    ).toEqual(['a young cashier']);
    expect(
      speakersOf('Ann Holt is getting advice from a retired ferry pilot on running the port. After a pause, the man said the harbour needed a new pier.'),
    ).toEqual(['a retired ferry pilot']);
  });

  it('is not one of the other sex, nor one the story named so', () => {
    expect(speakersOf('Tom Pike met a woman at the fair. “We will build the pier,” the man said.')).toEqual(['Tom Pike']);
    expect(speakersOf('Ann Holt met a female teacher at the fair. “We will build the pier,” the man said.')).not.toEqual(['a female teacher']);
    expect(speakersOf('Tom Pike is a retired pilot. “We will build the pier,” the man said.')).toEqual(['Tom Pike']);
    expect(speakersOf('Tom Pike met a pilot who has sailed here all her life. “We will build the pier,” the man said.')).not.toEqual(['a pilot']);
    expect(speakersOf('Tom Pike spoke in Velmora on Monday. “We will build the pier,” the man said.')).toEqual(['Tom Pike']);
  });

  it('with "who" after it, the description says whom it means', () => {
    expect(speakersOf('Tom Pike met a farmer at the fair. “We will build the pier,” said the man who built the old one.')).not.toEqual(['a farmer']);
  });
});

// A participle of speech after a comma and an adverb has the sentence's subject, as one right after
// the comma does: ", eventually saying …", ", falsely suggesting …", ", only saying …". Short
// examples written for the test in the style of campaign news.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('a speech participle after an adverb', () => {
  it('goes with the subject of the sentence, not a name just before the comma', () => {
    expect(speakersOf('Ann Holt stuck to policy at first but gradually turned tougher against Tom Pike, eventually saying he would be a disaster.')).toEqual([
      'Ann Holt',
    ]);
    expect(
      speakersOf('Senator Ann Holt, who is running second to Mr. Pike, turned tougher against Mr. Pike, eventually saying he would be a disaster.'),
    ).toEqual(['Ann Holt']);
    expect(speakersOf('Ann Holt stayed out of the debate, only saying that she hoped for calm.')).toEqual(['Ann Holt']);
    expect(speakersOf('Ann Holt was ready for him, quickly reminding viewers that he had voted against the bridge.')).toEqual(['Ann Holt']);
  });

  it('as one right after the comma does; an adverbial participle that reports nothing stays nothing', () => {
    expect(speakersOf('Ann Holt turned tougher against Tom Pike, saying he would be a disaster.')).toEqual(['Ann Holt']);
    expect(speakersOf('The ferry strike spread along the coast, quickly reaching the harbour.')).toEqual([]);
  });

  it('after a preposition and a plain adverb, as after the preposition alone', () => {
    expect(speakersOf('Mayor Ann Holt stayed on in Velmora for the vote, while also suggesting that the old pier should close.')).toEqual(['Ann Holt']);
    expect(speakersOf('Tom Pike left the council hall in Dunmore after again saying that the vote was rigged.')).toEqual(['Tom Pike']);
    expect(speakersOf('Tom Pike left the council hall in Dunmore while also waving to the crowd.')).toEqual([]);
  });
});

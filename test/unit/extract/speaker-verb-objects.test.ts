// A verb's object is no part of the speaker's phrase: read leftward from the cue, a phrase ends at a
// participle or past form after an auxiliary or a relative pronoun ("that have endorsed him say",
// "which included staff members suggesting"), and a phrase of any noun opening the sentence is what a
// relative clause before the cue hangs from. Short examples written for the test in the style of local news.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const readingOf = (story: string, said: string) => quoteReadings(story).find((q) => q.text.startsWith(said));

describe('a speaker phrase after a verb it is the object of', () => {
  it.each([
    ['The council apologized for the emails, which included staff members suggesting the mayor should resign.', 'staff members', 'the mayor should resign'],
    ['Ann Holt is revered among harbour workers who have argued that the pier must stay open.', 'harbour workers', 'the pier must stay open'],
    ['Some of the aides have been poring over polling data showing that few voters back the levy.', 'Some of the aides', 'few voters back the levy'],
  ])('%s is spoken by %s', (story, speaker, said) => {
    expect(readingOf(story, said)?.speaker).toBe(speaker);
  });

  it.each([
    ['Retired dock workers say the pier is unsafe.', 'Retired dock workers', 'the pier is unsafe'],
    ['The visiting inspectors said the ferry was overloaded.', 'The visiting inspectors', 'the ferry was overloaded'],
  ])('keeps a modifier in the phrase: %s', (story, speaker, said) => {
    expect(readingOf(story, said)?.speaker).toBe(speaker);
  });
});

describe('the phrase opening the sentence before a relative clause on it', () => {
  it.each([
    ['The vote is near. But progressive organizations that have endorsed him say the council should pick the plan.', 'progressive organizations'],
    ['Small fishing cooperatives that have backed the mayor say the council should pick the plan.', 'Small fishing cooperatives'],
  ])('%s is spoken by %s', (story, speaker) => {
    expect(readingOf(story, 'the council should pick')?.speaker).toBe(speaker);
  });
});

// "Those close to him", "those around the mayor": "those" stands for the people the words after it
// describe, who speak, not the one they are close to; and a fraction written as a word counts a part
// of a group ("two-thirds of the voters") as "many of them" does. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quoteReadings } from '../../support/extraction.js';

const readingOf = (story: string, said: string) => quoteReadings(story).find((q) => q.text.includes(said));

describe('the people "those" stands for, and a fraction of a group', () => {
  it.each([
    ['Tom Reyes wants a new pier. Those close to him say that he would have to raise the levy.', 'Those close to him', 'raise the levy'],
    ['Tom Reyes has shown stamina, but those around him acknowledge that a third term seems unlikely.', 'those around him', 'a third term'],
    ['Most ferry users dislike the levy, and three-fourths of them tell pollsters they will vote against it.', 'three-fourths of them', 'vote against it'],
    ['Two-thirds of Velmora harbour workers say the pier is unsafe.', 'Two-thirds of Velmora harbour workers', 'the pier is unsafe'],
  ])('%s is spoken by %s', (story, speaker, said) => {
    expect(readingOf(story, said)?.speaker).toBe(speaker);
  });

  it('keeps the head of "people close to him"', () => {
    expect(readingOf('Tom Reyes wants a new pier. People close to him say that he would have to raise the levy.', 'raise the levy')?.speaker).toBe('People');
  });
});

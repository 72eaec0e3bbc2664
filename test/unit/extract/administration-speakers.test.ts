// "The administration" names again the administration the story named by its head's name before,
// however far back.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('"the administration"', () => {
  it('is the "… administration" named before', () => {
    const story =
      'The Holt administration will raise the harbour levy in May. Fishermen were angry. The administration said the money would pay for a new quay.';
    expect(speakersOf(story)).toEqual(['Holt administration']);
  });

  it('is named so after a possessor ("Holt’s administration") many paragraphs back', () => {
    const filler = 'The ferry ran late again on Tuesday. Boats waited outside the harbour wall for the tide.\n\n'.repeat(12);
    const story = `Ann Holt’s administration will raise the harbour levy in May.\n\n${filler}The administration said the money would pay for a new quay.`;
    expect(speakersOf(story)).toEqual(['Holt administration']);
  });

  it('with no administration named stays the description', () => {
    const story = 'Ann Holt has led the Velmora council since 2019. The administration said the money would pay for a new quay.';
    expect(speakersOf(story)).toEqual(['The administration']);
  });
});

// A quoted sentence right after reported speech, with no attribution of its own, goes on with the
// speaker of the report: one speech event in two pieces.
import { describe, expect, it } from 'vitest';
import { partsAndSpeakers } from '../../support/extraction.js';

describe('a quoted sentence after reported speech', () => {
  it('is a piece of the same quote, whichever side the attribution stands', () => {
    expect(partsAndSpeakers('Ann Holt said the ferry would stop running in June. “We cannot pay the crews any longer.”')).toEqual([
      [['the ferry would stop running in June', 'We cannot pay the crews any longer.'], 'Ann Holt'],
    ]);
    expect(partsAndSpeakers('The ferry will stop running in June, Ann Holt said. “We cannot pay the crews. The boats are old.”')).toEqual([
      [['The ferry will stop running in June', 'We cannot pay the crews. The boats are old.'], 'Ann Holt'],
    ]);
  });

  it('not with an attribution of its own, after narration, or as a title in a sentence', () => {
    expect(partsAndSpeakers('Ann Holt said the ferry would stop. “It will not,” Tom Reyes replied.')).toEqual([
      [['the ferry would stop'], 'Ann Holt'],
      [['It will not,'], 'Tom Reyes'],
    ]);
    expect(partsAndSpeakers('Ann Holt said the ferry would stop. “The Last Crossing” is a film about it.')).toEqual([[['the ferry would stop'], 'Ann Holt']]);
    expect(partsAndSpeakers('Ann Holt said the ferry would stop. Yes.')).toEqual([[['the ferry would stop'], 'Ann Holt']]);
  });
});

// The words naming a joint speaker are the whole subject, "Tom Pike and Ann Holt", where they were the
// last name alone; the name of the speaker is both, as before. Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** The speaker's name and the words naming it, of the first quote. */
const speaker = (body: string) => {
  const q = extract(`Ferry news.\n\n${body}`).quotes[0];
  return q && [q.speaker.name, q.speaker.mention?.text];
};

describe('the words of a joint speaker', () => {
  it('run from the first name to the last', () => {
    expect(speaker('Tom Pike and Ann Holt said the ferry would run.')).toEqual(['Tom Pike and Ann Holt', 'Tom Pike and Ann Holt']);
    expect(speaker('Tom Pike, Ann Holt and Jon Reyes said the ferry would run.')).toEqual([
      'Tom Pike, Ann Holt and Jon Reyes',
      'Tom Pike, Ann Holt and Jon Reyes',
    ]);
    expect(speaker('Jane Scullion and her deputy, Adam Wilkinson, said the ferry would run.')).toEqual([
      'Jane Scullion and Adam Wilkinson',
      'Jane Scullion and her deputy, Adam Wilkinson',
    ]);
  });

  it('leave a single speaker and "X and Y, who said" as they were', () => {
    expect(speaker('Tom Pike said the ferry would run.')).toEqual(['Tom Pike', 'Tom Pike']);
    expect(speaker('He met Tom Pike and Ann Holt, who said the ferry would run.')?.[1]).toBe('who');
  });
});

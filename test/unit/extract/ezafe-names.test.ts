// Parties and movements named by words joined with the Persian and Urdu "-e-"; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const typeOf = (story: string, name: string) => recognizeEntities(layout(story)).find((e) => e.name === name)?.type;

describe('words joined by "-e-" or "-i-"', () => {
  it('name a party or movement, speaking or not; "-ul-" joins a person’s names', () => {
    const story = 'KABUL 1996-08-30\nHezb-i-Wahdat said it would fight on. Jamaat-e-Rahmat denied it. Inzamam-ul-Haq made 40.';
    expect([typeOf(story, 'Hezb-i-Wahdat'), typeOf(story, 'Jamaat-e-Rahmat'), typeOf(story, 'Inzamam-ul-Haq')]).toEqual([
      'ORGANIZATION',
      'ORGANIZATION',
      'PERSON',
    ]);
  });
});

// Firms shown by who speaks for them and by the stock held in them; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** The type the story gives `name`, undefined for none. */
const typeIn = (story: string, name: string) => recognizeEntities(layout(story)).find((e) => e.name === name)?.type;

describe('who speaks for a name, and what is held in it', () => {
  it.each([
    ['LONDON 1996-08-30\nA spokeswoman for Tessaro declined to comment on the report. Tessaro makes valves.', 'Tessaro', 'ORGANIZATION'],
    ['MOSCOW 1996-08-30\nPresident Anatoly Varkin left for his dacha. A spokesman for Varkin said he was resting.', 'Anatoly Varkin', 'PERSON'],
    ['OHIO 1996-08-30\nA spokesman for Democratic presidential candidate Ruth Okafor said she would debate.', 'Democratic', undefined],
    ['NEW YORK 1996-08-30\nStock in Morgan Keegan rose 1/2 on Friday.', 'Morgan Keegan', 'ORGANIZATION'],
  ])('%s: %s is %s', (story, name, type) => {
    expect(typeIn(story, name)).toBe(type);
  });
});

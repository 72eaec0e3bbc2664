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
    // A word the typer took for a person: one that speaks through a spokesman or officials is a body.
    ['LONDON 1996-08-30\nA spokesman for Dransk said the plant was closed.', 'Dransk', 'ORGANIZATION'],
    ['LONDON 1996-08-30\nOfficials of Harwick said the border would stay shut.', 'Harwick', 'ORGANIZATION'],
    ['LONDON 1996-08-30\nAn official for Tarnby said the deal was off.', 'Tarnby', 'ORGANIZATION'],
    // ... but not the surname of a person the story names, nor a titled person.
    ['LONDON 1996-08-30\nEllis Dransk resigned. A spokesman for Dransk said he was tired.', 'Ellis Dransk', 'PERSON'],
    ['LONDON 1996-08-30\nMr Dransk resigned. A spokesman for Dransk said he was tired.', 'Dransk', 'PERSON'],
    ['LONDON 1996-08-30\nOfficials of the Harwick Board said the border would stay shut.', 'Harwick Board', 'ORGANIZATION'],
    ['NEW YORK 1996-08-30\nStock in Morgan Keegan rose 1/2 on Friday.', 'Morgan Keegan', 'ORGANIZATION'],
  ])('%s: %s is %s', (story, name, type) => {
    expect(typeIn(story, name)).toBe(type);
  });
});

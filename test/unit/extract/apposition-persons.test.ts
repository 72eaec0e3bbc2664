// An apposition whose head is a noun for a person makes a person of the name, whatever kind of body
// modifies that noun; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** "type:surface" for every name mention. */
const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${text.slice(m.start, m.end)}`));

describe('an apposition headed by a noun for a person', () => {
  it('is a person’s, a body’s word before the noun notwithstanding', () => {
    const found = mentionsOf('As Jory, a fun-loving airline pilot with a gift for jokes, sat down, Tom Pike left. Jory laughed.');
    expect(found.sort()).toEqual(['PERSON:Jory', 'PERSON:Jory', 'PERSON:Tom Pike']);
  });

  it('leaves an airline, a car maker and a bank worker as they were', () => {
    expect(mentionsOf('Velmora, an airline, said it would cut jobs.')).toEqual(['ORGANIZATION:Velmora']);
    expect(mentionsOf('Korvena, a Marnock car maker, said sales rose.')).toContain('ORGANIZATION:Korvena');
    expect(mentionsOf('Tom Reyes, a bank worker, said the branch would close.')).toEqual(['PERSON:Tom Reyes']);
    expect(mentionsOf('“It is over,” said Jon Reyes, an activist and former political prisoner.')).toEqual(['PERSON:Jon Reyes']);
  });
});

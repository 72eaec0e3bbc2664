// The field a minister or secretary is in, written before the title, is part of the title, no name.
// Stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

/** Each entity of a short story with its type, as "TYPE words". */
const namesIn = (story: string) =>
  recognizeEntities(layout(`Quota talks\n\n${story}`)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type} ${m.text}`));

describe('the field of a minister or secretary written before the title', () => {
  it('is no name, its holder a person', () => {
    expect(namesIn('Tom Pike, an adviser to Fisheries Secretary Ann Holt, said the quota would stay.')).toEqual(['PERSON Tom Pike', 'PERSON Ann Holt']);
    expect(namesIn('Agriculture Minister Ann Holt opened the fair in Dunmore.')).toEqual(['PERSON Ann Holt', 'LOCATION Dunmore']);
    expect(namesIn('Tom Pike met Deputy Tourism Minister Ann Holt on Friday.')).toEqual(['PERSON Tom Pike', 'PERSON Ann Holt']);
  });

  it('a ministry named as a body, a place, or a title with no holder after it stay as they were', () => {
    expect(namesIn('Tom Pike, an aide to Treasury Secretary Ann Holt, said so.')).toContain('ORGANIZATION Treasury');
    expect(namesIn('Tom Pike met Ohio Secretary Ann Holt.')).toContain('LOCATION Ohio');
    expect(namesIn('Tom Pike met Republican Secretary of State Ann Holt.')).toEqual(['PERSON Tom Pike', 'PERSON Ann Holt']);
  });
});

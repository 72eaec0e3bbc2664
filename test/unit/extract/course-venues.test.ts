// Courses named as venues ("… Golf Course", "… Racecourse"), on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const namesOf = (text: string) => recognizeEntities(layout(`Golf and racing\n\n${text}`)).map((e) => `${e.type}:${e.name}`);

describe('a name ending in a course is the venue', () => {
  it('whatever person or park its first words name', () => {
    expect(namesOf('Ann Holt shot a 65 at the par-71 Marta Holt Golf Course on Thursday.')).toEqual(['PERSON:Ann Holt', 'LOCATION:Marta Holt Golf Course']);
    expect(namesOf('Tom Pike rode two winners at Kelvo Racecourse on Friday.')).toContain('LOCATION:Kelvo Racecourse');
  });
});

// A name a school's word ends is the school, a body, wherever a place's context stands around it; on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { endsInSchoolHead, namesSchoolDistrict } from '../../../src/extract/entities/school-names.js';
import { typedNames } from '../../support/extraction.js';

const namesOf = (body: string) => typedNames(`Harbour school notes\n\n${body}`);

describe("a school's name is a body", () => {
  it('after "in" or "at", where the model reads a place', () => {
    expect(namesOf('Well, back in Kelvo College, Ann Holt and I met.')).toContain('ORGANIZATION:Kelvo College');
  });
  it('by its last word, of two words or more', () => {
    expect(endsInSchoolHead(['Harlow', 'University'])).toBe(true);
    expect(endsInSchoolHead(['Velmora', 'Polytechnic'])).toBe(true);
    expect(endsInSchoolHead(['College'])).toBe(false);
    expect(endsInSchoolHead(['College', 'Park'])).toBe(false);
  });
});

describe('a district named for its schools is a body', () => {
  it('where "District" would make it a place', () => {
    expect(namesOf('Parents sued the Velmora Unified School District over the closures.')).toContain('ORGANIZATION:Velmora Unified School District');
    expect(namesOf('The Harlow Independent School District said classes would resume.')).toContain('ORGANIZATION:Harlow Independent School District');
  });
  it('by its last two words', () => {
    expect(namesSchoolDistrict(['Kelvo', 'School', 'District'])).toBe(true);
    expect(namesSchoolDistrict(['Kelvo', 'Lake', 'District'])).toBe(false);
    expect(namesSchoolDistrict(['School', 'District'])).toBe(false);
  });
});

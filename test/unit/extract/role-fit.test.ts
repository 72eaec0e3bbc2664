// A role description resolves to a person of a compatible role and party: "the Democratic nominee"
// is not the Republican, "the judge" is the one called "Justice", and a judge is never "the nominee".
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { holdsRole, roleConflicts } from '../../../src/extract/role-fit.js';

const titles = (...roles: string[]) => ({ roles: new Set(roles), qualifiers: new Set<string>() });

describe('role fit', () => {
  it('roles that name one another', () => {
    expect(holdsRole(titles('justice'), 'judge')).toBe(true);
    expect(holdsRole(titles('attorney'), 'lawyer')).toBe(true);
    expect(holdsRole(titles('senator'), 'judge')).toBe(false);
  });

  it('another party, or a trade against another role, conflicts', () => {
    expect(roleConflicts('The Democratic nominee', 'nominee', titles('nominee'), new Set(['R']))).toBe(true);
    expect(roleConflicts('The Democratic nominee', 'nominee', titles('nominee'), new Set(['D']))).toBe(false);
    expect(roleConflicts('The nominee', 'nominee', titles('judge'), undefined)).toBe(true);
    expect(roleConflicts('The lawyer', 'lawyer', titles('senator'), undefined)).toBe(true);
    expect(roleConflicts('The president', 'president', titles('senator'), undefined)).toBe(false);
    expect(roleConflicts('The senator', 'senator', undefined, undefined)).toBe(false);
  });
});

describe('speakers given by a role description', () => {
  it('the description of one party is not the person of the other', () => {
    const story =
      'Republican nominee Tom Hale spoke in Ohio on Monday. Democrat Mark Holt spoke in Iowa. Hale said taxes would fall. The Democratic nominee said the rich must pay more.';
    expect(speakersOf(story)).toEqual(['Tom Hale', 'Mark Holt']);
  });

  it('"the judge" is the person called "Justice", not the lawyer who spoke last', () => {
    const story =
      'Justice Frank Moro heard the case on Monday. Holt’s lawyer, Tom Reyes, said the file was private. The judge agreed that the file should stay closed.';
    expect(speakersOf(story)).toEqual(['Tom Reyes', 'Frank Moro']);
  });
});

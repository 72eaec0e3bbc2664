// "The former mayor" is the one the story gave the office as a past one, before the holder in office.
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { titleOf } from '../../../src/extract/title-words.js';
import { roleConflicts } from '../../../src/extract/role-fit.js';

describe('former roles', () => {
  it('marks a role given after "former" or "ex" as a past one', () => {
    expect(titleOf(['Former', 'Democratic', 'Sen.'])).toEqual({ roles: ['senator'], qualifiers: ['democratic'], former: ['senator'] });
    expect(titleOf(['the', 'mayor'])).toEqual({ roles: ['mayor'], qualifiers: [] });
  });

  it('"the former mayor" is the one titled so, not the mayor in office', () => {
    const story = 'Tom Pike, the former mayor, drew up the ferry plan. The mayor, Ann Holt, was against it. “The quay is a wreck,” the former mayor said.';
    expect(speakersOf(story)).toEqual(['Tom Pike']);
    const titled =
      'Former mayor Ed Crane said the harbour should stay open. The current mayor, Tom Pike, disagreed. “The quay is a wreck,” the former mayor said.';
    expect(speakersOf(titled)).toEqual(['Ed Crane', 'Ed Crane']);
  });

  it('a past office or trade is no conflict with the title a person holds now: "the former governor" may be the candidate', () => {
    const candidate = { roles: new Set(['candidate']), qualifiers: new Set<string>() };
    expect(roleConflicts('the former Velmora governor', 'governor', candidate, undefined)).toBe(false);
    expect(roleConflicts('the Velmora governor', 'governor', candidate, undefined)).toBe(true);
    // (One holding an office now was given the past one where the story meant it.)
    expect(roleConflicts('the former governor', 'governor', { roles: new Set(['senator']), qualifiers: new Set<string>() }, undefined)).toBe(true);
    expect(roleConflicts('the former prosecutor', 'prosecutor', candidate, undefined)).toBe(false);
    const story = 'Democratic candidate Ann Holt spoke to ferry crews in Harlow on Monday. “We are in this to the end,” the former governor said.';
    expect(speakersOf(story).at(-1)).toBe('Ann Holt');
  });
});

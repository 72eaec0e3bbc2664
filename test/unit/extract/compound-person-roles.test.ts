// A compound in -man, -woman or -person names one who does a trade or holds a seat, whether or not a
// list knows it: "a local fisherwoman" is one person, whom "she" goes on with. Examples written for the test.
import { describe, expect, it } from 'vitest';
import { roleOf } from '../../../src/extract/roles.js';
import { speakersOf } from '../../support/extraction.js';

describe('roles made of -man, -woman and -person compounds', () => {
  it('reads compounds the lists do not know, in the singular and the plural', () => {
    expect(['fisherman', 'fisherwomen', 'salespeople', 'handyman', 'ferrywoman'].map(roleOf)).toEqual([
      'fisherman',
      'fisherwoman',
      'salesperson',
      'handyman',
      'ferrywoman',
    ]);
  });

  it('reads no role in words that only end so, nor in names', () => {
    expect(['human', 'talisman', 'specimens', 'abdomen', 'German', 'german', 'Goldman', 'chapman'].map(roleOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(roleOf('woman')).toBe('woman');
  });

  it('lets "she" go on with a person described by one', () => {
    const dock = 'Tom Pike spoke at the dock on Monday. A local fisherwoman said the harbour would flood by morning. She added that the boats were safe.';
    expect(speakersOf(dock)).toEqual(['A local fisherwoman', 'A local fisherwoman']);
    const alone = 'Tom Pike spoke at the dock on Monday. A fisherwoman said the harbour would flood by morning. She added that the boats were safe.';
    expect(speakersOf(alone)).toEqual(['A fisherwoman', 'A fisherwoman']);
  });

  it('reads a definite description by one as a role, which a man named before does not hold', () => {
    expect(speakersOf('Tom Pike spoke at the dock on Monday. The fisherwoman said the harbour would flood by morning.')).toEqual(['The fisherwoman']);
    // (In the plural they are no one person: "the committee chairmen" stay a group.)
    expect(speakersOf('Tom Pike and Ann Holt lead the two committees. “The evidence is clear,” the committee chairmen wrote.')).toEqual([
      'the committee chairmen',
    ]);
  });

  it('as with a trade the lists know', () => {
    const teacher = 'Tom Pike spoke at the dock on Monday. A local teacher said the harbour would flood by morning. She added that the boats were safe.';
    expect(speakersOf(teacher)).toEqual(['A local teacher', 'A local teacher']);
  });
});

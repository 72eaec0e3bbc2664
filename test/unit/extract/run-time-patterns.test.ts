import { describe, expect, it } from 'vitest';
import { runTimePattern } from '../../../src/extract/run-time-patterns.js';

describe('runTimePattern', () => {
  it('makes a pattern once per source and flags', () => {
    const word = 'harbourmaster';
    const first = runTimePattern(`\\b${word}s?\\b`, 'iu');
    expect(runTimePattern(`\\b${word}s?\\b`, 'iu')).toBe(first);
    expect(runTimePattern(`\\b${word}s?\\b`, 'u')).not.toBe(first);
    expect(first.flags).toBe('iu');
    expect(first.source).toBe('\\bharbourmasters?\\b');
    expect(first.test('The Harbourmasters of Dunmore said')).toBe(true);
  });

  it('finds the same matches every time in a global pattern read with matchAll', () => {
    const ferries = () => [...'The ferry and the night ferry'.matchAll(runTimePattern('\\bferry\\b', 'giu'))].map((m) => m.index);
    expect(ferries()).toEqual([4, 24]);
    expect(ferries()).toEqual([4, 24]);
  });
});

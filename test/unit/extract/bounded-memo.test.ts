import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../src/extract/bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each key once, undefined answers included', () => {
    const calls: string[] = [];
    const lookup = boundedMemo((key: string) => {
      calls.push(key);
      return key.startsWith('k') ? key.length : undefined;
    });
    expect([lookup('known'), lookup('other'), lookup('known'), lookup('other')]).toEqual([5, undefined, 5, undefined]);
    expect(calls).toEqual(['known', 'other']);
  });

  it('forgets everything once it holds `limit` keys, and answers the same after', () => {
    const calls: string[] = [];
    const upper = boundedMemo((key: string) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('c'), upper('a')]).toEqual(['A', 'B', 'C', 'A']);
    // 'c' found the cache full and emptied it, so 'a' was computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps words naming the properties of objects like any other word', () => {
    const calls: string[] = [];
    const length = boundedMemo((key: string) => {
      calls.push(key);
      return key.length;
    });
    const words = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '12', 'length'];
    expect(words.map(length)).toEqual(words.map((w) => w.length));
    expect(words.map(length)).toEqual(words.map((w) => w.length));
    expect(calls).toEqual(words);
  });
});

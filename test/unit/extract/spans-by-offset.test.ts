import { describe, expect, it } from 'vitest';
import { SpansByOffset } from '../../../src/extract/spans-by-offset.js';
import { NameIndex } from '../../../src/extract/name-index.js';
import type { Entity } from '../../../src/extract/types.js';

/** What a map of every covered offset, written span by span in order, answers. */
function offsetMap<T extends { start: number; end: number }>(spans: T[]): Map<number, T> {
  const map = new Map<number, T>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) map.set(i, s);
  return map;
}

describe('SpansByOffset', () => {
  it('finds the span covering an offset, and none between spans or past them', () => {
    const holt = { start: 0, end: 8, who: 'Ann Holt' };
    const dunmore = { start: 20, end: 27, who: 'Dunmore' };
    const spans = new SpansByOffset([dunmore, holt]);
    const found = [0, 7, 8, 19, 20, 26, 27, -1].map((i) => spans.get(i)?.who ?? '-');
    expect(found.join('|')).toBe('Ann Holt|Ann Holt|-|-|Dunmore|Dunmore|-|-');
    expect([3, 8, 22].map((i) => spans.has(i))).toEqual([true, false, true]);
  });

  it('gives the offsets spans share to the one given last, as a map written in order does', () => {
    // "Dunmore Harbour Board": the board, given after the town, covers the town's words too.
    const town = { start: 0, end: 7 };
    const board = { start: 0, end: 21 };
    const harbour = { start: 8, end: 15 };
    const spans = [town, board, harbour];
    const byOffset = new SpansByOffset(spans);
    const map = offsetMap(spans);
    for (let i = -2; i < 24; i++) expect(byOffset.get(i)).toBe(map.get(i));
  });

  it('answers as the map does for any spans, overlapping or not, empty ones included', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: 1 + next(8) }, () => {
        const start = next(40);
        return { start, end: start + next(9) };
      });
      const byOffset = new SpansByOffset(spans);
      const map = offsetMap(spans);
      for (let i = -1; i < 52; i++) expect(byOffset.get(i)).toBe(map.get(i));
    }
  });
});

describe('NameIndex', () => {
  it('finds a mention by any of its offsets, and the entity named there', () => {
    const text = 'Ann Holt met Tom Reyes in Dunmore.';
    const person = (id: string, start: number, end: number): Entity =>
      ({ id, type: 'PERSON', name: text.slice(start, end), mentions: [{ start, end, kind: 'NAME' }] }) as unknown as Entity;
    const names = new NameIndex(text, [person('e1', 0, 8), person('e2', 13, 22)]);
    expect(names.nameAt.get(4)?.entity.id).toBe('e1');
    expect(names.nameAt.get(13)?.entity.id).toBe('e2');
    expect(names.nameAt.has(10)).toBe(false);
    expect(names.personStartingAt(13)?.text).toBe('Tom Reyes');
    expect(names.firstPersonBefore(30)?.text).toBe('Ann Holt');
  });
});

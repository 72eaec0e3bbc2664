// The parsed-document cache is bounded by the characters of the documents it holds, not by their
// number: the least recently used leave first, and a document over the bound is not kept.
import { expect, it } from 'vitest';
import { DocumentCache } from '../../src/document-cache.js';

it('keeps documents up to the bound in characters, the least recently used leaving first', () => {
  const cache = new DocumentCache<string>(30);
  cache.set('{ velmora }', 'a'); // 11
  cache.set('{ annHolt }', 'b'); // 11
  expect(cache.get('{ velmora }')).toBe('a'); // now the most recently used
  cache.set('{ harbourFares }', 'c'); // 16: 38 > 30, so the least recently used leaves
  expect(cache.get('{ annHolt }')).toBeUndefined();
  expect(cache.get('{ velmora }')).toBe('a');
  expect(cache.get('{ harbourFares }')).toBe('c');
  expect(cache.size).toBe(2);
});

it('does not keep a document longer than the bound, nor count one set twice twice', () => {
  const cache = new DocumentCache<string>(30);
  cache.set(`# ${'x'.repeat(40)}\n{ __typename }`, 'long');
  expect(cache.size).toBe(0);
  cache.set('{ velmora }', 'a');
  cache.set('{ velmora }', 'a2');
  cache.set('{ annHolt }', 'b');
  expect(cache.get('{ velmora }')).toBe('a2');
  expect(cache.get('{ annHolt }')).toBe('b');
});

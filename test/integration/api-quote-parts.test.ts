// A quote interrupted by its own attribution is one speech event with parts, stored and served.
// Real database, requests through yoga.fetch.
import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../src/import/store.js';
import { useTestApp } from './harness.js';

const t = useTestApp();
const text = `Shelter runs out of beds

Ruth Mendel runs the city shelter on Elm Street.

“We have no beds left,” Mendel said. “Families sleep in the hall.”

The new plan, Mendel said, will fail within a year.`;

beforeAll(async () => {
  await importArticle(t.db, { text, sourceName: 'parts.txt' });
});

describe('Quote.parts', () => {
  it('serves the pieces of each quote, and its text without the interrupting attribution', async () => {
    const res = await t.gql(`{ quotes { nodes { text start end parts { text start end } speaker { canonicalName } } } }`);
    expect(res.errors).toBeUndefined();
    const quotes = res.data.quotes.nodes;
    expect(quotes.map((q: any) => q.parts.map((p: any) => p.text))).toEqual([
      ['We have no beds left,', 'Families sleep in the hall.'],
      ['The new plan', 'will fail within a year'],
    ]);
    expect(quotes.map((q: any) => q.text)).toEqual(['We have no beds left, Families sleep in the hall.', 'The new plan will fail within a year']);
    for (const q of quotes) {
      expect(q.speaker.canonicalName).toBe('Ruth Mendel');
      for (const p of q.parts) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(p.start).toBeGreaterThanOrEqual(q.start);
        expect(p.end).toBeLessThanOrEqual(q.end);
      }
    }
  });
});

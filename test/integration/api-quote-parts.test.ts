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

describe('Quote.confidence and minConfidence', () => {
  it('gives every quote a confidence in 0..1 and filters connections by it', async () => {
    const all = await t.gql(`{ quotes { totalCount nodes { confidence } } articles { nodes { quotes(minConfidence: 0) { totalCount } } } }`);
    expect(all.errors).toBeUndefined();
    const confidences: number[] = all.data.quotes.nodes.map((q: any) => q.confidence);
    expect(confidences.length).toBe(2);
    for (const c of confidences) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
    expect(all.data.articles.nodes[0].quotes.totalCount).toBe(2);
    const top = Math.max(...confidences);
    const sure = await t.gql(
      `query($min: Float) { quotes(minConfidence: $min) { totalCount nodes { confidence } } entity(name: "Ruth Mendel") { quotesBy(minConfidence: $min) { totalCount } } }`,
      { min: top },
    );
    expect(sure.errors).toBeUndefined();
    expect(sure.data.quotes.totalCount).toBe(confidences.filter((c) => c >= top).length);
    expect(sure.data.entity.quotesBy.totalCount).toBe(sure.data.quotes.totalCount);
    const none = await t.gql(`{ quotes(minConfidence: 1.01) { totalCount } }`);
    expect(none.data.quotes.totalCount).toBe(0);
  });
});

// Extraction does work linear in the length of the text: counted (elements visited by array
// methods, characters scanned by string methods and regular expressions), never timed.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { firstStartingAtOrAfter, lastEndingBy, spanAt, SpanSet } from '../../../src/extract/span-index.js';
import { nameDenseArticle, quoteMarkTexts } from '../../../src/extract/synthetic.js';
import { measureWork } from '../../support/work-meter.js';

/** Work per character at each size, and the growth from the smallest to the largest. */
function workPerChar(make: (bytes: number) => string, sizes: number[]): number[] {
  return sizes.map((n) => {
    const text = make(n);
    return measureWork(() => extract(text)).work / text.length;
  });
}

/** A surname no lexicon knows, a different one for each number: "Velaar", "Velbar", … */
const surname = (i: number) => `Vel${i.toString(26).replace(/./gu, (d) => String.fromCharCode(97 + Number.parseInt(d, 26)))}ar`;

describe('linear work', () => {
  it('counts a quadratic loop as quadratic and a linear one as linear', () => {
    const quadratic = (n: number) => measureWork(() => Array.from({ length: n }, (_, i) => i).filter((i, _, all) => all.includes(i))).work;
    const linear = (n: number) =>
      measureWork(() =>
        'ab '
          .repeat(n)
          .split(' ')
          .map((w) => w.toUpperCase()),
      ).work;
    expect(quadratic(2000) / quadratic(1000)).toBeGreaterThan(3.5);
    expect(linear(20000) / linear(10000)).toBeLessThan(2.1);
  });

  it('extracts from name-dense news of 50, 100, 200 and 400 KB with the same work per character', { timeout: 120_000 }, () => {
    const perChar = workPerChar(nameDenseArticle, [50_000, 100_000, 200_000, 400_000]);
    for (const w of perChar) expect(w / perChar[0]!).toBeLessThan(1.15);
    expect(extract(nameDenseArticle(50_000)).entities.length).toBeGreaterThan(500); // it is name-dense
  });

  it('reads texts made of quote marks of every style in linear work', { timeout: 120_000 }, () => {
    for (const [style] of quoteMarkTexts(1).entries()) {
      const [small, large] = workPerChar((n) => quoteMarkTexts(n)[style]!, [25_000, 100_000]);
      expect(large! / small!, `style ${style}`).toBeLessThan(1.15);
    }
  });

  it('reads a story of short quotation paragraphs in single and double marks in linear work', { timeout: 120_000 }, () => {
    const story = (bytes: number) => {
      const parts = ['“We will build it,” Tom Pike said.'];
      for (let i = 1; parts.join('\n\n').length < bytes; i++) parts.push(i % 2 ? `“A quiet day ${i}.”` : `‘A long road ${i}.’`);
      return parts.join('\n\n');
    };
    const [small, large] = workPerChar(story, [25_000, 100_000]);
    expect(large! / small!).toBeLessThan(1.15);
  });

  it('reads one paragraph of many speakers of lone surnames no lexicon knows in linear work', { timeout: 120_000 }, () => {
    // One paragraph of many speakers: each quote's content is read for line breaks within it, and each lone name
    // read as a person is looked up among the story's lower-case words, never by a search over the text.
    const story = (bytes: number) => {
      const parts: string[] = [];
      for (let i = 0; parts.join(' ').length < bytes; i++) parts.push(`${surname(i)} told reporters the pier would open in May.`);
      return parts.join(' ');
    };
    expect(extract(story(2_000)).entities.filter((e) => e.type === 'PERSON').length).toBeGreaterThan(20);
    const [small, large] = workPerChar(story, [25_000, 100_000]);
    expect(large! / small!).toBeLessThan(1.15);
  });

  it('reads a story of many names after a lone initial in linear work', { timeout: 120_000 }, () => {
    // Whether the story writes a surname in lower case is looked up among its lower-case words, never
    // searched for in the text, name by name.
    const story = (bytes: number) => {
      const parts: string[] = [];
      for (let i = 0; parts.join(' ').length < bytes; i++) parts.push(`R ${surname(i)} told reporters the pier would open in May.`);
      return parts.join(' ');
    };
    expect(extract(story(2_000)).entities.filter((e) => e.type === 'PERSON' && e.name.startsWith('R ')).length).toBeGreaterThan(20);
    const [small, large] = workPerChar(story, [25_000, 100_000]);
    expect(large! / small!).toBeLessThan(1.15);
  });

  it('reads a story of many names and many a bare "the administration" in linear work', { timeout: 120_000 }, () => {
    // The administration the story named before is found among its name mentions indexed once, never by
    // a search back over hundreds of them for each "the administration".
    const story = (bytes: number) => {
      const parts: string[] = [];
      for (let i = 0; parts.join(' ').length < bytes; i++)
        parts.push(`Ann ${surname(i)} met Tom ${surname(i + 1)} in Oslo. “The pier will open,” the administration said.`);
      return parts.join(' ');
    };
    expect(extract(story(2_000)).quotes.filter((q) => q.speaker?.name === 'the administration').length).toBeGreaterThan(10);
    const [small, large] = workPerChar(story, [6_000, 24_000]);
    expect(large! / small!).toBeLessThan(1.15);
  });

  it('reads one endless sentence of interrupted quotations in linear work', { timeout: 120_000 }, () => {
    // No stop ends it, so each quotation's attribution would read a sentence as long as the text.
    const story = (bytes: number) => '“We sail at dawn,” Ann Holt said, '.repeat(Math.ceil(bytes / 35));
    expect(extract(story(2_000)).quotes.length).toBeGreaterThan(20);
    const [small, large] = workPerChar(story, [25_000, 100_000]);
    expect(large! / small!).toBeLessThan(1.15);
  });

  it('reads 600,000 characters of empty quotations without running out of stack', { timeout: 120_000 }, () => {
    const text = `Velmora notes\n\n${'“”'.repeat(300_000)}`;
    expect(extract(text).quotes).toEqual([]);
  });
});

describe('span index', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 6, end: 10 },
    { start: 12, end: 20 },
  ];

  it('finds the span at a position, the first starting after it, the last ending before it', () => {
    expect(spanAt(spans, 7)).toBe(spans[1]);
    expect(spanAt(spans, 11)).toBeUndefined();
    expect(firstStartingAtOrAfter(spans, 7)).toBe(2);
    expect(firstStartingAtOrAfter(spans, 30)).toBe(3);
    expect(lastEndingBy(spans, 11)).toBe(1);
    expect(lastEndingBy(spans, 8)).toBe(0);
    expect(lastEndingBy(spans, 3)).toBe(-1);
  });

  it('tells whether overlapping spans overlap a span', () => {
    const set = new SpanSet([
      { start: 0, end: 100 },
      { start: 10, end: 12 },
      { start: 50, end: 60 },
    ]);
    expect(set.some({ start: 70, end: 80 }, (s) => s.end === 100)).toBe(true);
    expect(set.some({ start: 70, end: 80 }, (s) => s.end === 60)).toBe(false);
    expect(set.some({ start: 11, end: 13 }, (s) => s.start === 10)).toBe(true);
    expect(new SpanSet([{ start: 0, end: 5 }]).some({ start: 5, end: 9 }, () => true)).toBe(false);
  });
});

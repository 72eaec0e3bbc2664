import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLowerCaseWord, isTitleCasePlural, isTitleCaseWord, tokenize, type Token } from '../../../src/extract/tokens.js';

/** The tokens of `from..to` scanned afresh: a text of its own, offsets moved back. */
function scanned(text: string, from: number, to: number): Token[] {
  return tokenize(`${text.slice(from, to)}`).map((t) => ({ text: t.text, start: t.start + from, end: t.end + from }));
}

// Pieces whose tokens depend on what follows them: titles and initials before names, legal forms,
// possessives and clitics, numbers with separators, dotted abbreviations, quotation marks.
const piece = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '\n\n',
  'Mr.',
  'Inc.',
  'S.',
  'U.S.',
  'Obama',
  'Putin’s',
  "he's",
  'said',
  '3.5',
  '1,000',
  '“',
  '”',
  ',',
  '.',
  'Acme',
  'x',
);

describe('tokenize', () => {
  it('splits possessives and clitics and keeps abbreviations whole', () => {
    expect(tokenize('Mr. Putin’s envoy met U.S. officials; they’re at Acme Corp.').map((t) => t.text)).toEqual([
      'Mr.',
      'Putin',
      '’s',
      'envoy',
      'met',
      'U.S.',
      'officials',
      ';',
      'they',
      '’re',
      'at',
      'Acme',
      'Corp.',
    ]);
    // A generational suffix keeps its period before a verb too.
    expect(tokenize('Ferdinand Marcos Jr. said it.').map((t) => t.text)).toEqual(['Ferdinand', 'Marcos', 'Jr.', 'said', 'it', '.']);
  });

  it('gives a range inside one tokenized before the tokens of that range scanned afresh', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (pieces, a, b, c, d) => {
        const text = pieces.join('');
        const [outerFrom, outerTo] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const span = outerTo - outerFrom + 1;
        const [from, to] = [outerFrom + (c % span), outerFrom + (d % span)].sort((x, y) => x - y) as [number, number];
        tokenize(text, outerFrom, outerTo); // kept
        const reused = tokenize(text, from, to);
        const again = tokenize(text, outerFrom, outerTo);
        expect(reused).toEqual(scanned(text, from, to));
        expect(again).toEqual(scanned(text, outerFrom, outerTo));
      }),
      { numRuns: 2000 },
    );
  });

  it('scans again the end of a range, where a kept range saw further', () => {
    for (const [text, from, to] of [
      ['Mr. Obama spoke.', 0, 4], // "Mr." before the name, but the range ends before it
      ['He met Mr. Obama.', 3, 11],
      ['Acme Inc.Next', 0, 9],
      ['Putin’s envoy', 5, 13], // the possessive's half
    ] as const) {
      tokenize(text, 0, text.length);
      expect(tokenize(text, from, to), `${text} ${from}..${to}`).toEqual(scanned(text, from, to));
    }
  });

  it('hands out arrays its callers may change', () => {
    const text = 'Ann Holt said so. Then she left.';
    const first = tokenize(text, 0, text.length);
    first.length = 0;
    expect(tokenize(text, 0, text.length)).toHaveLength(9);
  });
});

describe('isTitleCaseWord', () => {
  it('takes one capital followed by lower-case letters only', () => {
    expect(['Velmora', 'Holt', 'Émile'].filter(isTitleCaseWord)).toEqual(['Velmora', 'Holt', 'Émile']);
    expect(['VELMORA', 'McHale', 'Holt-Ann', 'A', 'velmora', "Holt's", 'Velmora2'].filter(isTitleCaseWord)).toEqual([]);
  });
});

describe('isTitleCasePlural', () => {
  it('takes a title-case word ending in "s"', () => {
    expect(['Velmorans', 'Harriers', 'Holts'].filter(isTitleCasePlural)).toEqual(['Velmorans', 'Harriers', 'Holts']);
    expect(['VELMORANS', 'Velmora', 'McHales', 'velmorans', 'S'].filter(isTitleCasePlural)).toEqual([]);
  });
});

describe('isLowerCaseWord', () => {
  it('takes lower-case letters only', () => {
    expect(['harbour', 'ferry', 'café'].filter(isLowerCaseWord)).toEqual(['harbour', 'ferry', 'café']);
    expect(['Harbour', 're-open', "don't", 'ferry2', ''].filter(isLowerCaseWord)).toEqual([]);
  });
});

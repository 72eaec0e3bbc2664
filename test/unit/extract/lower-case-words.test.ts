import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from '../../../src/extract/entities/ordinary-words.js';

/** What the pattern the scan replaces finds. */
const byPattern = (text: string) => new Set(text.match(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu));

describe('lowerCaseWords', () => {
  it('gives the runs of letters that are all lower case, as the pattern does', () => {
    const text = 'Cases rose, the agency said; café owners and Café Noir (naïve) wait—for x-rays 3rd time.';
    expect(lowerCaseWords(text)).toEqual(byPattern(text));
    expect([...lowerCaseWords(text)]).toContain('café');
    expect([...lowerCaseWords(text)]).toContain('rd'); // "3rd": digits are no letters
  });

  it('reads letters outside the basic plane, lone surrogates and the ends of the text as the pattern does', () => {
    for (const text of ['𝑎𝑏c and 𝐀bc', 'abc\uD800def', 'ﬁnal ǅemal ǆx', 'ΣΊΣΥΦΟΣ and σοφός', '', 'end']) {
      expect(lowerCaseWords(text)).toEqual(byPattern(text));
    }
  });
});

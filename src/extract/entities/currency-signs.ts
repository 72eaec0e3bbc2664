// A country's letters written onto a dollar sign ("US$ 10 billion", "NZ$5 million") spell a currency,
// no place: the amount is in that country's dollars, and nothing happens in the country.

import type { TypedCandidate } from './typed-candidates.js';

/** "US", "HK", "NT": one to three capitals, the whole of the candidate. */
const LETTERS = /^\p{Lu}{1,3}$/u;

/** The candidates but for a country's letters written onto a dollar sign, with no space between. */
export function withoutCurrencyLetters(text: string, typed: TypedCandidate[]): TypedCandidate[] {
  return typed.filter(({ c }) => !(LETTERS.test(c.text) && text[c.end] === '$'));
}

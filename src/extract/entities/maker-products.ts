// "Google Chrome", "Samsung Galaxy", "Sony Walkman": a maker the lexicon knows as a body, then one word, read
// as a person's name, is the maker's product, no person (CoNLL leaves products to its MISC); so is the
// product's word alone where the story names it so ("Chrome continues to surge"). A given name or a surname
// first keeps the person ("Ford" is a surname and a maker), and so does a sports report, where a maker's word
// opens players' names ("Dell Curry scored 20 points").
import { isFirstName, isKnownOrganization, isKnownPerson } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { plainLower } from './typer-features.js';

/** Whether a person's name of two words is a maker the lexicon knows and one word of no surname it knows. */
const makerAndProduct = ({ c, type }: TypedCandidate) =>
  type === 'PERSON' &&
  c.words.length === 2 &&
  !c.titles.length &&
  !c.honorific &&
  isKnownOrganization(c.words[0]!) &&
  !isFirstName(c.words[0]!) &&
  !isKnownPerson(c.words[0]!) &&
  !isKnownPerson(c.words[1]!) &&
  !isFirstName(c.words[1]!);

/** Untypes (in place) the persons named as a maker and its product, and the product's word alone read as a
 *  person (none in a sports report). */
export function untypeMakerProducts(typed: TypedCandidate[], sports: boolean): void {
  if (sports) return;
  const products = typed.filter(makerAndProduct);
  if (!products.length) return;
  const words = new Set(products.map((t) => plainLower(t.c.words[1]!)));
  for (const t of products) t.type = null;
  for (const t of typed) if (t.type === 'PERSON' && t.c.words.length === 1 && words.has(plainLower(t.c.text))) t.type = null;
}

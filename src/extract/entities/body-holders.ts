// "Psychology major at University of Texas Arlington Amneh Jafari heard …", "Professor at Washington
// State University Simon Ličen": captions and long descriptions run a body's name straight into the
// name of the person who belongs to it. The last two words are that person's when the body's name holds
// a body's word before them and the text uses the last word alone elsewhere, as a surname ("Jafari
// said"); a bank named after its founders keeps them ("Bank of America Merrill Lynch").
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord } from '../lexicon.js';
import { isCapitalized, type Token, tokenize } from '../tokens.js';
import { namesFinancialHouse } from './financial-houses.js';
import { isCollectionHead } from './collection-names.js';
import { lower, nameLike } from './name-words.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';

/** Capitalised words the text writes with no name word before or after them ("Jafari said"). */
export function wordsAloneIn(text: string): Set<string> {
  const tokens = tokenize(text);
  const words = new Set<string>();
  const nameWord = (t: Token | undefined) => !!t && nameLike(t) && isCapitalized(t.text);
  for (let k = 0; k < tokens.length; k++) {
    if (isCapitalized(tokens[k]!.text) && !nameWord(tokens[k - 1]) && !nameWord(tokens[k + 1])) words.add(tokens[k]!.text);
  }
  return words;
}

const bodyWord = (t: Token) => {
  const word = lower(t);
  return ORGANIZATION_HEADS.has(word) || (word.endsWith('s') && ORGANIZATION_HEADS.has(word.slice(0, -1)));
};
const plainNameWord = (t: Token) =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  !isCommonWord(t.text) &&
  !bodyWord(t) &&
  !isCollectionHead(t.text) &&
  !LOCATION_HEADS.has(lower(t)) &&
  !lookupLocation(t.text);

/** Splits a body's name from the person's name it runs into: "University of Texas Arlington | Amneh Jafari";
 *  `wordsAlone`: the document's wordsAloneIn, asked only of runs that may split (a document works
 *  it out once, on first use). */
export function splitBodyFromMember(run: Token[], wordsAlone: () => Set<string>): Token[][] {
  if (run.length < 4) return [run];
  const [given, surname] = run.slice(-2) as [Token, Token];
  const body = run.slice(0, -2);
  if (!plainNameWord(given) || !plainNameWord(surname) || !body.some(bodyWord) || !wordsAlone().has(surname.text)) return [run];
  if (namesFinancialHouse([given.text, surname.text])) return [run];
  return [body, run.slice(-2)];
}

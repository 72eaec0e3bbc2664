// Names that hold a conjunction: "Gimnasia y Esgrima", "José Ortega y Gasset" (Spanish "y" joins
// only inside a name in English text), "Marks and Spencer", "Procter and Gamble" (firms named by a
// pair, a maintained list as news agencies are), and "NHS Blood and Transplant", "HM Revenue
// and Customs" (a national body its initials open, its ordinary words joined by "and").
import { isCommonWord, isFirstName, isKnownPerson, isKnownPlace, singularsOf, tagsOf } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { isAcronym, looksCommon } from './classify.js';
import { nameLike } from './name-words.js';

/** Firms of wide use named by two words joined by "and", written with "and" as often as with "&". */
const PAIRED_FIRMS = new Set([
  'marks spencer',
  'procter gamble',
  'johnson johnson',
  'smith nephew',
  'black decker',
  'barnes noble',
  'ernst young',
  'simon schuster',
  'dolce gabbana',
  'abercrombie fitch',
]);

const pairKey = (first: string, second: string) => `${first} ${second}`.toLowerCase();

/** Whether the words are a firm's of that list ("Marks and Spencer"). */
export const namesPairedFirm = (words: string[]) => words.length === 3 && words[1] === 'and' && PAIRED_FIRMS.has(pairKey(words[0]!, words[2]!));

/** A word of a body's name: an ordinary word, or one the lexicon has no name for ("Transplant",
 *  "Customs"), no given name, person's nor place's. */
const ordinaryNameWord = (t: Token) =>
  nameLike(t) &&
  (looksCommon(t.text) || singularsOf(t.text.toLowerCase()).some(isCommonWord) || tagsOf(t.text).length === 0) &&
  !isFirstName(t.text) &&
  !isKnownPerson(t.text) &&
  !isKnownPlace(t.text);

/** Whether the conjunction at `i` joins the run before it to the name word after it into one name. */
export function joinsConjoinedName(run: Token[], tokens: Token[], i: number): boolean {
  const word = tokens[i]!.text;
  const next = tokens[i + 1];
  if (!run.length || !next || !nameLike(next)) return false;
  if (word === 'y') return true;
  if (word !== 'and') return false;
  if (run.length === 1 && PAIRED_FIRMS.has(pairKey(run[0]!.text, next.text))) return true;
  // "NHS Blood and Transplant": initials, ordinary words, "and" and one ordinary word that ends the name.
  const after = tokens[i + 2];
  return (
    run.length >= 2 &&
    run.length <= 3 &&
    isAcronym(run[0]!.text) &&
    run.slice(1).every(ordinaryNameWord) &&
    ordinaryNameWord(next) &&
    !(after && nameLike(after))
  );
}

/** "Gimnasia y Esgrima", "Ministerio de Economía y Finanzas": a name holding "y" that no given name
 *  opens is a body's ("Santiago Ramón y Cajal", "José Ortega y Gasset" are persons'). */
export const namesBodyWithY = (words: string[]) => words.includes('y') && !isFirstName(words[0]!);

/** "NHS Blood and Transplant", as joined above: a body's, whatever its words around may suggest. */
export const namesInitialledBody = (words: string[]) => words.length >= 4 && words.length <= 5 && isAcronym(words[0]!) && words[words.length - 2] === 'and';

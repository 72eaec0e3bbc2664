// Names that hold a conjunction: "Gimnasia y Esgrima", "José Ortega y Gasset" (Spanish "y" joins
// only inside a name in English text), "Marks and Spencer", "Procter and Gamble" (firms named by a
// pair, a maintained list as news agencies are), and "NHS Blood and Transplant", "HM Revenue
// and Customs", "Massachusetts Eye and Ear" (a body its initials or its place open, its ordinary words
// joined by "and").
import { isCommonWord, isFirstName, isKnownOrganization, isKnownPerson, isKnownPlace, singularsOf, tagsOf } from '../lexicon.js';
import { lookupLocation } from '../gazetteer.js';
import type { Token } from '../tokens.js';
import { nameLike, isAcronym, isCapitalsAcronym, looksCommon } from './name-words.js';
import { COMPANY_HEADS, isBankCompound, ORGANIZATION_HEADS, opensOrganization } from './organization-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';

/** Words that open bodies' names in Spanish and Portuguese, besides those of companies ("Banco", "Grupo"). */
const ROMANCE_OPENERS = new Set(
  'ministerio ministério secretaria secretaría instituto universidad universidade agencia agência consejo conselho comision comisión comissão tribunal caixa partido'.split(
    ' ',
  ),
);
/** Portuguese "do", "das" and "e" inside such a name: "Banco do Brasil", "Ministério de Minas e Energia". */
const ROMANCE_CONNECTORS = new Set(['do', 'das', 'e']);
const opensRomanceBody = (word: string) => opensOrganization(word) || ROMANCE_OPENERS.has(word.toLowerCase());

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

const isHead = (word: string) => ORGANIZATION_HEADS.has(word.toLowerCase()) || COMPANY_HEADS.has(word.toLowerCase());

/** Whether the conjunction at `i` joins the run before it to the name word after it into one name. */
export function joinsConjoinedName(run: Token[], tokens: Token[], i: number): boolean {
  const word = tokens[i]!.text;
  const next = tokens[i + 1];
  if (!run.length || !next || !nameLike(next)) return false;
  if (word === 'y') return true;
  if (ROMANCE_CONNECTORS.has(word)) return opensRomanceBody(run[0]!.text) && run.length <= 4;
  if (word !== 'and') return false;
  if (run.length === 1 && PAIRED_FIRMS.has(pairKey(run[0]!.text, next.text))) return true;
  // "NHS Blood and Transplant", "Massachusetts Eye and Ear": initials or a place, ordinary words (a
  // noun last, after a place), "and" and one ordinary word that ends the name.
  const after = tokens[i + 2];
  const last = run[run.length - 1]!.text;
  const placeOpens =
    !!lookupLocation(run[0]!.text) && tagsOf(last).includes('Singular') && !LOCATION_HEADS.has(last.toLowerCase()) && !lookupLocation(next.text);
  const opener = isAcronym(run[0]!.text) || placeOpens;
  return (
    run.length >= 2 &&
    run.length <= 3 &&
    opener &&
    run.slice(1).every(ordinaryNameWord) &&
    // "BAE Systems and Apple": a head ends a name, and a known firm after "and" is another.
    !isHead(run[run.length - 1]!.text) &&
    ordinaryNameWord(next) &&
    !isKnownOrganization(next.text) &&
    // "RBC Capital Markets and Scotiabank": nor is a bank named in one word.
    !isBankCompound(next.text) &&
    !(after && nameLike(after))
  );
}

/** "Gimnasia y Esgrima", "Ministerio de Economía y Finanzas": a name holding "y" that no given name
 *  opens is a body's ("Santiago Ramón y Cajal", "José Ortega y Gasset" are persons'). */
export const namesBodyWithY = (words: string[]) => words.includes('y') && !isFirstName(words[0]!);

/** "Ministerio de Minas e Energia", "Secretaria de Energia": a name such an opener begins, run on with
 *  connectors, is a body's whatever its other words look like. */
export const namesRomanceBody = (words: string[]) =>
  words.length > 2 && ROMANCE_OPENERS.has(words[0]!.toLowerCase()) && words.some((w) => ROMANCE_CONNECTORS.has(w) || /^(?:de|del|da|dos|y)$/u.test(w));

/** "Rolls-Royce and BAE Systems", "Naspers and MTN Group": initials after "and" that open more name
 *  words begin a firm's name of its own ("Food and Drug Administration" has none). */
export const acronymOpensNameAfterAnd = (tokens: Token[], from: number) =>
  isCapitalsAcronym(tokens[from]?.text ?? '') && !!tokens[from + 1] && nameLike(tokens[from + 1]!);

/** "NHS Blood and Transplant", as joined above: a body's, whatever its words around may suggest. */
export const namesInitialledBody = (words: string[]) => words.length >= 4 && words.length <= 5 && isAcronym(words[0]!) && words[words.length - 2] === 'and';

// Which names a story may mean as a company's: unknown names of two or three words, lone words of no
// other use, and places' names a firm may bear.
import { isDemonymWord, isMajorPlace, lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFiniteVerb, isFirstName, isKnownPerson } from '../lexicon.js';
import { isFirmActVerb } from './firm-acts.js';
import { BRAND_CASE } from './name-words.js';
import { namesNoEntity } from './no-entity-names.js';
import type { TypedCandidate } from './typed-candidates.js';

/** Whether the name's candidate is one a story may mean as a company: two or three words, no title,
 *  no honorific; or one word of no other use, no given name nor known person's
 *  name, the rules' person or of no type, before a verb ("Pemex said") or `joined` with another word before one. */
export function mayBeCompany(t: TypedCandidate, joined = false, setOff = false): boolean {
  const { c } = t;
  if (t.headline || c.titles.length || c.honorific) return false;
  if (placeMayBeFirm(t)) return true;
  if (c.words.length === 1)
    return (
      (t.type === 'PERSON' || t.type === null) &&
      !c.onlyIfKnown &&
      (unknownWord(c.text) || minorPlaceWord(c.text)) &&
      (joined || setOff || isFiniteVerb(c.next) || isFirmActVerb(c.next) || (c.next === ',' && c.nextAfter === 'which'))
    );
  // "Kemper Financial said its assets rose": a name the typer left without a type may be a firm's too.
  return (t.type === 'PERSON' || (t.type === null && !c.onlyIfKnown && !namesNoEntity(c))) && c.words.length <= 3;
}
/** "Rio Tinto reported a 9% fall in profit": a minor place's name (no country, capital nor big city) in
 *  running text may be a firm's; only what a firm alone does tells (see evidenceAfter's `given`). */
export const placeMayBeFirm = (t: TypedCandidate) => t.type === 'LOCATION' && !t.dateline && !t.caps && !isMajorPlace(t.c.text) && !isDemonymWord(t.c.text);
/** "Emirates reported a record annual profit": a major place's name (a country's, a big city's) is a firm's
 *  only by the profit or loss it reports of itself (a country reports sales and cuts forecasts too). */
export const majorPlaceMayBeFirm = (t: TypedCandidate) =>
  t.type === 'LOCATION' && !t.dateline && !t.caps && !t.headline && t.c.words.length === 1 && isMajorPlace(t.c.text) && !isDemonymWord(t.c.text);

/** A word of no other use ("Pemex", "Daimler-Benz", "easyJet"): no ordinary word, given name, known person, place nor people. */
export const unknownWord = (word: string) =>
  (/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(word) || BRAND_CASE.test(word)) &&
  !isCommonWord(word) &&
  !isFirstName(word) &&
  !isKnownPerson(word) &&
  !lookupLocation(word) &&
  !isDemonymWord(word);

/** "Delta said in a statement that it expected …": a word the gazetteer knows only as a minor place ("Delta",
 *  a town in Colorado), which the typer took for a person's, may be a firm's as an unknown word may. */
const minorPlaceWord = (word: string) =>
  /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !!lookupLocation(word) && !isMajorPlace(word) && !isCommonWord(word) && !isFirstName(word) && !isKnownPerson(word);

// "the National Air and Space Museum", "the Velmora Arts and Crafts Gallery", "the Harlow Rail and Ferry Museum":
// a museum, a gallery or a library is named for what it shows, two things joined by "and" as a body's domains
// are ("Securities and Exchange Commission"), so "and" there runs on to the word that ends the name; a name its
// own word closes before "and" is whole ("the Velmora Museum and Harlow Gallery" are two).
import { isFirstName, isKnownOrganization, isKnownPerson } from '../lexicon.js';
import { isTitleCaseWord, type Token } from '../tokens.js';

/** The words that end the name of a place where things are shown or kept. */
const COLLECTION_HEADS = new Set('museum museums gallery galleries library zoo aquarium planetarium'.split(' '));

/** Whether a word ends the name of a place where things are shown or kept ("Museum", "Gallery"): no surname. */
export const isCollectionHead = (word: string) => COLLECTION_HEADS.has(word.toLowerCase());

/** Whether a name of words joined by "and" ends in a collection's word: "Velmora Arts and Crafts Gallery". */
export const namesCollectionWithAnd = (words: readonly string[]) =>
  words.length > 3 && words.includes('and') && COLLECTION_HEADS.has(words[words.length - 1]!.toLowerCase());

/** Whether "and" after `run` joins the words `ahead` into one name: they end in a collection's word, two
 *  words or more, and the run before "and" is not itself such a name, nor holds a person or a known body. */
export function joinsCollectionsName(run: readonly Token[], ahead: readonly string[]): boolean {
  const head = ahead.at(-1)?.toLowerCase() ?? '';
  if (ahead.length < 2 || !COLLECTION_HEADS.has(head) || COLLECTION_HEADS.has(ahead[0]!.toLowerCase())) return false;
  const last = run[run.length - 1]!.text;
  if (COLLECTION_HEADS.has(last.toLowerCase()) || !isTitleCaseWord(last)) return false;
  return !run.some((t) => isFirstName(t.text) || isKnownPerson(t.text) || isKnownOrganization(t.text));
}

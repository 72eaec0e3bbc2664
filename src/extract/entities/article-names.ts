// Names of bodies made of ordinary words around "the": "Friends of the Earth", "Save the Children",
// "Stop the War". An ordinary plural before "of the", or a verb or noun before "the", then one ordinary noun
// written with a capital is one name: the capital after "the" says so wherever the sentence stands.
import { demonyms, lookupLocation } from '../gazetteer.js';
import { isCommonWord, isKnownPerson, tagsOf } from '../lexicon.js';
import { isTitleCaseWord, type Token } from '../tokens.js';
import { isTitle, nameLike } from './name-words.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';

/** The last word of such a name: one capitalised ordinary noun, no place, people, body's head nor title, and no name word after it. */
function endsArticleName(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  const after = tokens[at + 1];
  if (
    !word ||
    !nameLike(word) ||
    (after && nameLike(after) && !(closesArticleName(tokens, at + 1) && !tagsOf(word.text).includes('Adjective'))) ||
    !isTitleCaseWord(word.text)
  )
    return false;
  const lower = word.text.toLowerCase();
  return (
    isCommonWord(word.text) &&
    !ORGANIZATION_HEADS.has(lower) &&
    !isTitle(word) &&
    !lookupLocation(word.text) &&
    !demonyms.has(lower) &&
    !isKnownPerson(word.text)
  );
}

/** "Save the Children UK", "Friends of the Earth Scotland", "Stop the War Coalition": a place or
 *  "International" closing the name names the body's branch there, and a body's word its kind (after
 *  a noun: "Officials of the Federal Department" is no such name). */
function closesArticleName(tokens: Token[], at: number): boolean {
  const after = tokens[at + 1];
  return isClosingWord(tokens[at]!.text) && !(after && nameLike(after));
}
const isClosingWord = (word: string) => word === 'International' || !!lookupLocation(word) || ORGANIZATION_HEADS.has(word.toLowerCase());

/** Whether the connector at `i` ("of" or "the") continues `run` (its opening word, and "of") into such a name. */
export function joinsArticleName(run: Token[], tokens: Token[], i: number): boolean {
  const word = tokens[i]!.text;
  if (word !== 'of' && word !== 'the') return false;
  const tags = run[0] ? tagsOf(run[0].text) : [];
  if (run.length === 1 && word === 'of') return tokens[i + 1]?.text === 'the' && tags.includes('Plural') && endsArticleName(tokens, i + 2);
  if (word !== 'the') return false;
  // "Friends of the …": the "of" is in the run already.
  if (run.length === 2 && run[1]!.text === 'of') return tags.includes('Plural') && endsArticleName(tokens, i + 1);
  return run.length === 1 && (tags.includes('Infinitive') || tags.includes('Singular')) && endsArticleName(tokens, i + 1);
}

/** "Save the Children", "Friends of the Earth": the words of a name those rules join (its opening word is part of it). */
export const isArticleName = (words: string[]) =>
  words.length > 2 &&
  (words[1] === 'the' ||
    ((words.length === 4 || (words.length === 5 && isClosingWord(words[4]!))) &&
      words[1] === 'of' &&
      words[2] === 'the' &&
      tagsOf(words[0]!).includes('Plural')));

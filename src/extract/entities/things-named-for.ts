// "Donald Trump Flags", "Elizabeth Warren Supporters": a person's full name before a plural noun names
// the things or people the noun says, not a person of three names: the name ends before the noun.
import { isCommonWord, isFirstName, isPluralNoun } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { ORGANIZATION_HEADS, TEAM_WORDS } from './organization-vocabulary.js';

/** "Flags", "Supporters", "T-shirts": a plural of English that heads no body's or side's name ("Partners", "Rangers"). */
const pluralNoun = (word: string) => {
  const lower = word.toLowerCase();
  return isCommonWord(lower) && isPluralNoun(lower) && !ORGANIZATION_HEADS.has(lower) && !TEAM_WORDS.has(lower);
};

/** Whether the run is a given name, a surname of no given name's use, then such a plural ("Tiger Woods",
 *  two words, "Mary Beth Woods", a given name before the noun, and "Lawrence H. Summers", an initial, are persons). */
export const endsInThingNamedFor = (words: Token[]) =>
  words.length === 3 &&
  isFirstName(words[0]!.text) &&
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(words[1]!.text) &&
  !isFirstName(words[1]!.text) &&
  !isCommonWord(words[1]!.text.toLowerCase()) &&
  pluralNoun(words[2]!.text);

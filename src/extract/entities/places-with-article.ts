// "The Hague", "the Bronx", "the Hamptons": places whose name holds its article, which the gazetteer
// knows only with it. Written with a capital inside a sentence ("talks in The Hague") the article is a
// word of the name; after a small "the" ("in the Hague") the word alone still names the place. A word
// that is ordinary alone ("the Valley", "the Gap", "the Villages") is left to the other rules.
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { nameLike } from './name-words.js';

/** The place "the" and `name` make, where `name` alone is no ordinary word. */
export const placeWithArticle = (name: string): string | undefined => (isCommonWord(name.toLowerCase()) ? undefined : lookupLocation(`the ${name}`));

/** Whether the capitalised "The" at `i` opens such a place of one word ("The Hague"; not "The Hague Tribunal"). */
export function opensPlaceWithArticle(tokens: Token[], i: number): boolean {
  const [next, after] = [tokens[i + 1], tokens[i + 2]];
  return tokens[i]!.text === 'The' && !!next && nameLike(next) && !(after && nameLike(after)) && placeWithArticle(next.text) !== undefined;
}

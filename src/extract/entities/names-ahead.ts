// The words after a connector inside a name: the name-like words there, and a person's title before a name.
import type { Token } from '../tokens.js';
import { isTitleAt, MAX_NAME, nameLike } from './name-words.js';

/** Whether title words from `from` are followed by a name: "General Constand Viljoen", "Prime Minister Sheikh Hasina". */
export function personAfterTitle(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k - from < 4 && isTitleAt(tokens, k)) k++;
  return k > from && k < tokens.length && nameLike(tokens[k]!);
}

/** The name-like words from `from`, within a name's length. */
export function namesAhead(tokens: Token[], from: number): string[] {
  const words: string[] = [];
  for (let k = from; k < tokens.length && k - from < MAX_NAME && nameLike(tokens[k]!); k++) words.push(tokens[k]!.text);
  return words;
}

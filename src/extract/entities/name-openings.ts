// Words opening a sentence that open the name after them too, though they read as ordinary words
// there: a verb before what opens a body's name ("State Bank of India", "Reserve Bank of Australia")
// and a plural before a capitalised preposition ("Surfers Against Sewage", "Doctors Without Borders"),
// which only a name's title writes so.
import { isClosedClassWord } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { opensOrganization } from './vocabulary.js';

const PREPOSITIONS = new Set(['Against', 'Without', 'For', 'Beyond', 'Across', 'Under', 'Over']);
// Words that date a role or describe, not name: "Former Bank of England governor …".
const DESCRIBING = /^(?:former|interim|acting|retired|outgoing|incoming|late|rival|struggling|troubled)$/iu;

/** Whether the first of a run's words (opening a sentence) belongs to the name. */
export function opensNameItself(words: Token[]): boolean {
  const [first, second] = words;
  if (!first || !second || words.length < 2 || isClosedClassWord(first.text) || DESCRIBING.test(first.text)) return false;
  return (opensOrganization(second.text) && second.text !== first.text) || (PREPOSITIONS.has(second.text) && words.length > 2);
}

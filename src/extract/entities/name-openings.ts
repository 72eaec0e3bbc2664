// Words opening a sentence that open the name after them too, though they read as ordinary words
// there: a verb before what opens a body's name ("State Bank of India", "Reserve Bank of Australia")
// and a plural before a capitalised preposition ("Surfers Against Sewage", "Doctors Without Borders"),
// which only a name's title writes so; and a noun or verb before a country, the pair doing something
// ("Age UK said", "Sport England announced": "Record UK exports rose" has a noun after the country);
// and another language's article, which English writes only inside a name ("Le Monde said", "Die Welt").
import { lookupLocation } from '../gazetteer.js';
import { isClosedClassWord, isVerbForm, tagsOf } from '../lexicon.js';
import { cueLemma } from '../cues.js';
import { isPossessiveMark, type Token } from '../tokens.js';
import { namedForNation } from './nation-bodies.js';
import { placeEndedType } from './place-ended-names.js';
import { isNation } from './sport-sides.js';
import { opensOrganization } from './organization-vocabulary.js';
import { opensWithForeignArticle } from './foreign-articles.js';

const PREPOSITIONS = new Set(['Against', 'Without', 'For', 'Beyond', 'Across', 'Under', 'Over']);
// Words that date a role or describe, not name: "Former Bank of England governor …".
const DESCRIBING = /^(?:former|interim|acting|retired|outgoing|incoming|late|rival|struggling|troubled)$/iu;

const SUPPOSING = /^(?:Let|Suppose|Imagine|Assume|Picture|Consider|Take|Make|Tell|Ask)$/u;

/** Whether the first of a run's words (opening a sentence, `after` the word after the run) belongs to the name. */
export function opensNameItself(words: Token[], after?: Token): boolean {
  const [first, second] = words;
  if (opensWithForeignArticle(words.map((w) => w.text))) return true;
  if (!first || !second || words.length < 2 || isClosedClassWord(first.text) || DESCRIBING.test(first.text)) return false;
  return (opensOrganization(second.text) && second.text !== first.text) || (PREPOSITIONS.has(second.text) && words.length > 2) || namedForCountry(words, after);
}

/** "Age UK said", "Police Scotland's chief constable": a noun or verb (no adjective: "Weak UK demand", nor
 *  a verb of speech or thought: "Say Mexico demanded …") before a nation, a verb or a possessive after them;
 *  or a body's word before a large city, speaking (see place-ended-names.ts). */
function namedForCountry(words: Token[], after: Token | undefined): boolean {
  if (words.length !== 2 || !after || cueLemma(words[0]!.text) || SUPPOSING.test(words[0]!.text)) return false;
  if (isPossessiveMark(after.text)) return namedForNation(words.map((w) => w.text));
  // "Marketing Manchester said", "Visit Leeds announced": so is a word serving a large city, speaking.
  if (cueLemma(after.text) && placeEndedType(words.map((w) => w.text)) === 'ORGANIZATION') return true;
  if (!(isVerbForm(after.text) || cueLemma(after.text))) return false;
  const country = lookupLocation(words[1]!.text);
  return !!country && isNation(country) && !tagsOf(words[0]!.text).includes('Adjective');
}

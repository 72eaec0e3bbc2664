// "Speaker Paul Ryan Joins Growing List of …" quoted in a sentence, "Bernie Sanders Suffered A Big Blow."
// as a line of its own: a title written in capitals inside text that is no title-case headline. A
// capitalised word the lexicon knows only as a verb's past or present, right after a given name and a
// surname, is the title's verb, not a third word of the name, which would otherwise become the name the
// story's "Ryan said" goes to.
import { isFirstName, isKnownPerson, tagsOf } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { isTitle } from './name-words.js';

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula']);
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** Whether `t` is only a finite verb: no noun, name nor other use the lexicon knows ("Rose", "Will", "Burns" are names or nouns too). */
const onlyAVerb = (t: Token) => {
  const tags = tagsOf(t.text);
  return tags.length > 0 && tags.every((tag) => VERB_TAGS.has(tag)) && !isFirstName(t.text) && !isKnownPerson(t.text);
};

/** Whether `t` ends `run` as the verb after a person's given name and surname (titles before them allowed; the surname may be a given name too, "Paul Ryan"). */
export function verbAfterFullName(run: Token[], t: Token): boolean {
  const n = run.length;
  if (n < 2 || !CAPITALISED.test(t.text) || !onlyAVerb(t)) return false;
  return isFirstName(run[n - 2]!.text) && run.slice(0, -2).every(isTitle);
}

// "Union leaders also see …", "Bank officials said", "University exhibits can reach …": a word that heads
// names of bodies, alone at a sentence's opening right before a plural noun in lower case, says whose
// leaders or officials they are, and names no body itself, whatever longer name of the story it is a word
// of. A plural that may be a verb in -s is one only before a verb ("Council plans were approved", not
// "Council plans to raise taxes"). Bodies news names by the word alone keep it ("Congress leaders",
// "Senate Republicans", "Parliament members"), and so does a headline, whose capitals say nothing.
import { isClosedClassWord, isPluralNoun, isVerbForm } from '../lexicon.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { opensSentence } from './plural-openings.js';
import type { TypedCandidate } from './typed-candidates.js';

/** Heads that name one body of the story alone, as a name does. */
const NAMED_ALONE = new Set('congress senate parliament house cabinet government administration assembly army navy police'.split(' '));

/** Whether `word`, after a head, is a plural noun it modifies: `after` is the word that follows it. */
function pluralNounModified(word: string, after: string): boolean {
  if (isPluralNoun(word)) return true;
  if (!/^\p{Ll}{3,}s$/u.test(word) || isClosedClassWord(word)) return false;
  return !isVerbForm(word) || isVerbForm(after);
}

/** Untypes (in place) each lone head word opening its sentence before a plural noun it modifies (see above). */
export function untypeHeadWordModifiers(text: string, typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean): void {
  for (const t of typed) {
    const { c } = t;
    if (t.headline || t.caps || c.words.length !== 1 || !opensSentence(t) || decided(t)) continue;
    const head = c.text.toLowerCase();
    if (!ORGANIZATION_HEADS.has(head) || NAMED_ALONE.has(head)) continue;
    const next = /^ (\p{Ll}+)\b/u.exec(text.slice(c.end, c.end + 40))?.[1];
    if (next && pluralNounModified(next, c.nextAfter)) t.type = null;
  }
}

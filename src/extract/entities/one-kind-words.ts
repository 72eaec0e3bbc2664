// "Delta cancelled 1,200 flights … Delta said in a statement that it expected …": a name of one word
// the passes type a person in one place and an organization in another is one thing all the same. News
// names a person in full, with a given name or a title, before it calls them by one word; a word the
// story gives neither (no given name of its own, no word of a person's longer name, no "Mr") is the
// organization's wherever the organization's mentions are not fewer than the person's.
import { isFirstName } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';

const key = (word: string) => word.toLowerCase();

/** Retypes (in place) the one-word names typed both person and organization, by the rule above. */
export function oneKindPerWord(typed: TypedCandidate[]): void {
  const personal = new Set<string>();
  const counts = new Map<string, { person: number; organization: number }>();
  for (const t of typed) {
    const { c } = t;
    if (c.titles.length || c.honorific) personal.add(key(c.words[c.words.length - 1]!));
    if (c.words.length > 1 && t.type === 'PERSON') for (const w of c.words) personal.add(key(w));
    // (A headline's capitals and its clipped grammar tell less: only the story's own mentions count.)
    if (c.words.length !== 1 || t.caps || t.headline || (t.type !== 'PERSON' && t.type !== 'ORGANIZATION')) continue;
    const count = counts.get(key(c.text)) ?? { person: 0, organization: 0 };
    if (t.type === 'PERSON') count.person++;
    else count.organization++;
    counts.set(key(c.text), count);
  }
  for (const t of typed) {
    const count = counts.get(key(t.c.text));
    if (t.type !== 'PERSON' || t.c.words.length !== 1 || !count?.organization || count.organization < count.person) continue;
    if (personal.has(key(t.c.text)) || isFirstName(t.c.text)) continue;
    t.type = 'ORGANIZATION';
  }
}

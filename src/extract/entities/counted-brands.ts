// "Tom Pike bought two Fords", "roughly 100 Polaroids … have their own Polaroid taken": a brand's name in the
// plural after a number, where the lexicon knows the singular as a maker's or the story counts the singular
// too ("a Polaroid", "their own Polaroid"), names the things made, no body nor place, wherever the story writes
// that plural. Places ("the two Koreas"), peoples and parties ("many Democrats"), a family the story names in
// full ("Betty Ford … the two Fords") and a plural before the noun it modifies ("three Rangers players") are left
// alone.
import { isDemonymWord, lookupLocation } from '../gazetteer.js';
import { isKnownOrganization } from '../lexicon.js';
import { nameKey } from './retype.js';
import { hasGivenName } from './name-words.js';
import type { TypedCandidate } from './typed-candidates.js';
import { PARTY_WORDS } from './person-vocabulary.js';

const COUNT_BEFORE = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)$/u;
const PLURAL = /^\p{Lu}\p{L}*\p{Ll}[^s]s$/u;

/** The singular of a one-word plural name that is no place, people nor party. */
const singularOf = ({ c }: TypedCandidate): string | null => {
  if (c.words.length !== 1 || !PLURAL.test(c.text)) return null;
  const singular = c.text.slice(0, -1);
  if (lookupLocation(singular) || isDemonymWord(c.text) || PARTY_WORDS.has(singular.toLowerCase())) return null;
  // "Fords" is a town too: the plural of a maker the lexicon knows is the maker's things, not the place.
  if (lookupLocation(c.text) && !isKnownOrganization(singular)) return null;
  return singular;
};

/** Untypes (in place) every mention of a brand's plural the story counts. */
export function untypeCountedBrands(typed: TypedCandidate[], text: string): void {
  // "Betty Ford": a person named with a given name keeps the family's plural ("Warhol Polaroids" has none).
  const surnames = new Set(typed.filter((t) => t.type === 'PERSON' && hasGivenName(t.c.words)).map((t) => t.c.words[t.c.words.length - 1]!));
  const counted = new Set<string>();
  for (const t of typed) {
    const singular = singularOf(t);
    // "two Polaroids of Ann Holt"; not a plural modifying the noun after it ("two Velmos workers").
    if (!singular || !COUNT_BEFORE.test(t.c.prev) || /^\p{Ll}+s$/u.test(t.c.next) || surnames.has(singular)) continue;
    const countNoun = new RegExp(`\\b(?:a|an|one|own|another|each|every) ${singular}\\b(?!['’]s)`, 'u');
    if (isKnownOrganization(singular) || countNoun.test(text)) counted.add(nameKey(t));
  }
  if (counted.size) for (const t of typed) if (counted.has(nameKey(t))) t.type = null;
}

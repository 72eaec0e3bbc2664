// The names a story writes as names, gathered once per document for the model's pass over it: which
// words stand in names of several words, in persons' names, open names, or name alone mid-sentence.
import type { TypedCandidate } from './typed-candidates.js';
import { hasGivenName } from './name-words.js';
import { opensSentence } from './plural-openings.js';
import { plainLower } from './typer-features.js';

/** The names the story writes as names, lowered: those not names only where known (`named`), and the
 *  words of such names of two words or more (`inNames`), of persons' among them (`inPersonNames`), and the
 *  first words of such names with no given name first (`openers`: "Roosevelt Financial Group"). */
export interface WrittenNames {
  named: Set<string>;
  inNames: Set<string>;
  inPersonNames: Set<string>;
  openers: Set<string>;
  /** one-word names written where no sentence opens */
  midSentence: Set<string>;
}

export function writtenNames(typed: TypedCandidate[]): WrittenNames {
  const named = new Set(typed.filter((t) => !t.c.onlyIfKnown).map((t) => plainLower(t.c.text)));
  const inNames = new Set<string>();
  const inPersonNames = new Set<string>();
  const openers = new Set<string>();
  const midSentence = new Set(typed.filter((t) => t.c.words.length === 1 && !opensSentence(t)).map((t) => plainLower(t.c.text)));
  for (const t of typed)
    if (!t.c.onlyIfKnown && t.c.words.length > 1) {
      if (!hasGivenName(t.c.words)) openers.add(plainLower(t.c.words[0]!));
      for (const w of t.c.words) {
        inNames.add(plainLower(w));
        if (t.type === 'PERSON') inPersonNames.add(plainLower(w));
      }
    }
  return { named, inNames, inPersonNames, openers, midSentence };
}

/** The words of the persons the rules name in full with a given name ("Michael Dell"), whose surnames may be firms' words too. */
export const givenNamedWords = (typed: TypedCandidate[]) =>
  new Set(typed.filter((t) => t.type === 'PERSON' && t.c.words.length > 1 && hasGivenName(t.c.words)).flatMap((t) => t.c.words.map(plainLower)));

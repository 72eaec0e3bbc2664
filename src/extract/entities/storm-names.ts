// Words that stand alone for things no person, body or place is: "Storm Darragh brought winds …
// Darragh also cut power" (the name a storm was given), "the Sheffield Shield match … the Shield table"
// (the head of a competition's name the story gave in full); crafts' names are in craft-names.ts.
import type { TypedCandidate } from './typed-candidates.js';
import { namesStorm, STORM_WORDS } from './no-entity-names.js';
import { EVENT_HEADS } from './no-entity-vocabulary.js';
import { isFirstName } from '../lexicon.js';
import { isInitials } from './name-words.js';
import { isTitleCaseWord } from '../tokens.js';

/** Untypes (in place) the candidates that are the given name of a storm, or the head of an event, the document names. */
export function untypeStormNames(typed: TypedCandidate[]): void {
  const things = new Set<string>();
  for (const { c, type } of typed) {
    const last = c.words[c.words.length - 1]!;
    // ("captain Stuart Law … Law said", "S. Law": a person's name ending so is no event's.)
    if (
      type === null &&
      c.words.length > 1 &&
      !isFirstName(c.words[0]!) &&
      !isInitials(c.words[0]!) &&
      EVENT_HEADS.has(last.toLowerCase()) &&
      isTitleCaseWord(last)
    )
      things.add(last.toLowerCase());
    if (!namesStorm(c.words)) continue;
    const at = c.words.findIndex((w) => STORM_WORDS.has(w.toLowerCase()));
    things.add(
      c.words
        .slice(at + 1)
        .join(' ')
        .toLowerCase(),
    );
  }
  if (things.size) for (const t of typed) if (things.has(t.c.words.join(' ').toLowerCase())) t.type = null;
}

// "Storm Darragh brought winds … Darragh also cut power": the name a storm was given, met alone
// after the story named the storm, is the storm's, no person, body or place.
import type { TypedCandidate } from './typed-candidates.js';
import { namesStorm, STORM_WORDS } from './classify.js';

/** Untypes (in place) the candidates that are the given name of a storm the document names. */
export function untypeStormNames(typed: TypedCandidate[]): void {
  const storms = new Set<string>();
  for (const { c } of typed) {
    if (!namesStorm(c.words)) continue;
    const at = c.words.findIndex((w) => STORM_WORDS.has(w.toLowerCase()));
    storms.add(
      c.words
        .slice(at + 1)
        .join(' ')
        .toLowerCase(),
    );
  }
  if (storms.size) for (const t of typed) if (storms.has(t.c.words.join(' ').toLowerCase())) t.type = null;
}

// "a shake-up at the Pentagon", "the bill passed the House": a chamber of a legislature, or the ministry
// named for its building, called by its one word after "the" is that body; the model reads "House" as
// the ordinary noun and "Pentagon" as a shape. Longer names ("White House", "House of Commons") are
// other candidates and keep their types.
import type { TypedCandidate } from './typed-candidates.js';

const CHAMBER_WORDS = new Set(['House', 'Senate', 'Pentagon']);

/** Types as organizations (in place) the candidates that are "the" and one such word, out of headlines. */
export function chambersAsBodies(typed: TypedCandidate[]): void {
  for (const t of typed)
    if (t.c.prev === 'the' && !t.headline && !t.caps && t.c.words.length === 1 && CHAMBER_WORDS.has(t.c.words[0]!)) t.type = 'ORGANIZATION';
}

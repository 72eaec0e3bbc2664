// Evidence found at one mention of a name settles its type wherever the story uses that name: the
// passes collect the names (lower case) and retype every candidate so named.
import type { TypedCandidate } from './typed-candidates.js';

/** A candidate's name as its other mentions are found by. */
export const nameKey = (t: TypedCandidate) => t.c.text.toLowerCase();

/** The names (by nameKey) that a title or an honorific gives a person somewhere in the story ("Mr Lilly"). */
export const titledNames = (typed: TypedCandidate[]) => new Set(typed.filter((t) => t.c.titles.length || t.c.honorific).map(nameKey));

/** Retypes as organizations (in place) the candidates named in `names` that `may` allows. */
export function retypeAsOrganizations(typed: TypedCandidate[], names: Set<string>, may: (t: TypedCandidate) => boolean): void {
  if (names.size) for (const t of typed) if (names.has(nameKey(t)) && may(t)) t.type = 'ORGANIZATION';
}

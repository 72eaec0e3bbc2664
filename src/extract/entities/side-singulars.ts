// "The Harriers beat the Kestrels … Harrier fly-half Tom Pike", "the Kestrel line held": a sports report
// names a side by its plural nickname and, before a noun, by the nickname in the singular ("the All
// Blacks … All Black hooker", "the Springboks … a Springbok try"). The singular is that side too.
import { singularsOf } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { SIDE_ROLES } from './sport-sides.js';
import { fullNameWords } from './retype.js';
import { isTitleCasePlural } from '../tokens.js';

const key = (s: string) => s.toLowerCase();
const nameOf = (t: TypedCandidate) => key(t.c.words.join(' '));

/** "Kestrels", "Blacks": a last word written as a plural, in the story's own case. */

/** The names a side's plural name takes in the singular: "all black" for "All Blacks". */
function singularNames(words: string[]): string[] {
  const last = words[words.length - 1]!;
  if (!isTitleCasePlural(last)) return [];
  const opening = words.slice(0, -1).map(key);
  return singularsOf(key(last)).map((singular) => [...opening, singular].join(' '));
}

/** "Kestrel fly-half Tom Pike": a name before a player's position and the player's name ("Sanders'
 *  Millennial guard sounds …" names no player). */
function beforePlayer(t: TypedCandidate, typed: TypedCandidate[]): boolean {
  const last = key(t.c.words[t.c.words.length - 1]!);
  return SIDE_ROLES.has(t.c.next) && typed.some((p) => p.type === 'PERSON' && p.c.start > t.c.end && p.c.prev === t.c.next && p.c.prevBefore === last);
}

/** Types as the side (in place) each name that is in the singular the plural name of a side the story
 *  writes after "the", and gives it that name to go with, in a sports report (`sports`) where the singular
 *  stands before a player's position and name at least once; not a word of a person's name ("the Clintons"
 *  after "Hillary Clinton"), a person's named with a title, nor a name whose context decided another type. */
export function sidesInTheSingular(typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean, sports: boolean): void {
  if (!sports) return;
  // A nickname takes the article ("the All Blacks"); a people or a generation ("among Hispanics") need not.
  const plurals = new Map<string, string>();
  for (const t of typed)
    if (t.type === 'ORGANIZATION' && t.c.prev === 'the' && !t.caps)
      for (const name of singularNames(t.c.words)) if (!plurals.has(name)) plurals.set(name, t.c.text);
  const sides = new Set(typed.filter((t) => plurals.has(nameOf(t)) && beforePlayer(t, typed)).map(nameOf));
  if (!sides.size) return;
  const personal = fullNameWords(typed);
  for (const t of typed) {
    const name = nameOf(t);
    if (!sides.has(name) || personal.has(name) || t.c.titles.length || t.c.honorific || (t.type !== 'ORGANIZATION' && decided(t))) continue;
    t.type = 'ORGANIZATION';
    t.side = plurals.get(name);
  }
}

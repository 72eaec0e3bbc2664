// Words that stand alone for things no person, body or place is: "Storm Darragh brought winds …
// Darragh also cut power" (the name a storm was given), "the Sheffield Shield match … the Shield table"
// (the head of a competition's name the story gave in full), "the Stardust spacecraft … Stardust flew",
// "the shuttle Atlantis", "the aircraft carrier Resolute" (a craft's name).
import type { TypedCandidate } from './typed-candidates.js';
import { namesStorm, STORM_WORDS } from './no-entity-names.js';
import { EVENT_HEADS } from './vocabulary.js';
import { isFirstName } from '../lexicon.js';
import { isInitials } from './name-words.js';

/** Craft that bear names: "the Stardust spacecraft", "the shuttle Atlantis", "the tanker Sounion". */
const CRAFTS = new Set(
  'spacecraft probe shuttle orbiter lander rover capsule satellite telescope rocket spaceship ship vessel tanker freighter ferry yacht liner frigate destroyer submarine warship cruiser'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'space']);
/** A name right after its craft ("the shuttle Atlantis", "space shuttle Atlantis", "the aircraft carrier
 *  Resolute": a carrier alone may be an airline), or right before it after "the" ("the Stardust
 *  spacecraft"), where it is no body's: "the SpaceX capsule" is the maker's, and "the Mueller probe" an inquiry. */
const namesCraft = ({ c, type }: TypedCandidate) =>
  (CRAFTS.has(c.prev) && DETERMINERS.has(c.prevBefore)) ||
  (c.prev === 'carrier' && c.prevBefore === 'aircraft') ||
  (CRAFTS.has(c.next) && c.next !== 'probe' && DETERMINERS.has(c.prev) && type !== 'ORGANIZATION' && !/^\p{Lu}{2,}$/u.test(c.text));

/** Untypes (in place) the candidates that are the name of a craft the document names so, whatever the
 *  passes before made of them (the last pass: "Stardust flew" reads as a person's act). */
export function untypeCraftNames(typed: TypedCandidate[]): void {
  const crafts = new Set(typed.filter(namesCraft).map(({ c }) => c.words.join(' ').toLowerCase()));
  if (crafts.size) for (const t of typed) if (crafts.has(t.c.words.join(' ').toLowerCase())) t.type = null;
}

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
      /^\p{Lu}\p{Ll}+$/u.test(last)
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

// Names of crafts, which are no person, body or place: "the Stardust spacecraft … Stardust flew", "the
// shuttle Atlantis", "the aircraft carrier Resolute", "the cruise ship Marta Holt", "the RMS Marisol …
// the steel-hulled Marisol", "the aircraft carriers Vorland and Ostwind", "the Queen Marta 2".
import type { TypedCandidate } from './typed-candidates.js';
import { isFiniteVerb, isFunctionWord } from '../lexicon.js';
import { EVENT_HEADS } from './no-entity-vocabulary.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';

/** Craft that bear names: "the Stardust spacecraft", "the shuttle Atlantis", "the tanker Sounion". */
const CRAFTS = new Set(
  'spacecraft probe shuttle orbiter lander rover capsule satellite telescope rocket spaceship ship vessel tanker freighter ferry yacht liner frigate destroyer submarine warship cruiser'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'space']);
/** The prefixes navies and lines write before a ship's name: "USS Cole", "HMS Ardent", "RMS Marisol". */
const SHIP_PREFIXES = new Set(['uss', 'hms', 'rms', 'hmas', 'hmcs', 'hmnzs']);
/** Titles a liner is named with, before its numeral: "the Queen Marta 2". */
const ROYAL_TITLES = new Set(['queen', 'king', 'prince', 'princess']);

/** "the shuttle Atlantis", "the cruise ship Marta Holt", "the naval frigates …": a word before the craft is
 *  a determiner or a lower-case modifier, no verb nor function word ("boarded ship Tom Pike" names the captain). */
const beforeCraft = (word: string) => DETERMINERS.has(word) || (/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) && !isFunctionWord(word) && !isFiniteVerb(word));

/** The craft's noun right before the name, in the singular or the plural ("the aircraft carriers Vorland and …"). */
const craftBefore = (prev: string, prevBefore: string) =>
  ((CRAFTS.has(prev) || (prev.endsWith('s') && CRAFTS.has(prev.slice(0, -1)))) && beforeCraft(prevBefore)) ||
  (/^carriers?$/u.test(prev) && prevBefore === 'aircraft');

/** A name right after its craft ("the shuttle Atlantis", "space shuttle Atlantis", "the aircraft carrier
 *  Resolute": a carrier alone may be an airline), or right before it after "the" ("the Stardust
 *  spacecraft"), where it is no body's: "the SpaceX capsule" is the maker's, and "the Mueller probe" an
 *  inquiry; or after a ship's prefix ("USS Tom Pike", "the RMS Marisol"). */
const namesCraft = ({ c, type }: TypedCandidate) =>
  craftBefore(c.prev, c.prevBefore) ||
  c.titles.some((title) => SHIP_PREFIXES.has(title)) ||
  (c.words.length > 1 && SHIP_PREFIXES.has(c.words[0]!.toLowerCase())) ||
  (CRAFTS.has(c.next) && c.next !== 'probe' && DETERMINERS.has(c.prev) && type !== 'ORGANIZATION' && !/^\p{Lu}{2,}$/u.test(c.text));

/** "Stardust is a NASA space capsule that …", "Marisol was a steel-hulled liner.": a name whose subject's clause
 *  says it is a craft, up to three words before the craft's noun and the clause going on with no noun after it
 *  ("Tom Pike is a ship captain" is a person). */
const CRAFT_DESCRIBED = new RegExp(
  String.raw`^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${[...CRAFTS].join('|')})(?:\s*[.,;:]|\s+(?:that|which|launched|built|sent|designed|carrying|with|of|in|on|from|to|for|and)\b)`,
  'u',
);
const describedAsCraft = ({ c }: TypedCandidate, text: string) => /^(?:is|was)$/u.test(c.next) && CRAFT_DESCRIBED.test(text.slice(c.end, c.end + 80));

/** Crafts of spaceflight, named after "Space" and their kind written in capitals ("Space Shuttle Atlantis"). */
const SPACE_CRAFTS = new Set(['shuttle', 'spacecraft', 'orbiter', 'lander', 'capsule', 'spaceship', 'probe']);
/** Words after a craft's kind that make it a programme or a body, not a craft's name ("Space Shuttle Program"). */
const NO_CRAFT_NAME = new Set([...ORGANIZATION_HEADS, ...EVENT_HEADS, 'program', 'programme', 'mission', 'missions', 'launch', 'era', 'fleet']);

/** "Space Shuttle Atlantis", "Space Capsule Corvina": where "Space" and a craft's kind written in capitals open a
 *  name, with the craft's own name of capitalised words after them, the index of that name's first word; -1 else
 *  ("Rocket Lab" is a firm). */
function craftNamedInName(words: string[]): number {
  const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && words[i - 1] === 'Space' && SPACE_CRAFTS.has(w.toLowerCase()));
  if (at < 0) return -1;
  const own = words.slice(at + 1);
  return own.every((w) => /^\p{Lu}/u.test(w)) && !own.some((w) => NO_CRAFT_NAME.has(w.toLowerCase())) ? at + 1 : -1;
}

/** "the last Space Shuttle mission": "Space" and a craft's kind alone name the kind of craft ("Trump Shuttle", an
 *  airline, is a name of its own). */
const namesSpaceCraftKind = (words: string[]) => words.length === 2 && words[0] === 'Space' && SPACE_CRAFTS.has(words[1]!.toLowerCase());

/** "the Queen Marta 2": a royal title and a name before a numeral, after "the", name a liner (the name alone
 *  may still be the queen's, so only this mention is the ship). */
const namesNumberedLiner = ({ c }: TypedCandidate) => ROYAL_TITLES.has(c.prev) && c.prevBefore === 'the' && /^[1-9]$/u.test(c.next);

/** The craft's name without its prefix: "RMS Marisol" is "marisol", as the story names it after. */
const craftKey = (words: string[]) => (SHIP_PREFIXES.has(words[0]!.toLowerCase()) ? words.slice(1) : words).join(' ').toLowerCase();

/** Untypes (in place) the candidates that are the name of a craft the document names or describes so, whatever
 *  the passes before made of them (the last pass: "Stardust flew" reads as a person's act); a name joined by
 *  "and" to a craft's after the craft's noun is one too ("the carriers Vorland and Ostwind"). */
export function untypeCraftNames(typed: TypedCandidate[], text: string): void {
  const crafts = new Set<string>();
  for (let i = 0; i < typed.length; i++) {
    const t = typed[i]!;
    if (namesNumberedLiner(t) || namesSpaceCraftKind(t.c.words)) t.type = null;
    const own = craftNamedInName(t.c.words);
    if (own > 0) {
      t.type = null;
      crafts.add(t.c.words.slice(own).join(' ').toLowerCase());
    }
    if (!namesCraft(t) && !describedAsCraft(t, text)) continue;
    crafts.add(craftKey(t.c.words));
    const next = typed[i + 1];
    if (next && next.c.prev === 'and' && next.c.prevBefore === t.c.words[t.c.words.length - 1]!.toLowerCase()) crafts.add(craftKey(next.c.words));
  }
  if (crafts.size) for (const t of typed) if (crafts.has(t.c.words.join(' ').toLowerCase()) || crafts.has(craftKey(t.c.words))) t.type = null;
}

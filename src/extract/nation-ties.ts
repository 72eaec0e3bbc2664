// The nation a text ties each person to, by a title ("French President Pierre Lamarque", "Pierre
// Lamarque, the French foreign minister,"), by "of" after the name ("President Ivan Petrov of
// Russia") or by a description set before it ("Germany's chancellor, Anna Vogel", "the German
// chancellor, Anna Vogel"), so that "the French president" or "the German leader" is that person,
// never the president named last.
import { isCountry, lookupLocation } from './gazetteer.js';
import type { PersonTitles } from './person-titles.js';
import { descriptionQualifiers } from './title-words.js';
import type { Entity, TextSpan } from './types.js';

/** A place's name of up to three capitalised words: "France", "South Korea", "U.S.". */
const PLACE = String.raw`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}`;
/** " of France", " of the United States" right after a name. */
const OF_PLACE = new RegExp(String.raw`^\s+of\s+(?:the\s+)?(${PLACE})`, 'u');
/** "Germany's chancellor, ", "the German chancellor, " right before a name: a description in apposition. */
const DESCRIPTION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}.])((?:[Tt]he|${PLACE}['’]s)\s+(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+),\s*$`, 'u');

/** The country the place words open with, as title qualifiers are keyed ("france"); none for other
 *  places. ("of France. The French …": the longest run of words that names a place, without a
 *  sentence's closing dot; "U.S." keeps its own.) */
function countryKey(words: string | undefined): string | null {
  const run = words?.split(/\s+/u) ?? [];
  for (let n = run.length; n > 0; n--) {
    const name = run.slice(0, n).join(' ');
    const place = lookupLocation(name) ?? lookupLocation(name.replace(/\.$/u, ''));
    if (place) return isCountry(place) ? place.toLowerCase() : null;
  }
  return null;
}

type Nearest = (pos: number, ok: (e: Entity) => boolean) => { e: Entity } | undefined | void;

/** The nations the text ties the persons among `names` (name mentions in text order) to. */
export function nationTiesIn(text: string, names: readonly { e: Entity; m: TextSpan }[], titles: Map<Entity, PersonTitles>, nearest: Nearest) {
  const ties = new Map<Entity, Set<string>>();
  const tie = (e: Entity, country: string | null) => {
    if (country) ties.set(e, (ties.get(e) ?? new Set<string>()).add(country));
  };
  for (const [e, title] of titles) for (const q of title.qualifiers) tie(e, countryKey(q));
  for (const { e, m } of names) {
    if (e.type !== 'PERSON') continue;
    tie(e, countryKey(OF_PLACE.exec(text.slice(m.end, m.end + 40))?.[1]));
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const described = before.trimEnd().endsWith(',') ? DESCRIPTION_BEFORE.exec(before)?.[1] : undefined;
    for (const q of described ? descriptionQualifiers(described) : []) tie(e, countryKey(q));
  }
  /** For a description by nation ("the French president", "the German leader"), the person named
   *  before `pos` tied to that nation: of those that fit, the nearest holding the role, else the only one. */
  const personOf = (description: string, pos: number, holds: (e: Entity) => boolean, fits: (e: Entity) => boolean): Entity | null => {
    const nations = descriptionQualifiers(description).flatMap((q) => countryKey(q) ?? []);
    if (nations.length !== 1 || !ties.size) return null;
    const tied = (e: Entity) => fits(e) && !!ties.get(e)?.has(nations[0]!);
    const holder = nearest(pos, (e) => tied(e) && holds(e))?.e;
    if (holder) return holder;
    const only = [...ties.keys()].filter(tied);
    return only.length === 1 && nearest(pos, (e) => e === only[0]) ? only[0]! : null;
  };
  return { personOf };
}

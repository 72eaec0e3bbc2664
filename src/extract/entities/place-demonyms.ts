// Demonyms no list holds, of places the story names: "Velmoran" after "Velmora", "Ohioans" after
// "Ohio", "Bostonian" after "Boston". The typer may take such a word for a name of its own ("A
// Velmoran official" is then that body's); it refers to the place, as "Russian" does to Russia.
import { addDemonym } from './demonym-mentions.js';
import { type EntityTable, key } from './entity-table.js';
import type { TypedCandidate } from './typed-candidates.js';

/** A demonym's ending and what the place's name ends in instead: "Boston-ian", "Florid-ian" (Florida),
 *  "Ital-ian" (Italy), "Ohio-an", "Velmora-n", "Japan-ese", "Chin-ese" (China). */
const ENDINGS: Array<[RegExp, string[]]> = [
  [/ian$/u, ['', 'a', 'y']],
  [/an$/u, ['', 'a']],
  [/ese$/u, ['', 'a']],
];

/** The one-word candidates that are demonyms of a place a candidate typed LOCATION names, each with that place's words. */
export function placeDemonyms(typed: TypedCandidate[]): Map<TypedCandidate, string> {
  const places = new Set(typed.filter((t) => t.type === 'LOCATION').map((t) => key(t.c.text)));
  const found = new Map<TypedCandidate, string>();
  if (places.size === 0) return found;
  for (const t of typed) {
    // (A word the typer left unnamed is no name to undo.)
    if (t.type === null || t.type === 'LOCATION' || t.c.words.length !== 1 || places.has(key(t.c.text))) continue;
    const word = key(t.c.text);
    const place = [word, word.replace(/s$/u, '')].flatMap(stemsOf).find((stem) => stem.length >= 4 && places.has(stem));
    if (place) found.set(t, place);
  }
  return found;
}

const stemsOf = (word: string): string[] => ENDINGS.flatMap(([ending, restored]) => (ending.test(word) ? restored.map((r) => word.replace(ending, r)) : []));

/** Each demonym found as a DEMONYM mention of its place, as `addDemonyms` adds those the gazetteer knows. */
export function attachPlaceDemonyms(table: EntityTable, demonyms: Map<TypedCandidate, string>): void {
  for (const [{ c }, place] of demonyms) addDemonym(table, c, place, false);
}

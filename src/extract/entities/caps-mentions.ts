// Names in headlines and datelines written in capitals.
import { isMajorPlace, lookupLocation, isDemonymWord } from '../gazetteer.js';
import type { Mention } from '../types.js';
import type { Token } from '../tokens.js';
import { type EntityTable, key } from './entity-table.js';
import { ordinaryWords } from './ordinary-words.js';

/** Headlines and datelines in capitals: only names the document or the gazetteer already knows, and
 *  none inside a name the document gives no type (`untyped`, lower-cased). */
export function addAllCapsMentions(text: string, blocks: Token[][], table: EntityTable, untyped: Set<string>): void {
  const ordinary = ordinaryWords(text);
  for (const tokens of blocks) {
    for (let i = 0; i < tokens.length; i++) {
      // The longest run of up to three words that names something: "NEW YORK" before "YORK".
      for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
        const run = tokens.slice(i, i + n);
        if (!run.every((t) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text)) || (n === 1 && run[0]!.text.length < 2)) continue;
        const name = text.slice(run[0]!.start, run[n - 1]!.end);
        if (untyped.has(key(name))) {
          i += n - 1;
          break;
        }
        if (table.has(run[0]!.start, run[n - 1]!.end)) continue;
        const known = table.find(null, name);
        // "THAI PREMIER FACES VOTE": a people's adjective is no place, though the gazetteer reads it as one;
        // nor is "BOSNIA MISSION TO END" a town's name where the story writes "its mission" (a country or big city still is).
        const place = known || isDemonymWord(name) ? undefined : lookupLocation(name);
        if (place && n === 1 && !isMajorPlace(place) && ordinary(name)) continue;
        if (!known && !place) continue;
        const mention: Mention = { start: run[0]!.start, end: run[n - 1]!.end, text: name, kind: 'NAME' };
        if (known) table.attach(known, mention);
        else table.add('LOCATION', place!, [name], mention);
        i += n - 1;
        break;
      }
    }
  }
}

// Demonyms ("Russian") as references to their country.
import { demonyms } from '../gazetteer.js';
import type { Layout, Mention } from '../types.js';
import { isCapitalized, tokenize } from '../tokens.js';
import { type EntityTable, key } from './entity-table.js';

/** "Russian" refers to Russia: a DEMONYM mention, which `about` counts and the name list does not. */
export function addDemonyms(text: string, layout: Layout, table: EntityTable): void {
  for (const block of layout.blocks) {
    if (block.role !== 'BODY' && block.role !== 'TITLE') continue;
    for (const t of tokenize(text, block.start, block.end)) {
      // Demonyms are capitalised: most tokens are not, and need no lookup.
      if (!isCapitalized(t.text)) continue;
      const country = demonyms.get(key(t.text));
      if (country) addDemonym(table, t, country, true);
    }
  }
}

/** The word `w` as a DEMONYM mention of `place`, unless a mention covers it already: of the LOCATION the
 *  table holds by that name, else (`addPlace`) of a new one ("Russian" in a story that never names Russia). */
export function addDemonym(table: EntityTable, w: Pick<Mention, 'start' | 'end' | 'text'>, place: string, addPlace: boolean): void {
  if (table.has(w.start, w.end)) return;
  const mention: Mention = { start: w.start, end: w.end, text: w.text, kind: 'DEMONYM' };
  const owner = table.find('LOCATION', place);
  if (owner) table.attach(owner, mention);
  else if (addPlace) table.add('LOCATION', place, [place], mention);
}

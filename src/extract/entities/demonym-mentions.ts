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
      if (!country || table.has(t.start, t.end)) continue;
      const mention: Mention = { start: t.start, end: t.end, text: t.text, kind: 'DEMONYM' };
      const owner = table.find('LOCATION', country);
      if (owner) table.attach(owner, mention);
      else table.add('LOCATION', country, [country], mention);
    }
  }
}

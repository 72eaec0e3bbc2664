// The typer's name memory (typer-weights.md) holds the names its training news gave one type, and that news
// was full of results tables: "Cleveland", "Leeds", "Lyon", "Porto" are remembered as sides. In a story of
// no sport such a name is the town the gazetteer knows ("the delegates who go to Cleveland", "a rally in
// Leeds", "Tom Pike of Oakland said"); in a sports report the model keeps its say ("Cleveland beat Boston 5-3").
import { lookupLocation } from '../gazetteer.js';
import { isKnownOrganization } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import type { NameMemory } from './typer-model.js';
import { plainLower } from './typer-features.js';

/** Whether the candidate is a town the memory knows only as a side, in a story of no sport, which the rules
 *  read as a place or, before a verb of speech, a person: it is the town. A body the rules or the lexicon
 *  know ("Toyota") keeps the model's say. */
export function townRememberedAsSide({ c, type }: TypedCandidate, names: NameMemory, sports: boolean): boolean {
  if (sports || (type !== 'LOCATION' && type !== 'PERSON')) return false;
  const key = c.words.map(plainLower).join(' ');
  if (!Object.hasOwn(names, key) || names[key] !== 'ORGANIZATION') return false;
  return !!lookupLocation(c.text) && !isKnownOrganization(c.text);
}

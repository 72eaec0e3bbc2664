// The gazetteer's tables are kept once derived: what a process reads back must be what deriving them
// gives, entry for entry, in the same order.
import { describe, expect, it } from 'vitest';
import { deriveTables, gazetteerTables, tablesFromJson, tablesToJson, type GazetteerTables } from '../../../src/extract/gazetteer-tables.js';

const inOrder = (tables: GazetteerTables) => Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, [...v]]));

describe('the gazetteer’s kept tables', () => {
  const derived = deriveTables();
  it('are the derived tables, read back from their JSON', () => {
    expect(inOrder(tablesFromJson(tablesToJson(derived)))).toEqual(inOrder(derived));
  });
  it('are what a process reads, kept or derived, the first time and the second', () => {
    expect(inOrder(gazetteerTables())).toEqual(inOrder(derived));
    expect(inOrder(gazetteerTables())).toEqual(inOrder(derived));
  });
  it('hold countries, capitals, demonyms, cities and the lexicon’s places', () => {
    expect(derived.locations.get('britain')).toBe('United Kingdom');
    expect(derived.capitals.has('nairobi')).toBe(true);
    expect(derived.demonyms.get('iranian')).toBe('Iran');
    expect(derived.largeCities.has('kassel')).toBe(true);
    expect(derived.countryNames.has('Kenya')).toBe(true);
  });
});

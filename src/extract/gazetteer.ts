// Locations from maintained gazetteer packages (gazetteer-tables.ts): countries, capitals, demonyms,
// cities and the places compromise's lexicon knows, and how a name is looked up among them.
import { boundedMemo } from './bounded-memo.js';
import { gazetteerTables, NEWS_CODES, titleCase } from './gazetteer-tables.js';
import { tagsOf } from './lexicon.js';

const { locations, countryNames, majorPlaces, capitals, largeCities, demonyms: demonymTable } = gazetteerTables();
export const isCountry = (name: string) => countryNames.has(name);
/** Of countries, capitals, regions and big cities: places no one is named after. */
export const isMajorPlace = (name: string) => majorPlaces.has(name.toLowerCase());
/** Of capitals: places that speak for their governments ("Washington said"). */
export const isCapital = (name: string) => capitals.has(name.toLowerCase());
/** Of cities of 100,000 people or more: towns a club may be named after ("Kassel"). */
export const isLargeCity = (name: string) => largeCities.has(name.toLowerCase());
/** Neither a major place nor a large city: a town's name, or one no place has, which a person or a club may bear ("Velmora"). */
export const isSmallTown = (name: string) => !isMajorPlace(name) && !isLargeCity(name);

/** Lower-cased demonym ("iranian") → country common name. */
export const demonyms: ReadonlyMap<string, string> = demonymTable;
/** A word of a people ("Russian", "Saudis"), not a country's name. Asked of each word of each
 *  candidate, with two lookups of its own: remembered per word. */
export const isDemonymWord = boundedMemo((word: string): boolean => {
  const w = word.toLowerCase();
  const demonym = demonyms.has(w) || tagsOf(w).includes('Demonym');
  // "Philippines" is a country, though "Philippine" is its demonym; "Thai" and "Saudi", which the
  // gazetteer also reads as their countries, are adjectives all the same ("the Vatican" is the state).
  const country = lookupLocation(word);
  if (country && isCountry(country) && (country.toLowerCase() === w || !demonym || OWN_NAMES.has(w))) return false;
  return demonym || demonyms.has(w.replace(/s$/u, ''));
});
const OWN_NAMES = new Set(['vatican']);
/** Nouns for a person of a nation that are no adjective ("the Spaniard", "the Scot"); adjectives that
 *  are nouns too ("the German", "the Brazilian") are among the demonyms. */
export const NATIONALITY_NOUNS = new Set(
  (
    'spaniard briton brit scot swede dane finn pole turk frenchman frenchwoman englishman englishwoman dutchman dutchwoman welshman welshwoman irishman irishwoman kiwi ' +
    'scotsman scotswoman serb croat slovenian bosnian aussie uzbek kazakh tajik kyrgyz argentinian korean'
  ).split(' '),
);

const COMPASS =
  /^(north|south|east|west|northern|southern|eastern|western|central|upper|lower|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+(.+)$/u;
/** "Gulf of Oman", "Bay of Biscay": a body of water named by the place it borders. */
const WATER_OF = /^(?:gulf|bay|sea|strait|straits)\s+of\s+(.+)$/u;

/** The forms of a state that open its official name ("Republic of …", "Duchy of …"), as regex
 *  alternatives in lower case; state-forms.ts reads them in a run of capitalised words. */
export const STATE_FORMS = 'republic|kingdom|commonwealth|principality|duchy|sultanate|emirate';
/** "Federal Republic of Ruritania", "Commonwealth of Virginia", "People's Republic of China": a state's
 *  official name, its form (with the words that qualify a form) and the place it is the state of, names
 *  that place. */
const STATE_OF = new RegExp(
  `^(?:(?:federal|democratic|people['’]s|islamic|socialist|arab|united|grand|hashemite|federative|bolivarian|plurinational|cooperative)\\s+)*(?:${STATE_FORMS})\\s+of\\s+(.+)$`,
  'u',
);

/** "Gulf", "Straits": a body of water's word, which names one with "of" and the place it borders. */
export const isWaterHead = (word: string) => /^(?:gulf|bay|sea|strait|straits)$/iu.test(word);

/** Whether the words name a body of water by the place it borders: "Gulf of Oman", "Sea of Japan", and
 *  "the Straits of Hormuz" though the gazetteer lacks the place (one capitalised word after "of"). */
export const namesWaterOfPlace = (words: string[]) =>
  WATER_OF.test(words.join(' ').toLowerCase()) && (lookupLocation(words.join(' ')) !== undefined || (words.length === 3 && /^\p{Lu}\p{Ll}/u.test(words[2]!)));

/** The location a name denotes, if any ("U.S." and "US" both give "United States"; "Northern Cape"
 *  and "East Jerusalem" are the parts of a known place). Remembered per name: the tagger, the typer
 *  and the rules ask about the same words and word pairs many times per article. */
export const lookupLocation: (name: string) => string | undefined = boundedMemo(locationOf);

/** The states of the United States by the abbreviations American news (AP style) writes after a
 *  place ("Reno, Nev.", "SPRINGFIELD, Ill. (AP)"; eight states are always written out); read only
 *  where a name is already typed a place, since "Mass." and "Miss." are other words too. */
export const US_STATE_ABBREVIATIONS = new Map(
  (
    'Ala.=Alabama|Ariz.=Arizona|Ark.=Arkansas|Calif.=California|Colo.=Colorado|Conn.=Connecticut|Del.=Delaware|Fla.=Florida|' +
    'Ga.=Georgia|Ill.=Illinois|Ind.=Indiana|Kan.=Kansas|Ky.=Kentucky|La.=Louisiana|Md.=Maryland|Mass.=Massachusetts|Mich.=Michigan|' +
    'Minn.=Minnesota|Miss.=Mississippi|Mo.=Missouri|Mont.=Montana|Neb.=Nebraska|Nev.=Nevada|N.H.=New Hampshire|N.J.=New Jersey|' +
    'N.M.=New Mexico|N.Y.=New York|N.C.=North Carolina|N.D.=North Dakota|Okla.=Oklahoma|Ore.=Oregon|Pa.=Pennsylvania|' +
    'R.I.=Rhode Island|S.C.=South Carolina|S.D.=South Dakota|Tenn.=Tennessee|Vt.=Vermont|Va.=Virginia|Wash.=Washington|' +
    'W.Va.=West Virginia|Wis.=Wisconsin|Wyo.=Wyoming'
  )
    .split('|')
    .map((pair) => pair.split('=') as [string, string]),
);

/** The fifty states of the United States, lower-cased: those abbreviated above and the eight always written out. */
const US_STATES = new Set(
  [...US_STATE_ABBREVIATIONS.values(), 'Alaska', 'Hawaii', 'Idaho', 'Iowa', 'Maine', 'Ohio', 'Texas', 'Utah'].map((state) => state.toLowerCase()),
);
export const isUsState = (name: string) => US_STATES.has(name.toLowerCase());

function locationOf(name: string): string | undefined {
  const key = name.toLowerCase();
  const part = COMPASS.exec(key);
  if (part && !locations.has(key) && locations.has(part[2]!)) return titleCase(key);
  const water = WATER_OF.exec(key);
  if (water && !locations.has(key) && locations.has(water[1]!)) return titleCase(key).replace(' Of ', ' of ');
  const state = STATE_OF.exec(key);
  // "Democratic People’s Republic of Korea": the official name as the country data writes it, else the place's.
  if (state && !locations.has(key)) return locations.get(key.replaceAll('’', "'")) ?? locations.get(state[1]!);
  const undotted = key.replaceAll('.', '');
  // Two letters name a place only as "US" or "UK"; otherwise they are initials or codes ("ER").
  if (NEWS_CODES.has(undotted.toUpperCase())) return locations.get(undotted);
  if (undotted.length < 3) return undefined;
  return locations.get(key) ?? undottedSaintCity(key);
}

/** "St Louis", "St Petersburg": wire copy writes a city's "St" with no period, as British style does ("St
 *  Thomas", an island's name, is more often a hospital's or a church's saint). */
function undottedSaintCity(key: string): string | undefined {
  if (!key.startsWith('st ')) return undefined;
  const dotted = [`st. ${key.slice(3)}`, `saint ${key.slice(3)}`].find((name) => largeCities.has(name));
  return dotted && locations.get(dotted);
}

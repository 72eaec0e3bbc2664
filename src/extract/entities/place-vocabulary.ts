// Word lists of places' names the entity rules share, kept in one place so they grow in one place:
// the heads that close a name, the kinds that open one or that a place is called by, facilities
// named with a numeral.

/** Last words of place names that no gazetteer lists: "Wall Street", "Tiananmen Square". */
export const LOCATION_HEADS = new Set(
  (
    'street avenue road square park bridge river mountains mountain lake island islands bay sea ocean gulf valley desert ' +
    'coast strait canal county province district region airport terminal stadium ground oval arena garden gardens mall plaza building tower peninsula heights hills plain plains basin shelf republic prison jail shoal reef atoll cape glacier canyon ' +
    // courses, whatever person or park their first words name: "the Marta Holt Golf Course", "Kelvo Racecourse"
    'course racecourse ' +
    // places of worship and castles: "the Grand Mosque", "St Paul's Cathedral", "Edinburgh Castle" (not "Palace", a club's too)
    'mosque cathedral temple synagogue shrine basilica abbey castle ' +
    // where people stay, travel from or look at the sky: "the Al-Noor Hotel", "Harlow Station", "the Adler Planetarium"
    'hotel station planetarium'
  ).split(' '),
);

/** Places' heads that are common surnames too ("Andrew Park", "Jane Hill"): after a given name, a person's. */
export const SURNAME_HEADS = new Set(['park', 'hill', 'hills', 'tower', 'temple', 'castle']);

/** "Thomas Shoal", "James Bay", "Second Thomas Shoal": a name ending in a place's head names a place,
 *  even one named after someone, unless the head is a common surname too. */
export const endsInPlaceHead = (words: string[]) => {
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  // "Hofstra University on Long Island" is a name joined to a place.
  return words.length > 1 && LOCATION_HEADS.has(head) && !SURNAME_HEADS.has(head) && words.every((w) => /^[\p{Lu}\d]/u.test(w));
};

/** "Cape Elizabeth", "Port Elizabeth", "Lake Placid", "Mount Kenya", "Fort Worth": a place's kind opening a
 *  name of capitalised words names a place, even one whose next word is a given name. */
const PLACE_OPENERS = new Set(['cape', 'port', 'lake', 'mount', 'mt.', 'fort', 'isle']);
export const opensPlace = (words: string[]) =>
  words.length > 1 && words.length <= 3 && PLACE_OPENERS.has(words[0]!.toLowerCase()) && words.every((w) => /^\p{Lu}/u.test(w));

/** Kinds of places a name is called by: "the town of …", "…, a village near …". */
export const PLACE_KINDS = new Set('town city village province region district state port suburb island county capital'.split(' '));

/** What a place's name and a numeral name in power and mining projects: "the Garissa II solar plant",
 *  "the Olkaria IV station". */
export const NUMBERED_FACILITIES = new Set(
  'plant station project dam field mine reactor unit block well farm park scheme substation site complex solar wind hydro hydropower geothermal power'.split(
    ' ',
  ),
);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

// One normal form for names, shared by import-time entity merging and API lookups, so that
// "shamkhani", "Shamkhani" and "SHAMKHANI" meet, and so do "Khamenei" and "Khāmenei".
export function nameKey(name: string): string {
  // Printable ASCII, most names, has nothing to decompose and no marks to drop.
  const unmarked = PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '');
  return unmarked
    .replace(/[\u2018\u2019\u02bc`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

// Short words that, in a name written in capitals, are words and not acronyms ("NEW YORK", "ST LOUIS").
const NAME_WORDS = new Set('new old st san los las del de la le el al the of and for fort port mt van von der du da di bin abu'.split(' '));
const ACRONYM = /^[A-Z][A-Z&]{1,5}$/u;

/**
 * A name written all in capitals (a headline, a dateline, a results table) in its usual case:
 * "NEW YORK" → "New York", "ROTOR VOLGOGRAD" → "Rotor Volgograd". Acronyms stay: a single word of up
 * to six capitals ("NATO", "UEFA"), short words other than the usual name words ("US ARMY" →
 * "US Army") and the acronyms of a hyphenated word ("ZCCM-IH"). A name in mixed case is returned as it is.
 */
export function fromCapitals(name: string): string {
  if (!/\p{Lu}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  const words = name.split(/(\s+)/u);
  if (words.length === 1 && ACRONYM.test(name)) return name;
  return words.map((w) => (/^\s+$/u.test(w) ? w : casedWord(w))).join('');
}

const isNameWord = (part: string) => NAME_WORDS.has(part.toLowerCase().replace(/\.$/u, ''));
/** An acronym in capitals: up to three letters, or five of no vowel ("ZCCM", "KPMG"). */
const isAcronymPart = (part: string) => {
  const letters = part.replace(/[^\p{L}]/gu, '');
  return letters.length <= 3 || (letters.length <= 5 && !/[AEIOUY]/u.test(letters));
};
/** A word in capitals in its usual case: "AL-RAM" and "ABU-DHABI" open with a name word and are
 *  names; otherwise each part between hyphens is an acronym as written ("ZCCM-IH", "AFL-CIO") or a
 *  word ("MTN-Nigeria"). */
const casedWord = (w: string) => {
  const parts = w.split('-');
  if (parts.some(isNameWord)) return titleCaseWord(w);
  return parts.map((p) => (isAcronymPart(p) ? p : titleCaseWord(p))).join('-');
};

/** "O'NEILL" → "O'Neill", "ABU-DHABI" → "Abu-Dhabi", "MCDONALD" → "Mcdonald". */
const titleCaseWord = (w: string) => w.toLowerCase().replace(/(^|['’\-.])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());

/** A person's name without middle initials, the form news mostly uses: "Donald J. Trump" → "Donald
 *  Trump", "George H. W. Bush" and "George H.W. Bush" → "George Bush". A name of initials and a surname ("J. K. Rowling") keeps them. */
export function withoutMiddleInitials(name: string): string {
  const words = name.split(/\s+/u);
  // one capital, with or without its period, or two or three run together with theirs ("H.W.")
  const initial = (w: string) => /^\p{Lu}\.?$/u.test(w) || /^(?:\p{Lu}\.){2,3}$/u.test(w);
  if (words.length < 3 || initial(words[0]!)) return name;
  return withoutMiddleWords(words, initial);
}

/** A name's words joined again without the middle ones `middle` picks: the first and the last stay. */
const withoutMiddleWords = (words: string[], middle: (w: string) => boolean) =>
  words.filter((w, i) => i === 0 || i === words.length - 1 || !middle(w)).join(' ');

// A hyphen before a lower-case letter joins the syllables of an East Asian given name: "Jong-un", "Che-cheung".
const GIVEN_SYLLABLES = /\p{L}[-\u2010\u2011]\p{Ll}/u;
// What closes a name after the surname: "Martin Luther King Jr.", "Tom Reed III".
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

/** A person's name without capitalised middle names, for the identity key: "Hillary Rodham Clinton" and
 *  "Franklin Delano Roosevelt" are the persons news names as "Hillary Clinton" and "Franklin Roosevelt".
 *  A particle stays ("Osama bin Laden", "Bill de Blasio"), and a name closed by a generation keeps every
 *  word ("Tom Reed Jr." is not his father). */
function withoutMiddleNames(name: string): string {
  const words = name.trim().split(/\s+/u);
  if (words.length < 3 || GENERATION.test(words[words.length - 1]!)) return name;
  return withoutMiddleWords(words, (w) => /^\p{Lu}/u.test(w));
}

/** A name with its possessive ending dropped: "Trump's" → "Trump", "Jones’" → "Jones". */
export function withoutPossessive(name: string): string {
  return name.replace(/(?<=\p{L})['’]([sS]\b)?$/u, '');
}

// A company's legal form closing its name, with the comma or "&" before it: "Apple Inc.", "Velmora Tools, Ltd.", "Holt & Co.".
const LEGAL_FORM = /(?:\s*,)?(?:\s*&)?\s+(?:inc|incorporated|corp|co|ltd|llc|plc|l\.?l?\.?p|gmbh)\.?$/iu;

// Words that name no company alone, whose form is the name's own: "News Corp", "General Corp", "United Co".
const NAMES_NOTHING_ALONE = new Set('news general united national international american standard first global universal'.split(' '));

/** A company's name without the legal form that closes it ("Apple Inc." → "Apple", "Holt & Co." → "Holt"):
 *  news writes the form in one story and leaves it out in the next. A name of the form alone, or of a word
 *  that names nothing alone ("News Corp"), stays. */
function withoutLegalForm(name: string): string {
  const bare = name.replace(LEGAL_FORM, '').trim();
  return bare && bare !== name && !NAMES_NOTHING_ALONE.has(bare.toLowerCase()) ? bare : name;
}

/**
 * The identity of a named thing across articles: one entity per type and key. Case, accents, dots
 * ("U.S." = "US"), hyphens and commas ("al-Qaeda" = "al Qaeda"), the spacing of "&", possessives, a
 * leading "the" of organizations and places, and a person's middle initials and names ("Donald J. Trump" = "Donald
 * Trump", "Hillary Rodham Clinton" = "Hillary Clinton") do not make another entity. Titles are stripped by
 * extraction before a name gets here.
 */
export function entityKey(type: 'PERSON' | 'ORGANIZATION' | 'LOCATION', name: string): string {
  let base = withoutPossessive(name.trim());
  if (type === 'PERSON') base = withoutMiddleInitials(base);
  else base = base.replace(/^the\s+/iu, '');
  if (type === 'ORGANIZATION') base = withoutLegalForm(base);
  // Dots of initials join them ("U.S." → "US"), other dots separate words ("St.Louis"); most names have none.
  if (base.includes('.')) base = base.replace(/(?<!\p{L})(\p{L})\.(?=\p{L}(?!\p{L}))/gu, '$1').replace(/\./gu, ' ');
  // Hyphens and commas separate words as spaces do ("al-Qaeda" = "al Qaeda", "Washington, D.C." =
  // "Washington D.C."), and an ampersand joins its neighbours however spaced ("AT & T" = "AT&T").
  if (/[-,&\u2010\u2011]/u.test(base)) base = base.replace(/[-,\u2010\u2011]/gu, ' ').replace(/\s*&\s*/gu, '&');
  // A middle name is dropped as initials are (a double surname spaced or hyphenated is one or the other
  // alike), but not from a given name of syllables joined by a hyphen ("Kim Jong-un" is no "Kim Un").
  if (type === 'PERSON' && !GIVEN_SYLLABLES.test(name)) base = withoutMiddleNames(base);
  return nameKey(base);
}

// What one word of a candidate name is: a name word, a title, an honorific, a particle, initials.
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownPerson, MONTH_NAMES, tagsOf } from '../lexicon.js';
import { isAllCaps, isCapitalized, isWord, type Token } from '../tokens.js';
import { namesOfficeField } from './office-fields.js';
import { HOLDER_TITLES, HONORIFICS, NAME_PARTICLES, PERSON_TITLES, PLURAL_TITLES, TITLE_MODIFIERS } from './person-vocabulary.js';
import { isFieldOfWork, ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { NOT_NAMES } from './no-entity-vocabulary.js';

export const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const FINAL_PERIOD = /\.$/u;
export const bare = (t: Token | undefined) => t?.text.toLowerCase().replace(FINAL_PERIOD, '') ?? '';
/** "President", "Mr.", or a modifier that a title follows: "Foreign (Minister)", "Vice (President)".
 *  (Asked at every capitalised word: the word is lowered and stripped once for its four lists.) */
export function isTitleAt(tokens: Token[], i: number): boolean {
  const word = bare(tokens[i]);
  return (
    (PERSON_TITLES.has(word) && !namesBodyFrom(tokens, i + 1) && !loneLetterAt(tokens, i + 1) && !namesGeneralFirm(tokens, i)) ||
    ((HOLDER_TITLES.has(word) || PLURAL_TITLES.has(word)) && !!tokens[i + 1] && nameLike(tokens[i + 1]!) && !namesBodyFrom(tokens, i + 1)) ||
    ((TITLE_MODIFIERS.has(word) || namesOfficeField(tokens, i)) && isTitleAt(tokens, i + 1))
  );
}

/** "Gen Z protesters": a capital letter alone, with no period nor name after it, is no initial of
 *  anyone titled ("President J Smith" has a surname after it). */
const loneLetterAt = (tokens: Token[], at: number) => /^\p{Lu}$/u.test(tokens[at]?.text ?? '') && !(tokens[at + 1] && nameLike(tokens[at + 1]!));

/** "(General) Workers Union", "(King) Fahd Maritime Academy", "(General) Motors", "(General) Dynamics": the words after a
 *  title word end as a body's name, so the title word is part of that name, titling nobody. */
function namesBodyFrom(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k - from < MAX_NAME && nameLike(tokens[k]!)) k++;
  return k > from && (ORGANIZATION_HEADS.has(lower(tokens[k - 1])) || isFieldOfWork(tokens[k - 1]!.text));
}
/** "General Mills", "General Accident": "General" written out, opening a name of one word that is
 *  an ordinary word or reads as a plural ("Mills"), names a firm, unless that word is a given or known
 *  surname or the text names it after another capitalised word ("Alexander Lebed … General Lebed",
 *  "Tommy Franks … General Franks"); a title with words before it stays one ("Secretary General Ban"). */
function namesGeneralFirm(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (tokens[i]!.text !== 'General' || !next || !isCapitalized(next.text) || isAllCaps(next.text)) return false;
  if ((prev && (isTitle(prev) || isCapitalized(prev.text))) || (tokens[i + 2] && nameLike(tokens[i + 2]!))) return false;
  const word = next.text;
  // "the General Manager", "General Counsel": a title after "General" is one title, no firm's name.
  if (isTitle(next) || isFirstName(word) || isKnownPerson(word) || !(isCommonWord(word.toLowerCase()) || /[^su]s$/u.test(word))) return false;
  return !namedAfterOtherWords(tokens).has(word);
}

/** The words the text writes after a capitalised word other than "General" ("Tommy Franks"), once per text. */
const ARABIC_PARTICLE_NAME = /^(al|el|bin|ibn|abu)-\p{Lu}/u;
/** "d'Estaing", "d’Alema": "de" or "le" elided before a capital, written as one word with it. */
const ELIDED_PARTICLE_NAME = /^[dl]['’]\p{Lu}\p{Ll}/u;
const afterOtherWords = new WeakMap<Token[], Set<string>>();
function namedAfterOtherWords(tokens: Token[]): Set<string> {
  let words = afterOtherWords.get(tokens);
  if (!words) {
    words = new Set();
    for (let k = 1; k < tokens.length; k++) {
      const before = tokens[k - 1]!.text;
      if (before !== 'General' && isCapitalized(before) && tokens[k - 1]!.end + 1 === tokens[k]!.start) words.add(tokens[k]!.text);
    }
    afterOtherWords.set(tokens, words);
  }
  return words;
}
export const isTitle = (t: Token) => PERSON_TITLES.has(bare(t));
export const isHonorific = (t: Token) => HONORIFICS.has(t.text.toLowerCase());
/** "van", "von der", "bin", "al-" inside a name, when a capitalised word follows the particles; "d'" and
 *  "l'" joined to it ("Valery Giscard d'Estaing", "Prof. Lucia d'Avanzo", "Cote d'Ivoire"). */
export function isParticleAt(tokens: Token[], i: number): boolean {
  if (ARABIC_PARTICLE_NAME.test(tokens[i]!.text) || ELIDED_PARTICLE_NAME.test(tokens[i]!.text)) return true;
  let k = i;
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.text.toLowerCase())) k++;
  return k > i && k < tokens.length && isCapitalized(tokens[k]!.text);
}

// "St. Louis-based", "Communist-led", "Brazilian-born": a modifier made from a name, not a name.
// So is a side's place or a player's seeding: "Second-placed Kent", "Top-seeded Sampras".
const NAME_MODIFIER =
  /-(based|led|born|backed|sponsored|listed|controlled|owned|run|made|style|era|bound|registered|winning|nominated|placed|seeded|ranked)$/iu;

// "T-shirts", "X-rays", "U-turn": a capital letter before a hyphenated ordinary word.
const LETTER_COMPOUND = /^\p{Lu}-\p{Ll}/u;

// "Sen. Tom Hale, R-Ohio,", "(D-N.Y.)": a party and a state after a legislator's name.
const PARTY_AND_STATE = /^[RDI]-\p{Lu}/u;

// "easyJet", "eBay", "bpost": a firm's name written with a lower-case first letter, a capital inside.
export const BRAND_CASE = /^\p{Ll}{1,5}\p{Lu}\p{Ll}{2,}$/u;

export function nameLike(t: Token): boolean {
  return (
    isWord(t.text) &&
    !PARTY_AND_STATE.test(t.text) &&
    (isCapitalized(t.text) || isAllCaps(t.text) || BRAND_CASE.test(t.text)) &&
    !NOT_NAMES.has(t.text.toLowerCase()) &&
    !NAME_MODIFIER.test(t.text) &&
    !LETTER_COMPOUND.test(t.text)
  );
}

/** A name of two words or more with a given name: opened by one ("Ann Holt"; a month opens a
 *  candidate only as one, "April Ryan", see name-runs.ts), or ended by a romanised one ("Yau Wai-ching"). */
export const hasGivenName = (words: string[]): boolean =>
  words.length > 1 &&
  (((isFirstName(words[0]!) || MONTH_NAMES.has(words[0]!)) && !placeBeforeSaint(words)) ||
    endsWithHyphenatedGivenName(words) ||
    // "L. Ron Hubbard", "J. Edgar Hoover": an initial before the given name a person goes by.
    (words.length > 2 && /^\p{Lu}\.$/u.test(words[0]!) && isFirstName(words[1]!)));

// "Wai-ching", "Jae-in", "Ing-wen": a given name of two syllables joined by a hyphen, the second in
// lower case, as Chinese and Korean names are romanised; not an English prefix ("Pre-war", "Co-op").
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u;
const ENGLISH_PREFIX =
  /^(?:pre|re|co|non|anti|self|well|long|high|low|post|ex|mid|multi|semi|sub|over|under|cross|full|half|part|short|all|far|pro|bi|tri|de|un|in|out|up|off|on|e|x)-/iu;

/** "Yau Wai-ching", "Moon Jae-in", "John Lee Ka-chiu": one or two short family or given names, then
 *  a hyphenated given name. */
const endsWithHyphenatedGivenName = (words: string[]): boolean =>
  words.length >= 2 &&
  words.length <= 3 &&
  HYPHENATED_GIVEN.test(words[words.length - 1]!) &&
  !ENGLISH_PREFIX.test(words[words.length - 1]!) &&
  words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}{1,6}$/u.test(w));

/** "Paris St Germain", "Bury St Edmunds": a place, then a saint's name, names a club or a town, though "Paris" is a given name too ("Ian St John" opens with no place). */
export const placeBeforeSaint = (words: string[]) => words.length > 2 && /^(?:St\.?|Saint|San|Santa)$/u.test(words[1]!) && !!lookupLocation(words[0]!);

/** "K.", "M.K.", "J.R.R.": initials of a name. */
export const isInitials = (word: string) => /^(\p{Lu}\.){1,3}$/u.test(word);

// Endings of ordinary nouns and adjectives: "Islamic Revolution" is not a person.
export const COMMON_ENDING = /(tion|sion|ment|ity|ism|ence|ance|ship|ness|hood|ical|onal|ental|ous|ive|amic|atic|istic)$/u;
// The plurals of those nouns: "Operations", "Communities", "Partnerships" (no surname ends so).
const COMMON_PLURAL_ENDING = /(tions|sions|ities|isms|ships|nesses|hoods)$/u;
/** An ordinary word, known or by its ending ("Opposition", "Revolution", "Parenthood", "Operations"). */
export const looksCommon = (w: string) =>
  isCommonWord(w) || (w.length > 5 && (COMMON_ENDING.test(w.toLowerCase()) || COMMON_PLURAL_ENDING.test(w.toLowerCase())));

// Endings of abstract nouns no family name has ("Parenthood", "Business", "Operations"); "-ance",
// "-ence" and "-ment" have some ("Lawrence", "Clement").
const NO_SURNAME_ENDING = /(?:hood|ship|iness|tions?|sions?|ities|isms?)$/u;
/** "Planned Parenthood", "Special Operations", "Fox Business": a name of two words or more, no given
 *  name first, whose last word is such a noun and nobody's name the lexicon knows. */
export const endsInCommonNoun = (words: string[]): boolean => {
  const last = words[words.length - 1]!;
  if (words.length < 2 || hasGivenName(words) || isFirstName(last) || isKnownPerson(last) || last.length <= 5) return false;
  return NO_SURNAME_ENDING.test(last.toLowerCase());
};

// Of those endings, the ones no place's name has either ("Penn Station", "Lower Merion Township",
// "Gracie Mansion" are places): "-hood", "-iness", "-ism(s)", "-ship(s)" other than a township's.
const NO_PLACE_ENDING = /(?:hood|iness|isms?|ships?)$/u;
/** "Planned Parenthood", "Western Journalism", "Judaism": a name whose last word is an abstract noun
 *  by an ending no place's name has, with no given name first. */
export const endsInNoPlaceNoun = (words: string[]): boolean => {
  const last = words[words.length - 1]!.toLowerCase();
  if (hasGivenName(words) || last.length <= 5 || /townships?$/u.test(last)) return false;
  return NO_PLACE_ENDING.test(last);
};

/** "IAEA", "AT&T", "U.N.": a word in capitals or dotted initials. */
export const isAcronym = (word: string) => /^[A-Z][A-Z&]{1,5}$/u.test(word) || /^([A-Z]\.){2,4}$/u.test(word);

/** An acronym of two to five capitals and nothing else ("DAB", "NATO"; not "AT&T" nor "U.N."). */
export const isCapitalsAcronym = (word: string) => /^\p{Lu}{2,5}$/u.test(word);

// The most words a name has.
export const MAX_NAME = 12;

/** "Bam Adebayo", "Yaa Asantewaa": a short word the lexicon knows only as an interjection, before a
 *  capitalised word of no ordinary use, is a given name (an interjection opening a sentence takes a
 *  comma: "Oh, Smith …"). */
export function interjectionAsGivenName(words: Token[]): boolean {
  return isInterjection(words) && /^\p{Lu}\p{Ll}/u.test(words[1]!.text) && !isCommonWord(words[1]!.text);
}

/** "Hey John, …", "Oh Ann, you know it": a short word the lexicon knows only as an interjection, then a
 *  given name alone with a comma or "!" after it (`after`), calls the person by that name and is no word
 *  of it ("the Holy Roman Emperor" calls no one). */
export const interjectionBeforeGivenName = (words: Token[], after: Token | undefined): boolean =>
  words.length === 2 && isInterjection(words) && isFirstName(words[1]!.text) && /^[,!]$/u.test(after?.text ?? '');

/** A short word the lexicon knows only as an interjection opening words of two or more. */
function isInterjection(words: Token[]): boolean {
  const tags = tagsOf(lower(words[0]));
  return words.length >= 2 && words[0]!.text.length <= 4 && tags.length > 0 && tags.every((t) => t === 'Expression');
}

/** "Crooked (Hillary Clinton)", "Democrat (Hillary Clinton)", "Senators (Charles Grassley)": a
 *  word before a given name that reads as English (an adjective, a party's member, a plural, a
 *  player's position, a title abbreviated or hyphenated) is an epithet. A word of none of these is a first given name ("Mumtaz Zahra
 *  Baloch", "Bola Ahmed Tinubu", "Lee Harvey Oswald"), and so is an initial ("J. Joe Ricketts"). */
export const isEpithet = (t: Token) =>
  !/^\p{Lu}\.$/u.test(t.text) &&
  (isCommonWord(t.text) ||
    t.text.includes('-') ||
    /(?:ed|ing|[^aeiou]y|ous|ful|ish|ive|less|s|[ceist]an|crat|ist|ite|er|or|aire|back|half|\.|['’])$/u.test(t.text.toLowerCase()));

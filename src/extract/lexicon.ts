// Word knowledge from compromise's English lexicon: first names with gender, person nouns,
// honorifics, months and weekdays, and which words are ordinary English.
import { boundedMemo } from './bounded-memo.js';
import { compromiseLexicon, type Tags } from './compromise-lexicon.js';
import { contractionTags } from './contractions.js';
import { ADJECTIVES, ADVERBS, IRREGULAR_PAST, NOUNS } from './news-words.js';
import { PREPOSITIONS_TAGGED_OTHERWISE } from './word-classes.js';
import { isLowerCaseWord } from './tokens.js';

// The closed classes, which the lexicon's readers have always taken from here.
export {
  ARTICLE_ALTERNATIVES,
  isAndOrBut,
  isArticle,
  isAuxiliary,
  isBeParticiple,
  isCopula,
  isFormOfBe,
  isFiniteAuxiliary,
  isModal,
  isNonFiniteBe,
  isPerfectAuxiliary,
  isPluralAuxiliary,
  SUBORDINATING_CONJUNCTIONS,
} from './word-classes.js';

const lexicon = compromiseLexicon();

/** "José" is "jose" to the lexicon, which lists names without accents. */
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

// Every stage asks about the same words, many times per article: the tags of each word as written are
// remembered, and callers never change them.
const NO_TAGS: string[] = [];

export const tagsOf: (word: string) => string[] = boundedMemo(lexiconTags);

// The tags given to news-words.ts's words.
const ADJECTIVE_TAGS = ['Adjective'];
const SINGULAR_TAGS = ['Singular'];
const ADVERB_TAGS = ['Adverb'];
const PLURAL_TAGS = ['Plural'];

/** "cases" → "case", "countries" → "country", "taxes" → "taxe" or "tax": the singulars a lower-case plural may have. */
export function singularsOf(lower: string): string[] {
  if (lower.endsWith('ies')) return [`${lower.slice(0, -3)}y`];
  if (lower.endsWith('es')) return [lower.slice(0, -1), lower.slice(0, -2)];
  return lower.endsWith('s') && !lower.endsWith('ss') ? [lower.slice(0, -1)] : [];
}

/** Tags of a news noun the lexicon lacks ("prosecutors"), or undefined. */
function newsNounTags(lower: string): string[] | undefined {
  if (NOUNS.has(lower)) return SINGULAR_TAGS;
  return singularsOf(lower).some((s) => NOUNS.has(s)) ? PLURAL_TAGS : undefined;
}

/** The lexicon's own entry for a word ("constructor" is none, though every object answers to it). */
const entryOf = (lower: string): Tags | undefined => (Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined);

function lexiconTags(word: string): string[] {
  const lower = word.toLowerCase();
  const tags = entryOf(lower) ?? (/[^\x00-\x7f]/u.test(lower) ? entryOf(withoutAccents(lower)) : undefined);
  if (tags === undefined) {
    const supplied = ADJECTIVES.has(lower) ? ADJECTIVE_TAGS : ADVERBS.has(lower) ? ADVERB_TAGS : (newsNounTags(lower) ?? contractionTags(lower));
    if (supplied) return supplied;
  }
  const found = tags === undefined ? NO_TAGS : Array.isArray(tags) ? tags : [tags];
  return IRREGULAR_PAST.has(lower) ? [...found, 'PastTense'] : found;
}

/** "Currently", "Usually", "Originally": an unlisted word in "-ly" made from an adjective the lexicon
 *  lists or news uses is an adverb (not "Daly" nor "Kelly", whose stems are no adjectives). */
export function isDerivedAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}{3,}ly$/u.test(lower) || entryOf(lower) !== undefined) return false;
  const stems = [lower.slice(0, -2), lower.replace(/ily$/u, 'y'), lower.replace(/ally$/u, ''), lower.replace(/ly$/u, 'le')];
  return stems.some((stem) => {
    if (ADJECTIVES.has(stem)) return true;
    const tags = entryOf(stem);
    return tags !== undefined && (Array.isArray(tags) ? tags : [tags]).includes('Adjective');
  });
}

/** Whether a word has one of the tags `wanted` (a loop, not `some`: this runs for every word, and a
 *  callback would be a new function at every call). */
const hasTag = (word: string, wanted: Set<string>): boolean => anyTagIn(tagsOf(word), wanted);
function anyTagIn(tags: string[], wanted: Set<string>): boolean {
  for (const t of tags) if (wanted.has(t)) return true;
  return false;
}
const tagTest = (...wanted: string[]) => {
  const set = new Set(wanted);
  return (w: string) => hasTag(w, set);
};

/** Feasts and holidays alone ("strikes over Christmas", "during Ramadan"), which the lexicon lacks. */
const HOLIDAYS = new Set(
  'christmas easter ramadan eid diwali thanksgiving hanukkah passover halloween lent advent hogmanay navratri holi vesak nowruz pentecost'.split(' '),
);
export const isHoliday = (word: string) => HOLIDAYS.has(word.toLowerCase());

export const isMaleName = tagTest('MaleName');
export const isFemaleName = tagTest('FemaleName');
/** Months that are also names of people: "Theresa May", "June Raine", "April Ryan". */
export const MONTH_NAMES = new Set(['May', 'June', 'April', 'August']);
const hasFirstNameTag = tagTest('MaleName', 'FemaleName', 'FirstName');
/** Pairs of initials that people go by as a given name ("JD Vance", "RJ Scaringe"); left out are
 *  pairs that open names of companies and clubs ("JP Morgan", "AJ Auxerre", "CJ Group"). */
const INITIALS_AS_GIVEN_NAMES = new Set('DJ EJ JD JJ JK MJ PJ RJ TJ'.split(' '));
/** Given names the lexicon reads only as ordinary words ("frank", "bill", "guy"): written with a capital,
 *  they are given names as much as "Mark" and "Grant" ("Frank Rack", "Guy Holt"). Left out are words that
 *  open sentences or names of things more often than persons' names ("Will", "Rich", "Hope", "Rose", "Art",
 *  "Earl" a title). */
const WORDS_AS_GIVEN_NAMES = new Set('Frank Bill Gene Guy Dick Rusty'.split(' '));
export const isFirstName = (word: string) => hasFirstNameTag(word) || INITIALS_AS_GIVEN_NAMES.has(word) || WORDS_AS_GIVEN_NAMES.has(word);
export const isKnownPerson = tagTest('Person', 'LastName');
export const isKnownOrganization = tagTest('Organization', 'SportsTeam');
const PLACE_TAGS = new Set(['City', 'Region', 'Place', 'Country']);
export const isKnownPlace = (w: string) => hasTag(w, PLACE_TAGS);
export const isCalendarWord = tagTest('Month', 'WeekDay', 'Date', 'Holiday');

/** Times "that" points to as a determiner: "the remarks that day", "said in her speech that night". */
export const THAT_TIME = /^(day|night|morning|afternoon|evening|week|weekend|month|year|season|time)$/iu;

/** Whether words open with "that" for a clause, not for a time ("that night", "that day"). */
export function thatOpensClause(words: string): boolean {
  const next = /^that\s+(\p{L}+)/iu.exec(words);
  return next ? !THAT_TIME.test(next[1]!) : /^that\b/iu.test(words);
}
/** A word measuring an amount: a span of time, a unit, a number ("hour", "mile", "hundred", "dozen"). */
export const isMeasureWord = (w: string) => MEASURE_WORDS.test(w) || hasTag(w, MEASURE_TAGS);
const MEASURE_TAGS = new Set(['Duration', 'Unit', 'Cardinal', 'Multiple']);
const MEASURE_WORDS = /^(dozen|half|half-hour)$/iu;
/** A span of time: "hour", "days", "decade". */
export const isDurationWord = tagTest('Duration');

const NAME_TAGS = new Set('MaleName FemaleName FirstName LastName Person ProperNoun Organization SportsTeam City Region Place Country'.split(' '));

/** An ordinary English word (not only a name): capitalised, it is just the start of a sentence. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !anyTagIn(tags, NAME_TAGS);
}

/** Lower-cased names compromise tags as cities, regions, places or countries. */
export function placeNames(): string[] {
  // The whole lexicon, read once: past the cache, which is for the words of articles.
  return Object.keys(lexicon).filter((w) => lexiconTags(w).some((t) => PLACE_TAGS.has(t)));
}

const CLOSED_OR_VERB = new Set(
  (
    'Determiner Preposition Conjunction Adverb Pronoun QuestionWord Possessive Negative Modal Copula Expression ' +
    'PastTense PresentTense Infinitive Gerund Participle PhrasalVerb Verb Cardinal Ordinal TextValue'
  ).split(' '),
);

// Quantifiers the lexicon calls adjectives: "Many Americans", "Most Democrats".
const QUANTIFIERS = new Set(['many', 'most', 'other', 'such', 'every', 'each', 'more', 'fewer']);

/** A word that cannot start a name ("The", "During", "Under", "Several", "Said"), unlike a noun ("Bill", "Union"). */
export function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return QUANTIFIERS.has(lower) || PREPOSITIONS_TAGGED_OTHERWISE.has(lower) || hasTag(word, CLOSED_OR_VERB);
}

const CLOSED_CLASS = new Set([...CLOSED_OR_VERB].filter((t) => !/Tense|Infinitive|Gerund|Participle|PhrasalVerb|^Verb$/u.test(t)));

/** A word of a closed class ("The", "During", "Several"), unlike a verb or noun ("Park", "Bill"). */
export function isClosedClassWord(word: string): boolean {
  return QUANTIFIERS.has(word.toLowerCase()) || hasTag(word, CLOSED_CLASS);
}

/** Words set as a title is ("This Week with Tom Reyes", "State of the Harbor", "60 Minutes"): each
 *  capitalised or a number, but for short closed-class words inside. */
export function isInTitleCase(words: string): boolean {
  const ws = words
    .replace(/[.,!?]+\s*$/u, '')
    .trim()
    .split(/\s+/u);
  return /^[\p{Lu}\p{N}]/u.test(ws[0] ?? '') && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || (w.length <= 5 && /^\p{Ll}+$/u.test(w) && isClosedClassWord(w)));
}

const NOUN_TAGS = new Set(['Singular', 'Plural', 'ProperNoun']);
const HEADLINE_BREAKS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Copula', 'Modal', 'PastTense', 'PresentTense', 'Gerund', 'Adverb', 'Pronoun']);

const PREPOSITION_TAGS = new Set(['Preposition']);

/** A preposition: the lexicon's ("of", "during", "off"), one it tags otherwise ("under", "against"),
 *  or "to" and "near" (a conjunction and an adjective to it). */
export function isPreposition(word: string): boolean {
  const lower = word.toLowerCase();
  return PREPOSITIONS_TAGGED_OTHERWISE.has(lower) || lower === 'to' || lower === 'near' || hasTag(lower, PREPOSITION_TAGS);
}

/** In a title-case headline, a word that cannot be inside a name ("Was", "Headed", "To", "Under"). */
export function breaksHeadlineName(word: string): boolean {
  if (PREPOSITIONS_TAGGED_OTHERWISE.has(word.toLowerCase())) return true;
  const tags = tagsOf(word);
  return anyTagIn(tags, HEADLINE_BREAKS) && !anyTagIn(tags, NOUN_TAGS);
}

const LEADING = new Set(['Preposition', 'Conjunction', 'Adverb', 'QuestionWord']);
const PRONOUN_OR_DETERMINER = new Set(['Pronoun', 'Determiner']);

/** A word that opens an adverbial phrase, not a subject ("Meanwhile", "During", "However"). */
export function isLeadingWord(word: string): boolean {
  const tags = tagsOf(word);
  return anyTagIn(tags, LEADING) && !anyTagIn(tags, PRONOUN_OR_DETERMINER);
}

/** An adverb: in the lexicon as one, or an unlisted word in -ly ("forcefully"; not "family"). */
export function isAdverb(word: string): boolean {
  const tags = tagsOf(word);
  return tags.includes('Adverb') || (tags.length === 0 && /\p{Ll}ly$/u.test(word));
}

/** "repeated", "earlier", "hyperbolic": a word the lexicon knows as an adjective, or an unknown one
 *  with an adjective's ending (not a noun: "his disclosure statements"). */
export function isAdjective(word: string): boolean {
  if (!isLowerCaseWord(word)) return false;
  const tags = tagsOf(word);
  if (!tags.length) return /(ic|al|ous|ive|ed|ful|ent|ant|ible|able)$/u.test(word);
  return tags.some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative') && !tags.some((t) => t === 'Singular' || t === 'Plural');
}

// Adverbs of time the lexicon lists only as a comparative or a superlative.
const TIME_COMPARATIVES = new Set(['later', 'earlier']);

/** An adverb before a verb: `isAdverb`'s, or "later" and "earlier" ("was later told", "had earlier
 *  said"). (Counted as adverbs everywhere, they would also make "a plan announced earlier this year" a
 *  plan's announcement.) */
export const isAdverbBeforeVerb = (word: string) => isAdverb(word) || TIME_COMPARATIVES.has(word);

const FINITE = new Set(['Copula', 'PastTense', 'PresentTense', 'Modal', 'Verb']);

/** A lower-case finite verb form ("would", "is", "paid"): a clause has one. */
export function isFiniteVerb(word: string): boolean {
  return startsLowerCase(word) && hasTag(word, FINITE);
}
const LOWER_CASE_START = /^\p{Ll}/u;
// Plurals without -s, which the lexicon lists as plurals ("people", "police") or not ("staff", "personnel").
const PLURALS_WITHOUT_S = new Set('people police men women children staff folk personnel'.split(' '));

/** A lower-case word of three letters or more before "-ed" ("clinched", "delayed"): a regular past by its shape, listed or not. */
export const hasRegularPastShape = (word: string) => REGULAR_PAST.test(word);
const REGULAR_PAST = /^\p{Ll}{3,}ed$/u;
/** A word in "-ed" the lexicon does not list ("deteriorated", "discriminated"): a past form it lacks. */
export const isUnlistedPastForm = (word: string) => hasRegularPastShape(word) && tagsOf(word).length === 0;
/** A word in "-ed" the lexicon lists only as an adjective ("delayed") or not at all ("clinched"): a past form it may lack. */
export const isPastFormReadAsAdjective = (word: string) => hasRegularPastShape(word) && tagsOf(word).every((t) => t === 'Adjective');

/** A plural noun in any case: one the lexicon lists ("officials", "Children"), or one without -s that takes a plural verb ("staff"). */
export const isPluralNoun = (word: string) => PLURALS_WITHOUT_S.has(word.toLowerCase()) || tagsOf(word).includes('Plural');

/** Whether a word opens with a lower-case letter: an ASCII one by its code (this runs for most words of a content). */
export function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER_CASE_START.test(word);
}

/** Whether tokens[from, to) (from ≥ 0) hold a finite verb: a loop, not a slice and `some`, as
 *  readers of a content ask it at many of its words. */
export function finiteVerbWithin(tokens: readonly { text: string }[], from: number, to: number): boolean {
  for (let n = from; n < to && n < tokens.length; n++) if (isFiniteVerb(tokens[n]!.text)) return true;
  return false;
}

/** A finite verb, or a regular past the lexicon does not list ("retained", "clinched"). */
export const isVerbForm = (word: string) => isFiniteVerb(word) || hasRegularPastShape(word);

/** A lower-case form in "-ed" or "-ing" the lexicon knows as a past or a gerund ("renewed", "raising"),
 *  of at least `stem` letters before the ending: a verb's form, which may also be read as an adjective. */
export const isPastOrGerundForm = (word: string, stem: 2 | 3) =>
  (stem === 2 ? ED_OR_ING_AFTER_TWO : ED_OR_ING_AFTER_THREE).test(word) && tagsOf(word).some((t) => t === 'PastTense' || t === 'Gerund');
const ED_OR_ING_AFTER_TWO = /^\p{Ll}{2,}(?:ed|ing)$/u;
const ED_OR_ING_AFTER_THREE = /^\p{Ll}{3,}(?:ed|ing)$/u;

/** A lower-case word in -s that may be a verb's present ("swears", "serves"): the lexicon may know it as a plural only. */
export const mayBePresentInS = (word: string) => /^\p{Ll}{2,}[^s]s$/u.test(word) && !isClosedClassWord(word);

// Names of no entity, whatever their capitals suggest: a people ("Israelis"), a storm, an illness or
// event by its coined word, a holiday, bodies in the plural, an office alone, a newsroom's post, a
// common noun in initials ("CEO"), a market index or a disease named after its discoverer.
import { isDemonymWord, lookupLocation, NATIONALITY_NOUNS } from '../gazetteer.js';
import { isCommonWord, isFirstName, isHoliday, isKnownPerson, isVerbForm, singularsOf, isArticle } from '../lexicon.js';
import { isPossessiveMark, isTitleCasePlural } from '../tokens.js';
import type { Candidate } from './candidates.js';
import { namesIllnessOrEvent } from './coined-names.js';
import { numberedRuler } from './regnal-numerals.js';
import { GENERATION } from './person-vocabulary.js';
import { EVENT_HEADS, OBJECT_HEADS, FAITHS, LANGUAGES } from './no-entity-vocabulary.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { conferenceAsBody } from './conference-bodies.js';

/** "the Scot", "a Spaniard": a person named by nationality, no one's name ("Scot Peterson" is). */
const byNationality = (c: Candidate) => c.words.length === 1 && isArticle(c.prev) && NATIONALITY_NOUNS.has(c.words[0]!.toLowerCase());

/** "Sri Lankans", "Roman Catholic", "Shi'ite Moslems", "Lutheran": a nation's people or a faith, in one
 *  word or more, each a demonym or a faith's word. */
const namesNation = (words: string[]) => {
  const whole = words.length === 1 ? words[0]! : words.join(' ');
  // (A word alone is answered by the whole: no need to ask of it again word by word.)
  return isDemonymWord(whole) || isFaithWord(whole) || joinedDemonyms(whole) || (words.length > 1 && words.every((w) => isDemonymWord(w) || isFaithWord(w)));
};
/** "African-Americans", "Mexican-American", "Asian-Americans": peoples' words joined by hyphens name a people too. */
const joinedDemonyms = (word: string) => word.includes('-') && word.split('-').every((part) => part.length > 1 && isDemonymWord(part));
/** "Catholic", "Catholics": a faith's word, in the singular or the plural. */
export const isFaithWord = (w: string) => {
  const lower = w.toLowerCase();
  return FAITHS.has(lower.endsWith('s') ? lower.slice(0, -1) : lower);
};

/** A title or honorific before a given name and a surname ("captain Stuart Law"), or an initial and a surname ("S. Law"). */
const titledGivenName = (c: Candidate) =>
  c.words.length === 2 && (((c.titles.length > 0 || c.honorific) && isFirstName(c.words[0]!)) || /^\p{Lu}\.$/u.test(c.words[0]!));

/** "Nathan Law", "Ann Law": a given name before "Law" is a person's name, the surname a law's head shares,
 *  as "Stuart Law" with a title already was; a law's name opens with no given name ("Basic Law", "Election
 *  Law", "Harvard Law") or with a possessive ("Megan's Law"), a people's word is none ("Roman Law"), nor is one after an article ("the Jessica Law"). */
const givenNameBeforeLaw = (c: Candidate) =>
  c.words.length === 2 &&
  c.words[1] === 'Law' &&
  isFirstName(c.words[0]!) &&
  !isDemonymWord(c.words[0]!) &&
  !LAWS_OF_A_PEOPLE.has(c.words[0]!) &&
  !isArticle(c.prev);
/** Given names that are also a people's word for its body of law ("Roman Law"), which the demonyms lack. */
const LAWS_OF_A_PEOPLE = new Set(['Roman']);

/** "came up at the Commander-in-Chief Forum": a forum something happens at is an event, though "Forum"
 *  heads bodies' names ("the American Action Forum said", "Eagle Forum"). */
const forumHeldAt = (c: Candidate) => c.words.length > 1 && c.words[c.words.length - 1] === 'Forum' && c.prev === 'the' && c.prevBefore === 'at';

/** "the Velmora Science Fair", "the Iowa State Fair": a fair named in three words or more is an event held,
 *  no body, though "Fair" ends a magazine's two ("Vanity Fair"). */
const fairHeld = (c: Candidate) => c.words.length > 2 && c.words[c.words.length - 1] === 'Fair';

/** "the Velmora Open", "the Clean Ferry Plan", "the Iowa State Fair": a name of two words or more headed by
 *  an event, a law, a plan or an object, unless a conference is a body (conference-bodies.ts), it is a titled given name and a surname ("captain Stuart Law")
 *  or a given name and "Law" ("Nathan Law"). */
export function headedByEventOrObject(c: Candidate): boolean {
  const last = c.words[c.words.length - 1]!.toLowerCase();
  return (
    c.words.length > 1 &&
    !titledGivenName(c) &&
    !givenNameBeforeLaw(c) &&
    !conferenceAsBody(c) &&
    (EVENT_HEADS.has(last) || OBJECT_HEADS.has(last) || forumHeldAt(c) || fairHeld(c))
  );
}

/** A people ("Israelis"), a common noun in initials ("CEO") or an event, law or plan ("World War II",
 *  "Clean Power Plan"): whatever else speaks for a type, no person, organization or place. */
export function namesNoEntity(c: Candidate): boolean {
  const words = c.words;
  if (namesNoOne(c)) return true;
  if (words.length === 1) return namesOrdinaryInitials(c);
  if (headedByEventOrObject(c)) return true;
  return !titledGivenName(c) && GENERATION.test(words[words.length - 1]!.toLowerCase()) && EVENT_HEADS.has(words[words.length - 2]!.toLowerCase());
}

/** "Unions threatened strikes", "Councils warned": bodies in the plural, alone, are no name. */
const pluralOfBody = (word: string) => isTitleCasePlural(word) && singularsOf(word.toLowerCase()).some((s) => ORGANIZATION_HEADS.has(s));

/** "Storm Darragh", "Hurricane Milton", "Tropical Storm Alberto": weather is no person, body or place. */
export const STORM_WORDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);
export function namesStorm(words: string[]): boolean {
  const at = words.findIndex((w) => STORM_WORDS.has(w.toLowerCase()));
  return at >= 0 && at <= 1 && at < words.length - 1;
}

/** A people ("Israeli", "the Serb"), a storm, an illness or event by its coined word ("Covid", "Brexit"), a holiday, a language or bodies in the plural alone: no one's name. */
export function namesNoOne(c: Candidate): boolean {
  const words = c.words;
  if ((namesNation(words) && !firmOfDemonyms(c)) || byNationality(c) || namesStorm(words) || namesIllnessOrEvent(words) || newsroomPost(words)) return true;
  return (
    (words.length === 1 &&
      (isHoliday(words[0]!) ||
        pluralOfBody(words[0]!) ||
        officeAlone(c) ||
        awardBeforeItsNoun(c) ||
        SIDING.test(words[0]!) ||
        pilgrimage(c) ||
        languageAlone(c) ||
        namesFaithOrDoctrine(c))) ||
    lettered(c)
  );
}

/** "converts to Christianity", "against Communism", "Islam's holiest site", "fighting Islamophobia": a faith, a
 *  doctrine or a fear of one, in one word, is no person, body nor place (MISC in CoNLL's terms), unless a title
 *  makes it a person's surname ("Mr Islam") or an office or a school is of it ("the minister for Tourism", "the
 *  School of Journalism": a ministry's or a faculty's field). A name of more words keeps its type ("Union for Reform Judaism"). */
const DOCTRINE = /^\p{Lu}\p{Ll}{2,}(?:isms?|ianity|phobia)$/u;
const FAITH_NAMES = new Set(['islam', 'shinto']);
const FIELD_OF =
  /^(?:ministers?|ministry|department|secretary|school|faculty|college|institute|professor|dean|office|bureau|board|council|commission|agency|centre|center|museum)$/u;
const namesFaithOrDoctrine = (c: Candidate) =>
  !c.titles.length &&
  !c.honorific &&
  !((c.prev === 'of' || c.prev === 'for') && FIELD_OF.test(c.prevBefore)) &&
  (DOCTRINE.test(c.words[0]!) || FAITH_NAMES.has(c.words[0]!.toLowerCase()));

/** "speaks Hebrew", "printed in Swahili": a language alone, no surname a title or an honorific gives ("Mr Latin"). */
const languageAlone = (c: Candidate) => !c.titles.length && !c.honorific && LANGUAGES.has(c.words[0]!.toLowerCase());

/** "during the Hajj", "the Umrah": a pilgrimage made at a season is a time and a rite, no place, as a feast
 *  is; a ministry's field stays its name ("the minister of Hajj", see office-places.ts). */
const PILGRIMAGES = new Set(['hajj', 'umrah']);
const pilgrimage = (c: Candidate) => PILGRIMAGES.has(c.words[0]!.toLowerCase()) && !(c.prev === 'of' && /^minist(?:er|ers|ry|ries)$/u.test(c.prevBefore));

/** "the Pro-Harlow camp", "Anti-TPP activists", "Pan-democrat veteran Ann Holt": a word saying whom one sides
 *  with, alone, is no name, though a name may open with one ("the Anti-Defamation League", "Pan-Am"). */
const SIDING = /^(?:Pro|Anti)-\p{L}|^Pan-\p{Ll}/u;

/** "Pan-democrat Lam Kwok-ting", "Pro-democracy Ann Holt": a word siding with a cause written in lower case,
 *  before a name, is no word of it ("the Anti-Defamation League" sides with no one; "Pro-Harlow FPP" may be
 *  a party's full name, as GUM writes it). */
export const sidesBeforeName = (words: string[]) =>
  words.length > 1 && /^(?:Pro|Anti|Pan)-\p{Ll}/u.test(words[0]!) && !/^\p{Lu}{2,}$/u.test(words[words.length - 1]!);

/** "the Olympic movement", "Paralympic athletes", "Oscar winner Ann Holt", "Nobel laureate": the games' or an
 *  award's word before a lower-case noun said of them is no name (MISC in CoNLL's terms), whatever its
 *  capital ("Oscar said" is a person, "the Olympic Committee" a body's name). */
const AWARDS = new Set('olympic paralympic oscar emmy grammy bafta pulitzer nobel'.split(' '));
const SAID_OF_AWARDS = new Set(
  (
    'winner winners winning nominee nominees nomination nominations laureate laureates champion champions medal medals medallist medallists ' +
    'medalist medalists movement team teams squad village flame torch record records hopeful hopefuls qualifier qualifiers sport sports ' +
    'athlete athletes games ceremony bid trials'
  ).split(' '),
);
const awardBeforeItsNoun = (c: Candidate) => AWARDS.has(c.words[0]!.toLowerCase()) && SAID_OF_AWARDS.has(c.next);

/** "Anglo American said", "with Anglo American leading the gains": a name of two
 *  words or more ending in a people's word in the singular, no article nor determiner before it and a
 *  verb right after, names a firm, no people ("an African American said", "African American voters",
 *  "Sri Lankans said"). */
export const firmOfDemonyms = (c: Candidate) =>
  c.words.length > 1 &&
  !/s$/u.test(c.words[c.words.length - 1]!) &&
  !/^(?:the|a|an|one|every|each|this|that|first|young|many)$/u.test(c.prev) &&
  (isVerbForm(c.next) || /^\p{Ll}+ing$/u.test(c.next)) &&
  isDemonymWord(c.words[c.words.length - 1]!) &&
  // "Mark Cuban", "African American", "Central Asian", "Native American": no given name, people's or ordinary word before it.
  c.words.slice(0, -1).every((w) => !isFirstName(w) && !isDemonymWord(w) && !isCommonWord(w) && !lookupLocation(w));

/** "Political Correspondent", "Local Democracy Reporter", "Health Editor": a post in the newsroom,
 *  written in capitals under a byline, names no one. */
const NEWSROOM_POSTS = new Set('reporter correspondent editor writer columnist journalist'.split(' '));
const newsroomPost = (words: string[]) =>
  words.length > 1 && NEWSROOM_POSTS.has(words[words.length - 1]!.toLowerCase()) && !words.some((w) => isFirstName(w) || isKnownPerson(w));

/** "Gen Z", "Plan B", "Vitamin D": a word and a lone capital letter, no given name first ("Malcolm X"), name no one. */
const lettered = (c: Candidate) =>
  c.words.length === 2 && /^\p{Lu}$/u.test(c.words[1]!) && !isFirstName(c.words[0]!) && !isKnownPerson(c.words[0]!) && !numberedRuler(c);

/** "the Leader said", "Leader of the Islamic Revolution Ayatollah …", "President: …": an office word
 *  alone names its holder by role, no entity of its own. */
const OFFICES_ALONE = new Set('leader president minister premier chancellor speaker governor mayor ambassador envoy chairman chairwoman'.split(' '));
const officeAlone = (c: Candidate) => OFFICES_ALONE.has(c.words[0]!.toLowerCase()) && (c.prev === 'the' || /^(of|:|['’]s?)$/u.test(c.next));

/** "Beauveria bassiana", "Aedes aegypti": a genus, one capitalised word, before its species' epithet in lower
 *  case, a Latin word the lexicon lacks, names a living kind, no entity (a person, a place or a body the
 *  lexicon knows stays). */
const EPITHET = /^ (\p{Ll}{3,}(?:ae|ii|i|ensis|oides|iana|ana|ica))(?![\p{L}'’-])/u;
export function namesSpecies(c: Candidate, text: string): boolean {
  if (c.words.length !== 1 || !/^\p{Lu}\p{Ll}{3,}$/u.test(c.text)) return false;
  const epithet = EPITHET.exec(text.slice(c.end, c.end + 30))?.[1];
  return !!epithet && !isCommonWord(epithet) && !isKnownPerson(c.text) && !isFirstName(c.text) && !lookupLocation(c.text);
}

/** "Alzheimer's disease", "Down's syndrome": a disease named after its discoverer is no one's name. */
export const namesDisease = (c: Candidate) => isPossessiveMark(c.next) && /^(?:disease|syndrome|palsy|sarcoma|lymphoma)$/u.test(c.nextAfter);

/** Common nouns written in initials: "the CEO said", "the IPO", "AI demand" name no one (not "CCTV"
 *  nor "CPI", which also name a broadcaster and a party). */
const ORDINARY_INITIALS = new Set(
  'ai ceo ceos cfo cfos coo cto ipo ipos etf etfs gdp eps agm ev evs suv suvs gps dna rna hiv mri atm atms tv ngo ngos vip vips diy lgbt lgbtq ufo ufos faq gnp vat pov html url irc vp potus asap mba lsat dvr psa isdn lte nda ndas'.split(
    ' ',
  ),
);
/** "N / A", "N/A" in a table, either letter: not available, no name ("N/A. Net income" is no "A. Net"). */
const notAvailable = (c: Candidate) =>
  (c.words.length === 1 && c.words[0] === 'N' && c.next === '/' && /^a\.?$/u.test(c.nextAfter)) ||
  (c.prev === '/' && c.prevBefore === 'n' && /^A\.?$/u.test(c.words[0]!));
export const namesOrdinaryInitials = (c: Candidate) => (c.words.length === 1 && ORDINARY_INITIALS.has(c.words[0]!.toLowerCase())) || notAvailable(c);

/** "the Hang Seng index", "the Straits Times index", "the Dow Jones industrial average": a market
 *  index is named after a firm or place, but is neither (an exchange's index names the exchange:
 *  "the American Stock Exchange index"). */
const INDEX_WORDS = /^(index|indices|indexes)$/u;
const INDEX_MODIFIERS = /^(industrial|composite|all-share|transportation|utilities)$/u;
export const namesIndex = (c: Candidate) =>
  (INDEX_WORDS.test(c.next) || (INDEX_MODIFIERS.test(c.next) && /^(average|index)$/u.test(c.nextAfter))) &&
  !/^(exchange|bourse|market)$/iu.test(c.words[c.words.length - 1]!);

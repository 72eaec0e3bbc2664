// Types a candidate from what it is made of and where it stands: gazetteers, first names, titles,
// organization heads, acronyms. Returns null when nothing speaks for any type.
import type { EntityType } from '../types.js';
import { cueLemma } from '../cues.js';
import {
  isCountry,
  isDemonymWord,
  isLargeCity,
  isMajorPlace,
  lookupLocation,
  namesWaterOfPlace,
  NATIONALITY_NOUNS,
  US_STATE_ABBREVIATIONS,
} from '../gazetteer.js';
import { isCommonWord, isFirstName, isHoliday, isKnownOrganization, isKnownPerson, isVerbForm, singularsOf, tagsOf } from '../lexicon.js';
import { isCompanyWord } from '../description-heads.js';
import { namesPeople } from '../phrase-heads.js';
import { roleOf } from '../roles.js';
import type { Candidate } from './candidates.js';
import { bodyKindBefore, campaignersAfter, namedBeforeBodyWord } from './body-kinds.js';
import { namesFacilitySite } from './facility-sites.js';
import { namesFinancialHouse } from './financial-houses.js';
import { namesUtility } from './utility-names.js';
import { namesIllnessOrEvent } from './coined-names.js';
import { HELD_BY_BODIES } from './apposition.js';
import { COMPANY_OFFICERS, runByCompanyOfficers } from './company-officers.js';
import { namesMarketOrPaper } from './market-press-names.js';
import { namesFirmByAdjective } from './adjective-firms.js';
import { namesWebFirm } from './web-domains.js';
import { namesBodyWithY, namesInitialledBody, namesPairedFirm, namesRomanceBody } from './conjoined-names.js';
import { namesOwnedBody } from './possessive-names.js';
import { placeNamedPerson } from './place-given-names.js';
import { COMMON_ENDING, hasGivenName, isAcronym, looksCommon } from './name-words.js';
import { namesPartyInPlural } from './party-names.js';
import { namesTownSide } from './joined-town-sides.js';
import { namesTitledWork } from './foreign-articles.js';
import {
  KIN,
  GENERATION,
  NUMBERED_FACILITIES,
  NAMED_KINDS,
  KINDS_BEFORE_NAMES,
  TEAM_WORDS,
  SPORT_NAMES,
  EVENT_HEADS,
  OBJECT_HEADS,
  opensPlace,
  endsInPlaceHead,
  LOCATION_HEADS,
  NEWS_ORGANIZATIONS,
  ARMED_GROUPS_AND_SERVICES,
  ORGANIZATION_HEADS,
  opensOrganization,
  PLACE_KINDS,
  COMPANY_FORMS,
  INDUSTRY_HEADS,
  isBankCompound,
  isFieldOfWork,
  LEGISLATURES,
  MEMBER_ACRONYM,
  FAITHS,
  PARTY_WORDS,
  PERSON_TITLES,
} from './vocabulary.js';

const PLACE_BEFORE = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside']);
const EMPLOYER_BEFORE = new Set(['at', 'with']);

// Particles of Dutch and German surnames, ordinary words elsewhere: "Wayde van Niekerk" ("Casa de Narino" is no person).
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter', 'ten']);

const SCORE = /^\d{1,3}(-\d{1,2})?$/u;
const VERSUS = new Set(['v', 'vs', 'vs.', 'beat', 'beats', 'drew', 'lost', 'defeated', 'routed', 'edged', 'thrashed']);

const INNINGS_ORDER = /^(?:first|second|1st|2nd)$/u;

// Who plays for a side: "Surrey captain Chris Lewis", "Milan striker George Weah".
export const SIDE_ROLES = new Set([
  'captain',
  'skipper',
  'coach',
  'manager',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'bowler',
  'batsman',
  'all-rounder',
  'opener',
  'quarterback',
  'pitcher',
  'goaltender',
  'goalie',
  'winger',
  'defenceman',
  'defenseman',
  'wicketkeeper',
  'playmaker',
]);

// The other side of a match: "lost to Hamburg", "drew with Lazio", "a win over Porto".
const PLAYED_AGAINST = new Set([
  'lost to',
  'losing to',
  'drew with',
  'draw with',
  'win over',
  'victory over',
  'defeat to',
  'defeat by',
  'beaten by',
  'lose to',
  'loses to',
  'draws with',
  'draw against',
  'win against',
  'victory against',
  'defeat against',
  'match against',
  'loss to',
  'match between',
  'game between',
]);
// Who runs or owns a company, named after it: "Petofi general manager", "Boeing shareholders".
const COMPANY_ROLES = new Set([...COMPANY_OFFICERS, 'board', 'unit', 'spokesman', 'spokeswoman', 'spokesperson', 'owner', 'executives']);
const GROUP_MEMBERS = new Set(['rebels', 'guerrillas', 'militants', 'fighters', 'gunmen', 'insurgents']);
/** "UN envoy", "AU observers", "IS fighters": a body's people, named after it. */
const peopleAfter = (c: Candidate) => namesPeople(c.next) || roleOf(c.next) !== null || GROUP_MEMBERS.has(c.next) || /^(?:forces|delegation)$/u.test(c.next);
// A club's people: "Palace boss Oliver Glasner", "Porto striker"; a country's side stays the country ("England coach").
const CLUB_ROLES = new Set(['boss', 'coach', 'manager', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper']);
// "Leinster head coach Leo Cullen": a role with its rank.
const clubRole = (c: Candidate) =>
  (CLUB_ROLES.has(c.next) || (/^(?:head|assistant)$/u.test(c.next) && CLUB_ROLES.has(c.nextAfter))) && !isNation(lookupLocation(c.text) ?? '');
// What is bought and held is a company: "shares in Ericsson", "a stake in Volvo".
const HELD_IN = new Set(['shares in', 'shares of', 'stake in', 'stock of', 'holding in', 'stakes in']);

// Nations that field their own sides without being states the country data lists: "England beat
// Pakistan" is England's side, named as the nation, like any country's. So are states of the news
// that the data names otherwise or no longer lists ("Turkey" is "Türkiye" there).
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland', 'Turkey', 'Yugoslavia', 'Zaire', 'Burma', 'Soviet Union', 'Czechoslovakia']);
/** A country, or a nation that plays as one: its side is named as the place. */
export const isNation = (place: string) => isCountry(place) || HOME_NATIONS.has(place);

// Words of sports reports, and the names of sports: a document with several of them is one.
const SPORT_WORDS =
  /\b(?:match(?:es)?|goals?|striker|midfielder|goalkeeper|coach|league|cup|innings|wickets?|batsman|bowler|homer(?:ed|s)?|inning|pitcher|halftime|half-time|seeded|tournament|championship|season|scored|draw|drew|beat|defeated|quarter-?finals?|semi-?finals?|points|club|players?|team|captain|race|lap|olympic|champions?|medal|games|standings|victory|win|won)\b/giu;
const SPORTS =
  /\b(?:soccer|football|cricket|rugby|tennis|golf|baseball|basketball|hockey|athletics|boxing|cycling|skiing|motor racing|formula one|nfl|nba|nhl)\b/iu;

/** Whether the text reads as a sports report: four distinct sports words, or a sport named and two. */
export function isSportsReport(text: string): boolean {
  const words = new Set((text.match(SPORT_WORDS) ?? []).map((w) => w.toLowerCase()));
  return words.size >= 4 || (words.size >= 2 && SPORTS.test(text));
}

/** A place named as a sports side: "Essex 372", "Surrey beat Kent", "Somerset v Derbyshire", "Surrey captain",
 *  "the match between Kent and …", "Kent first innings". */
export function playsAsTeam(c: Candidate): boolean {
  return (
    SIDE_ROLES.has(c.next) ||
    (INNINGS_ORDER.test(c.next) && c.nextAfter === 'innings') ||
    PLAYED_AGAINST.has(`${c.prevBefore} ${c.prev}`) ||
    (SCORE.test(c.next) && !/^(per|percent|km|miles|people|years|kg|metres|meters|degrees)$/u.test(c.nextAfter)) ||
    VERSUS.has(c.next) ||
    VERSUS.has(c.prev) ||
    afterScore(c)
  );
}

/** "Japan's Akane Yamaguchi beat …": after a nation's possessive, a name whose place is no major one
 *  ("Yamaguchi" is a city and a surname) is the nation's player, not a club ("Russia's Spartak Moscow"). */
export const playerOfNation = (c: Candidate) =>
  /^['’]s$/u.test(c.prev) && isNation(lookupLocation(c.prevBefore) ?? '') && !c.words.some((w) => isMajorPlace(w) || TEAM_WORDS.has(w.toLowerCase()));

/** "drew 0-0 with Altay", "a 2-1 win over Porto": the other side, after the score. */
const afterScore = (c: Candidate) => /^(with|against|over|by|to)$/u.test(c.prev) && /^\d{1,2}-\d{1,2}$/u.test(c.prevBefore);

/** "indians", "bulls", "riders": a plural by the lexicon, or a people's in the plural. */
const isPluralNoun = (lower: string) => tagsOf(lower).includes('Plural') || (lower.endsWith('s') && isDemonymWord(lower));

/** "chiefs", "pirates", "sundowns": a plural by the lexicon, or a word it does not know with a plural's ending. */
const endsInPlural = (lower: string) => {
  const tags = tagsOf(lower);
  return tags.includes('Plural') || (tags.length === 0 && /[^aiosu]s$/u.test(lower));
};

/** "the Scot", "a Spaniard": a person named by nationality, no one's name ("Scot Peterson" is). */
const byNationality = (c: Candidate) => c.words.length === 1 && /^(the|a|an)$/u.test(c.prev) && NATIONALITY_NOUNS.has(c.words[0]!.toLowerCase());

/** "Sri Lankans", "Roman Catholic", "Shi'ite Moslems", "Lutheran": a nation's people or a faith, in one
 *  word or more, each a demonym or a faith's word. */
const namesNation = (words: string[]) => {
  const faith = (w: string) => FAITHS.has(w.toLowerCase().replace(/s$/u, ''));
  return isDemonymWord(words.join(' ')) || faith(words.join(' ')) || words.every((w) => isDemonymWord(w) || faith(w));
};

/** "OpenAI", "AeroSystems": a capital inside a word after a stem of three letters or more, no given name. */
export const isBrandSpelling = (word: string) => {
  const stem = /^(?!Mac|Fitz)(\p{Lu}\p{Ll}{2,})\p{Lu}/u.exec(word)?.[1];
  // "@JohnMelloy": a handle that opens with a given name is a person's.
  return !!stem && !isFirstName(stem);
};

/** "Upjohn of Kalamazoo", "Espanyol of Barcelona": a word of no other use, then "of" and the place it is from. */
const firmOfPlace = (c: Candidate) => {
  const word = c.words[0]!;
  return (
    c.words.length === 1 &&
    c.next === 'of' &&
    !!lookupLocation(c.nextAfter) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(word) &&
    !isCommonWord(word) &&
    !isFirstName(word) &&
    !isKnownPerson(word) &&
    !lookupLocation(word) &&
    // "Duke of Norfolk", "Democrat of Ohio": a rank or a party's member is someone's.
    !PERSON_TITLES.has(word.toLowerCase()) &&
    !RANKS.test(word) &&
    // "Spokeswomen of Harlow Foods": people acting for a body.
    ![word.toLowerCase(), ...singularsOf(word.toLowerCase())].some((w) => namesPeople(w) || roleOf(w) !== null) &&
    !PARTY_WORDS.has(word.toLowerCase())
  );
};
const RANKS = /^(?:Duke|Duchess|Earl|Count|Countess|Baron|Baroness|Marquis|Marquess|Viscount|Archduke|Archbishop|Bishop|Emir|Sultan|Khan)$/u;

/** A title or honorific before a given name and a surname ("captain Stuart Law"), or an initial and a surname ("S. Law"). */
const titledGivenName = (c: Candidate) =>
  c.words.length === 2 && (((c.titles.length > 0 || c.honorific) && isFirstName(c.words[0]!)) || /^\p{Lu}\.$/u.test(c.words[0]!));

/** A people ("Israelis"), a common noun in initials ("CEO") or an event, law or plan ("World War II",
 *  "Clean Power Plan"): whatever else speaks for a type, no person, organization or place. */
export function namesNoEntity(c: Candidate): boolean {
  const words = c.words;
  const last = words[words.length - 1]!.toLowerCase();
  if (namesNoOne(c)) return true;
  if (words.length === 1) return namesOrdinaryInitials(c);
  if (titledGivenName(c)) return false;
  return EVENT_HEADS.has(last) || OBJECT_HEADS.has(last) || (GENERATION.test(last) && EVENT_HEADS.has(words[words.length - 2]!.toLowerCase()));
}

/** "Unions threatened strikes", "Councils warned": bodies in the plural, alone, are no name. */
const pluralOfBody = (word: string) => /^\p{Lu}\p{Ll}+s$/u.test(word) && singularsOf(word.toLowerCase()).some((s) => ORGANIZATION_HEADS.has(s));

/** "Storm Darragh", "Hurricane Milton", "Tropical Storm Alberto": weather is no person, body or place. */
export const STORM_WORDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);
export function namesStorm(words: string[]): boolean {
  const at = words.findIndex((w) => STORM_WORDS.has(w.toLowerCase()));
  return at >= 0 && at <= 1 && at < words.length - 1;
}

/** A people ("Israeli", "the Serb"), a storm, an illness or event by its coined word ("Covid", "Brexit"), a holiday alone or bodies in the plural alone: no one's name. */
function namesNoOne(c: Candidate): boolean {
  const words = c.words;
  if ((namesNation(words) && !firmOfDemonyms(c)) || byNationality(c) || namesStorm(words) || namesIllnessOrEvent(words) || newsroomPost(words)) return true;
  return (words.length === 1 && (isHoliday(words[0]!) || pluralOfBody(words[0]!) || officeAlone(c))) || lettered(words);
}

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
const lettered = (words: string[]) => words.length === 2 && /^\p{Lu}$/u.test(words[1]!) && !isFirstName(words[0]!) && !isKnownPerson(words[0]!);

/** "the Leader said", "Leader of the Islamic Revolution Ayatollah …", "President: …": an office word
 *  alone names its holder by role, no entity of its own. */
const OFFICES_ALONE = new Set('leader president minister premier chancellor speaker governor mayor ambassador envoy chairman chairwoman'.split(' '));
const officeAlone = (c: Candidate) => OFFICES_ALONE.has(c.words[0]!.toLowerCase()) && (c.prev === 'the' || /^(of|:|['’]s?)$/u.test(c.next));

const CONNECTORS = new Set(['of', 'for', 'to', 'on']);
/** "Department of Agriculture", "League for Democracy", "Organisation of Islamic Conference": a word
 *  organizations are called by before the connector heads the name, whatever ends it. */
const headBeforeConnector = (lower: string[]) => lower.some((w, i) => i > 0 && CONNECTORS.has(w) && isHeadWord(lower[i - 1]!));
/** "Council", and "Centers" in "Centers for Disease Control": a head in the singular or plural. */
const isHeadWord = (lower: string) => ORGANIZATION_HEADS.has(lower) || (lower.endsWith('s') && ORGANIZATION_HEADS.has(lower.slice(0, -1)));

/** "… Ministry" or a head before its connector (see above). */
export function headedAsOrganization(named: string[]): boolean {
  // "Lok Janshakti Party (Ram Vilas)": the head stands before the bracket that goes on with the name.
  const words = named.length > 2 && /^\(.+\)$/u.test(named[named.length - 1]!) ? named.slice(0, -1) : named;
  if (words.length < 2) return false;
  const lower = words.map((w) => w.toLowerCase());
  return (
    ORGANIZATION_HEADS.has(lower[lower.length - 1]!) ||
    isBankCompound(words[words.length - 1]!) ||
    isFieldOfWork(words[words.length - 1]!) ||
    endsInInitials(words) ||
    headBeforeConnector(lower)
  );
}

/** "the Knesset", "the Lok Sabha": a parliament known by its own word is an organization, whatever its words look like. */
const namesLegislature = (c: Candidate) => LEGISLATURES.has(c.words.join(' ').toLowerCase());

/** "Lloyds TSB", "Fitch IBCA": initials of three capitals or more close a firm's name, not a person's
 *  (honours, members and numerals aside: "Ann Roe OBE", "Tom Hale MP", "Henry VIII") nor a region's ("Hong Kong SAR"). */
const endsInInitials = (words: string[]) => {
  const last = words[words.length - 1]!;
  // After names only, written in lower case (in capitals every word looks like initials), that are no
  // ordinary word nor place: "Diluted EPS", "Publisher VNU", "London LIFFE" are no firm's names.
  const before = words.slice(0, -1);
  if (!before.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !looksCommon(w) && !/\p{Ll}(?:ed|ing)$/u.test(w) && !lookupLocation(w))) return false;
  return /^[A-Z]{3,5}$/u.test(last) && !/^[IVXLC]+$/u.test(last) && !NO_FIRM_INITIALS.has(last) && !MEMBER_ACRONYM.test(last);
};
const NO_FIRM_INITIALS = new Set(['OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'PHD', 'ESQ', 'JNR', 'SNR', 'SAR']);

/** "lead manager Halvard Bank AG", "adviser Brenner Securities": a name closed by a company's form, its
 *  industry or a bank is a firm's, whatever role stands before it. */
const endsAsFirm = (words: string[]) => {
  const last = words[words.length - 1]!;
  return words.length > 1 && (COMPANY_FORMS.has(last.toLowerCase()) || INDUSTRY_HEADS.has(last.toLowerCase()) || last === 'Bank' || isBankCompound(last));
};

/** "cables giant Pirelli", "the journal Nature", "carmaker Kia", "publisher Wolters Kluwer": the kind of
 *  organization right before the name ("playmaker" and "lawmaker" are people, "carmaker" is listed). */
const isKindBefore = (c: Candidate) => NAMED_KINDS.has(c.prev) || (isCompanyWord(c.prev) && !/maker$/u.test(c.prev)) || bodyKindBefore(c);

/** "drugmaker Eli Lilly", "U.S. bank Morgan Stanley": a kind of organization right before a name, with no
 *  determiner before it, or one of the kinds only organizations are called by ("the journal Nature"). */
export const kindBeforeName = (c: Candidate) =>
  (NAMED_KINDS.has(c.prev) || (KINDS_BEFORE_NAMES.has(c.prev) && !/^(?:the|a|an|this|that|its|their|his|her)$/u.test(c.prevBefore))) &&
  // "broadcaster Margaret Quinn": a person may broadcast too.
  !(c.prev === 'broadcaster' && isFirstName(c.words[0]!));

/** "retailer Nordstrom", "shares of Nordstrom", "Nordstrom stock": a company beyond doubt, even where
 *  a person bears the name ("a Stein spokeswoman" may speak for a person). */
export function tradedAsCompany(c: Candidate): boolean {
  return isKindBefore(c) || heldAsShares(c) || c.next === 'stake';
}

/** "shares in Nordstrom", "a stake in Volvo", "Ericsson shares": what is bought and held is a company. */
export const heldAsShares = (c: Candidate) => HELD_IN.has(`${c.prevBefore} ${c.prev}`) || /^(shares|stock)$/u.test(c.next);

/** What the words around a name say it is: "cables giant Pirelli", "Ericsson shares", "a stake
 *  in Volvo", "Boeing chairman", "Kia spokesman", "Zycie Warszawy daily". */
export function saidToBeOrganization(c: Candidate): boolean {
  return (
    tradedAsCompany(c) ||
    /^(newspaper|daily|weekly|magazine|tabloid)$/u.test(c.next) ||
    COMPANY_ROLES.has(c.next) ||
    clubRole(c) ||
    COMPANY_ROLES.has(`${c.next} ${c.nextAfter}`) ||
    // "Tupac Amaru rebels", "Shining Path guerrillas": a group's fighters, named after it (one word
    // is as often a people: "Tutsi rebels").
    (c.words.length > 1 && GROUP_MEMBERS.has(c.next) && !lookupLocation(c.text)) ||
    campaignersAfter(c, (w) => isDemonymWord(w) || PARTY_WORDS.has(w.toLowerCase()) || isKnownPerson(w) || isFirstName(w) || !!lookupLocation(w)) ||
    // "Nordair grounded its fleet": a lone unknown word that owns with "its" is no person.
    (c.itsAfter && c.words.length === 1 && !isKnownPerson(c.text) && !isFirstName(c.text) && !tagsOf(c.text.toLowerCase()).includes('Adjective'))
  );
}

/** "the town of Tavildara", "the mayor of Port Ellis": the kind of place, or its mayor, before "of". */
const kindOfPlaceBefore = (c: Candidate) => c.prev === 'of' && (PLACE_KINDS.has(c.prevBefore) || c.prevBefore === 'mayor');

/** An exchange, a paper or broadcaster, a firm named by a pair or an adjective, a body its initials
 *  open, one named past a word in "'s" or a Romance opener begins, a name holding "y": an organization by its own words (the last
 *  two unless a title or an honorific makes it a person's). */
const bodyByItsWords = (c: Candidate) =>
  namesMarketOrPaper(c.words) ||
  namesPairedFirm(c.words) ||
  namesInitialledBody(c.words) ||
  namesOwnedBody(c.words) ||
  namesRomanceBody(c.words) ||
  namesWebFirm(c.words) ||
  ARMED_GROUPS_AND_SERVICES.has(c.words.join(' ').toLowerCase()) ||
  ((namesBodyWithY(c.words) || namesFirmByAdjective(c.words) || brandInName(c.words)) && !c.titles.length && !c.honorific);

/** "EF Education-EasyPost": a brand's spelling after a hyphen inside a longer name (a cycling team's
 *  sponsors) is no person's; a given name spelt so stays one ("MaliVai Edwards"). */
const brandInName = (words: string[]) =>
  words.length > 1 && words.some((w) => w.split('-').some((part, i) => i > 0 && /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u.test(part) && isBrandSpelling(part)));

/** The type a name's kind gives it beyond doubt, by its words or those right around it: where a
 *  facility stands ("its Mary River mine"), a sport's governing body ("Cricket Namibia"), a bank named
 *  after its founders ("Merrill Lynch"), a utility named after its region ("Thames Water"), a firm its officers follow ("Lilly chief executive David
 *  Ricks", "Fletcher Challenge shareholders"; a titled name stays a person's). */
function typeByKind(c: Candidate): EntityType | null {
  if (namesFacilitySite(c) || namesWaterOfPlace(c.words)) return 'LOCATION';
  if (namesSportsBody(c.words) || namesFinancialHouse(c.words) || namesUtility(c.words)) return 'ORGANIZATION';
  return runByCompanyOfficers(c) && !c.titles.length && !c.honorific ? 'ORGANIZATION' : null;
}

/** Whether the words around or inside the name decide its type beyond doubt: a title ("Mr.",
 *  "President"), a place's kind ("the town of …"), a table of results, "&", a generational suffix. */
export function typeIsDecided(c: Candidate): boolean {
  const last = c.words[c.words.length - 1]!.toLowerCase();
  return (
    c.teamInTable ||
    c.scorer ||
    namesLegislature(c) ||
    c.honorific ||
    (c.titles.length > 0 && !endsAsFirm(c.words)) ||
    c.describedAs !== null ||
    kindOfPlaceBefore(c) ||
    typeByKind(c) !== null ||
    countryByInitials(c) ||
    bodyByItsWords(c) ||
    c.words.includes('&') ||
    (c.words.length > 1 && GENERATION.test(last)) ||
    townBeforeState(c) ||
    homeOfPeople(c) ||
    employerAfterRole(c) ||
    headedByMinister(c) ||
    theAcronym(c) ||
    agedAfter(c) ||
    roleBeforeSpeaker(c) ||
    speakingScotsSurname(c) ||
    actsAsBody(c) ||
    namesPartyInPlural(c.words) ||
    namesTownSide(c.words) ||
    firmOfPlace(c) ||
    firmOfDemonyms(c)
  );
}

/** "Cricket Namibia", "Athletics Kenya", "USA Swimming", "British Cycling": a sport and a nation or region
 *  (its name, initials or demonym) name the sport's governing body, whatever a given name or place in it suggests. */
export function namesSportsBody(words: string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const sportFirst = SPORT_NAMES.has(words[0]!.toLowerCase());
  if (!sportFirst && !SPORT_NAMES.has(words[words.length - 1]!.toLowerCase())) return false;
  const rest = sportFirst ? words.slice(1) : words.slice(0, -1);
  return !!lookupLocation(rest.join(' ')) || (!sportFirst && rest.length === 1 && isDemonymWord(rest[0]!));
}

/** "US officials said", "the UK regulator": a country's initials are the country wherever they stand. */
const countryByInitials = (c: Candidate) => /^[A-Z]{2,3}$/u.test(c.text) && isCountry(lookupLocation(c.text) ?? '');

/** Whether the first one to three words of a longer name are a nation's name or initials ("SA", "New Zealand"). */
const nationOpens = (words: string[]) => [1, 2, 3].some((k) => k < words.length && isNation(lookupLocation(words.slice(0, k).join(' ')) ?? ''));

/** "the BSE", "the RBI said": an acronym of three to five capitals after "the" names a body (nine in
 *  ten times in Reuters news; "the GDP" is an ordinary word's). */
const theAcronym = (c: Candidate) =>
  c.prev === 'the' && /^[A-Z]{3,5}$/u.test(c.text) && !isCommonWord(c.text.toLowerCase()) && !isCommonWord(c.text.toLowerCase().replace(/s$/u, ''));

/** "Minister of Finance", "Minister for Foreign Affairs", "Minister for Roads and Transport": what a
 *  minister heads is a ministry. */
const headedByMinister = (c: Candidate) =>
  (c.prev === 'of' || c.prev === 'for') &&
  c.prevBefore === 'minister' &&
  (c.words.length <= 2 || (c.words.includes('and') && c.words.length <= 6)) &&
  !lookupLocation(c.text);

/** "chief economist at Stifel", "an analyst with Jefferies": where a person works, a name no
 *  gazetteer knows, is an organization. */
// Market reports' people, named by their trade: "brokers at Corretora Itaparica", "a dealer with Penta";
// and a body's people: "workers at Gazprom", "its members at Lukoil".
const MARKET_TRADES = /^(?:brokers?|dealers?|workers|employees|staff|members|executives|sources|shareholders|miners|engineers|managers)$/u;
const employerAfterRole = (c: Candidate) =>
  EMPLOYER_BEFORE.has(c.prev) &&
  (roleOf(c.prevBefore) !== null || MARKET_TRADES.test(c.prevBefore)) &&
  !lookupLocation(c.text) &&
  !LOCATION_HEADS.has(c.words[c.words.length - 1]!.toLowerCase()) &&
  !/^['’]s?$/u.test(c.next);

/** "analysts at Morgan Stanley", "shares of Barclays", "investment banks Lazard": words before a name
 *  that say it is a firm's (and of each name listed after it: "analysts at Hoare Govett and James Capel"). */
export const firmContextBefore = (c: Candidate) => employerAfterRole(c) || HELD_IN.has(`${c.prevBefore} ${c.prev}`) || kindBeforeName(c);

/** "the Tavares family", "the Wright brothers": a surname the family bears, whatever else it names. */
export const namesFamily = (c: Candidate) => c.prev === 'the' && /^(family|clan|brothers|sisters)$/u.test(c.next);

/** "Anglo American rejected the bid", "London Irish beat Bristol": a name of words of no person's
 *  name ending in a people's adjective that acts is a body, not an adjective. */
const actsAsBody = (c: Candidate) =>
  c.words.length > 1 &&
  !isFirstName(c.words[0]!) &&
  !c.titles.length &&
  // "North Africans were held" is a people; "the first African American to serve", "African American votes" a person or an adjective.
  /^\p{Lu}\p{Ll}+[^s]$/u.test(c.words[c.words.length - 1]!) &&
  isDemonymWord(c.words[c.words.length - 1]!) &&
  (/^\p{Ll}{3,}ed$/u.test(c.next) || !!cueLemma(c.next) || /^(?:beat|won|lost|drew|sold|bought|took|made)$/u.test(c.next));

/** "SoftBank founder Masayoshi Son said": a name of two or three words between a person's role (no
 *  role a body holds too: "rival", "adviser") and a verb of speech is the person's, whatever its words mean. */
const roleBeforeSpeaker = (c: Candidate) =>
  c.words.length >= 2 &&
  c.words.length <= 3 &&
  roleOf(c.prev) !== null &&
  // (a founder right before a name is a person: "SoftBank founder Masayoshi Son")
  (!HELD_BY_BODIES.test(c.prev) || /^(?:co-?)?founder$/u.test(c.prev)) &&
  !!cueLemma(c.next) &&
  !lookupLocation(c.text) &&
  !headedAsOrganization(c.words);

/** "Berg, 45, told …": a name with an age set off by commas after it is a person's. */
const agedAfter = (c: Candidate) =>
  c.next === ',' && /^(1[5-9]|[2-9]\d|10\d)$/u.test(c.nextAfter) && !lookupLocation(c.text) && c.prev !== 'of' && !PLACE_BEFORE.has(c.prev);

/** "Hichilema, who won the election, said": "who" is said of a person, here a lone word of no other
 *  use (a place's side takes "who" in sports reports: "Leeds, who lost"). */
const whoAfter = (c: Candidate) =>
  c.words.length === 1 && c.next === ',' && c.nextAfter === 'who' && !isAcronym(c.text) && !isCommonWord(c.text) && !lookupLocation(c.text);

/** "a councillor from Leeds", "teachers in Lyon": a known place after people and "from" or "in" is
 *  where they live or work, not a club (a side is "the Leeds striker"). */
const homeOfPeople = (c: Candidate) =>
  (c.prev === 'from' || c.prev === 'in') && (namesPeople(c.prevBefore) || roleOf(c.prevBefore) !== null) && !!lookupLocation(c.text);

/** "of Ashton, Md.", "in Flint, Mich.": a town before its state's abbreviation. */
const townBeforeState = (c: Candidate) => (c.next === ',' && STATE_ABBREVIATIONS.has(c.nextAfter) && c.words.length <= 3) || townBeforeItsOffice(c);

/** "Bartley Mayor Tom Becker", "Kerrow County Sheriff": a name before an office only a town or county
 *  holds is that place (a given name first makes a person: "Ann Mayor"). */
const townBeforeItsOffice = (c: Candidate) => c.words.length <= 3 && LOCAL_OFFICES.has(c.next) && !isFirstName(c.words[0]!) && !isKnownOrganization(c.text);
const LOCAL_OFFICES = new Set(['mayor', 'sheriff', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'aldermen']);

/** "McLenney said": a lone Mc- or Mac- surname that speaks is a person, however rare the name. */
const speakingScotsSurname = (c: Candidate) => c.words.length === 1 && /^Ma?c\p{Lu}\p{Ll}+$/u.test(c.words[0]!) && !!cueLemma(c.next);

/** The abbreviations of the U.S. states news writes after a town, lower-cased, with or without the period. */
const STATE_ABBREVIATIONS = new Set(
  [...US_STATE_ABBREVIATIONS.keys()].flatMap((a) => {
    const bare = a.toLowerCase().replace(/\.$/u, '');
    return [bare, `${bare}.`];
  }),
);

/** "Alzheimer's disease", "Down's syndrome": a disease named after its discoverer is no one's name. */
export const namesDisease = (c: Candidate) => /^['’]s$/u.test(c.next) && /^(?:disease|syndrome|palsy|sarcoma|lymphoma)$/u.test(c.nextAfter);

/** Common nouns written in initials: "the CEO said", "the IPO", "AI demand" name no one (not "CCTV"
 *  nor "CPI", which also name a broadcaster and a party). */
const ORDINARY_INITIALS = new Set(
  'ai ceo ceos cfo cfos coo cto ipo ipos etf etfs gdp eps agm ev evs suv suvs gps dna rna hiv mri atm atms tv ngo ngos vip vips diy lgbt lgbtq ufo ufos faq'.split(
    ' ',
  ),
);
export const namesOrdinaryInitials = (c: Candidate) => c.words.length === 1 && ORDINARY_INITIALS.has(c.words[0]!.toLowerCase());

/** "the Hang Seng index", "the Straits Times index", "the Dow Jones industrial average": a market
 *  index is named after a firm or place, but is neither (an exchange's index names the exchange:
 *  "the American Stock Exchange index"). */
export const namesIndex = (c: Candidate) =>
  (/^(index|indices|indexes)$/u.test(c.next) ||
    (/^(industrial|composite|all-share|transportation|utilities)$/u.test(c.next) && /^(average|index)$/u.test(c.nextAfter))) &&
  !/^(exchange|bourse|market)$/iu.test(c.words[c.words.length - 1]!);

/** "top of the American League", "SCOTTISH LEAGUE RESULTS", a table's "ATLANTIC DIVISION": in a sports
 *  report a league or its division is the competition, no body nor place, unless it acts ("The Eastern
 *  League fined Ottawa", "the Premier League said"). */
export const namesCompetition = (c: Candidate) =>
  c.words.length > 1 && /^(?:league|division)$/iu.test(c.words[c.words.length - 1]!) && !isVerbForm(c.next) && !cueLemma(c.next);

/** "Mumbai Indians", "Chicago Bulls", "Kolkata Knight Riders": a city, then words ending in a plural,
 *  names a side or a firm ("Golan Heights", "Cayman Islands" end in a place's head); after "the", so
 *  does a word the lexicon lacks with a plural's ending ("the Houston Rockets"). */
function namesCitySide(c: Candidate): boolean {
  const { words } = c;
  const last = words[words.length - 1]!.toLowerCase();
  return (
    words.length > 1 &&
    words.length <= 3 &&
    isLargeCity(words[0]!) &&
    (isPluralNoun(last) || (c.prev === 'the' && endsInPlural(last))) &&
    !LOCATION_HEADS.has(last.replace(/s$/u, '')) &&
    !LOCATION_HEADS.has(last)
  );
}

/** "Roda JC", "Lierse SK": initials after a word of a name, in a name not all in capitals, are a
 *  club's or a firm's (a person's come first: "JD Vance"; numerals and members' letters are no
 *  initials: "Willem II", "Ann Lowe MP"; "the Chicago PMI" is a survey). */
const initialsAfterName = ({ words, prev }: Candidate) =>
  prev !== 'the' &&
  words.some((w) => /\p{Ll}/u.test(w)) &&
  words.slice(1).some((w) => /^\p{Lu}{2,4}$/u.test(w) && !/^[IVXL]+$/u.test(w) && !MEMBER_ACRONYM.test(w));

/** "the Garissa II solar plant", "Olkaria IV station": a place and a numeral before a facility, or a
 *  place's name and a numeral, name a site, not a person ("Elizabeth II", "John Paul II" are given names). */
function numberedSite(c: Candidate): boolean {
  const { words } = c;
  if (words.length < 2 || !/^[IVX]+$/u.test(words[words.length - 1]!) || isFirstName(words[0]!)) return false;
  return NUMBERED_FACILITIES.has(c.next) || !!lookupLocation(words.slice(0, -1).join(' '));
}

export function classify(c: Candidate): EntityType | null {
  if (namesIndex(c) || namesOrdinaryInitials(c)) return null;
  // A country's side is still the country; any other side is a club.
  if (c.teamInTable) return isNation(lookupLocation(c.text) ?? '') ? 'LOCATION' : 'ORGANIZATION';
  if (namesLegislature(c)) return 'ORGANIZATION';
  if (c.onlyIfKnown) return null;
  const words = c.words;
  if (firmOfDemonyms(c)) return 'ORGANIZATION';
  // "Israeli", "Iraqis said": a people is no one's name, nor a storm, a holiday or bodies in the plural.
  if (namesNoOne(c)) return null;
  const lastWord = words[words.length - 1]!.toLowerCase();
  const whole = words.join(' ');
  if (numberedSite(c)) return 'LOCATION';
  // A generational suffix ends a person's name: "Vann R. Newkirk II", "Martin Luther King Jr." (not "World War II").
  if (words.length > 1 && GENERATION.test(lastWord)) return EVENT_HEADS.has(words[words.length - 2]!.toLowerCase()) ? null : 'PERSON';
  // "captain Stuart Law", "S. Law": a titled given name or an initial, and a surname, is a person's, whatever the surname means.
  if ((EVENT_HEADS.has(lastWord) || OBJECT_HEADS.has(lastWord)) && words.length > 1 && !titledGivenName(c))
    return headBeforeConnector(words.map((w) => w.toLowerCase())) ? 'ORGANIZATION' : null;
  if (words.includes('&')) return 'ORGANIZATION'; // "Douglas & Lomason", "Procter & Gamble"
  // "on the Nasdaq", "Handelsblatt reported": an exchange or a paper, whatever person its words may name.
  if (bodyByItsWords(c)) return 'ORGANIZATION';
  const byKind = typeByKind(c);
  if (byKind) return byKind;
  // "Brighton and Hove Albion": a side named after two towns, whatever given names the towns are.
  if (namesTownSide(words)) return 'ORGANIZATION';
  if (c.honorific || (c.titles.length > 0 && !endsAsFirm(words))) return 'PERSON';
  // "Budimex, a construction firm,": what the apposition calls it outweighs what its words look like.
  if (c.describedAs) return c.describedAs;
  // "the Islamic State group", "The Wagner group claimed": a name before a lower-case word for a body is that body.
  if (namedBeforeBodyWord(c)) return 'ORGANIZATION';
  // "the Tavares family" (but "Shares of Halvorsen … the Halvorsen family" may still be the company's).
  if (namesFamily(c)) return 'PERSON';
  // A match summary's scorers: "Falkirk 1 (Robertson 55)", whatever else the name may be.
  if (c.scorer) return 'PERSON';
  // A cricket scorecard: "c Vaas b Muralitharan 22", "Vass 7-0-29-0" (overs-maidens-runs-wickets).
  if ((/^(c|b|st|lbw)$/u.test(c.prev) && words.length <= 3) || /^\d+-\d+-\d+-\d+$/u.test(c.next)) return 'PERSON';
  // An initial and a surname: "S. Waugh", "J. K. Rowling" (not a body named after one: "S. Rajaratnam School of …").
  if (words.length > 1 && /^\p{Lu}\.$/u.test(words[0]!) && !headedAsOrganization(words)) return 'PERSON';
  // "analysts at Morgan Stanley": where people work outweighs a given name in its name too.
  if (employerAfterRole(c)) return 'ORGANIZATION';
  // "investment banks Morgan Stanley", "drugmaker Eli Lilly": a kind of organization before it outweighs
  // a given name in it ("the company Jeff Bezos founded" is a clause).
  if (words.length > 1 && kindBeforeName(c) && !c.titles.length) return 'ORGANIZATION';
  // "Liberal Democrats said": a party named for its members, not two persons' names.
  if (namesPartyInPlural(words)) return 'ORGANIZATION';
  // "the Charlotte Hornets": a city's side after "the", though the city is a given name too.
  if (c.prev === 'the' && namesCitySide(c)) return 'ORGANIZATION';
  // "Wayne State University School of Medicine", "James Bay" are no persons for their first words.
  if (hasGivenName(words) && !headedAsOrganization(words) && !endsInPlaceHead(words) && !lookupLocation(whole)) return 'PERSON';
  if (placeNamedPerson(c)) return 'PERSON';
  // "His wife, Linda,", "Kowalski's son, Ryan,": a given name set beside a kin word is a person.
  if (words.length === 1 && isFirstName(words[0]!) && c.prev === ',' && KIN.has(c.prevBefore)) return 'PERSON';
  if (agedAfter(c) || whoAfter(c) || roleBeforeSpeaker(c)) return 'PERSON';
  if (headedByMinister(c)) return 'ORGANIZATION';
  // "the town of Tavildara", "the Kurdish city of Arbil": the kind of place says what it is.
  if (kindOfPlaceBefore(c)) return 'LOCATION';
  if (townBeforeState(c) || homeOfPeople(c)) return 'LOCATION';
  if (speakingScotsSurname(c)) return 'PERSON';
  const place = lookupLocation(c.text) ?? lookupLocation(whole);
  // People speak; small towns rarely do: "Obama said" is not the Japanese city.
  if (place && words.length === 1 && !isMajorPlace(whole) && !isMajorPlace(place) && cueLemma(c.next) && !PLACE_BEFORE.has(c.prev)) return 'PERSON';
  // A city or county can name a side ("Essex 372"); a country's side is still the country.
  if (HELD_IN.has(`${c.prevBefore} ${c.prev}`) && !isCountry(place ?? '')) return 'ORGANIZATION';
  if (place) return playsAsTeam(c) && !isNation(place) ? 'ORGANIZATION' : 'LOCATION';
  // "May 18 v Worcestershire", "Kent 108-3" (runs for wickets, ten at most; "Chen Yufei 21-15" is a
  // player's game): a side, whatever the name.
  if ((c.prev === 'v' || c.next === 'v' || /^\d{2,3}-(?:\d|10)$/u.test(c.next) || afterScore(c)) && !isFirstName(words[0]!)) return 'ORGANIZATION';
  if (NEWS_ORGANIZATIONS.has(whole.toLowerCase())) return 'ORGANIZATION';
  // "the Government", "the Party": a head noun alone is a common noun, capitalised.
  if (words.length === 1 && ORGANIZATION_HEADS.has(lastWord)) return null;
  if (ORGANIZATION_HEADS.has(lastWord) || headedAsOrganization(words) || opensOrganization(words[0]!) || isKnownOrganization(whole)) {
    return 'ORGANIZATION';
  }
  if ((words.length > 1 && LOCATION_HEADS.has(lastWord)) || opensPlace(words)) return 'LOCATION';
  if (words.length > 1 && words.some((w) => TEAM_WORDS.has(w.toLowerCase()) || SPORT_NAMES.has(w.toLowerCase()))) return 'ORGANIZATION';
  // An unexplained acronym is an organization when something says so: "the IAEA", "IAEA said", "IS
  // claimed", or its people after it ("UN envoy", "AU observers", "EC chair"). Dotted acronyms
  // ("U.N.") always are; bare capitals ("GDP", "RBI") may be anything.
  if (words.length === 1 && isAcronym(words[0]!) && (/\./u.test(words[0]!) || c.prev === 'the' || cueLemma(c.next) || peopleAfter(c))) return 'ORGANIZATION';
  // "cables giant Pirelli", "airline El Al", "Ericsson shares": what kind of thing it is, said around it.
  if (saidToBeOrganization(c) && !isFirstName(words[0]!)) return 'ORGANIZATION';
  if (firmOfPlace(c)) return 'ORGANIZATION';
  if (isKnownPerson(whole)) return 'PERSON';
  // "Rotor Volgograd beat …", "Spartak Moscow 2": a name with a city in it, playing, is a club.
  // "Kaizer Chiefs drew 1-1", "Mamelodi Sundowns beat …": so is one ending in a plural (a surname has no plural's ending).
  if (words.length > 1 && playsAsTeam(c) && (words.some((w) => !!lookupLocation(w)) || endsInPlural(lastWord)) && !isFirstName(words[0]!) && !playerOfNation(c))
    return 'ORGANIZATION';
  if (namesCitySide(c)) return 'ORGANIZATION';
  // "SA Rugby", "Hong Kong Standard": a nation before words of no person's name names its body, paper or firm.
  if (words.length > 1 && !isFirstName(words[0]!) && nationOpens(words)) return 'ORGANIZATION';
  if (actsAsBody(c)) return 'ORGANIZATION';
  if (namesTitledWork(words)) return 'ORGANIZATION';
  if (words.length > 1) {
    if (initialsAfterName(c)) return 'ORGANIZATION';
    // Unknown words make a person's name, unless one of them is a place ("Lebed Chechnya").
    // The first word may be a common noun that is also a given name ("Bill Clinton", "Rose Hall").
    if (
      words.length <= 4 &&
      !words.slice(1).some((w) => looksCommon(w) && !SURNAME_PARTICLES.has(w)) &&
      !COMMON_ENDING.test(words[0]!.toLowerCase()) &&
      !words.some((w) => isMajorPlace(w))
    ) {
      return 'PERSON';
    }
    // "Marijke de Vries", "Joao da Silva": a surname's particle between unknown words joins a person's
    // names, unless an article stands before ("the ornate Casa de Narino palace").
    if (particleBetweenNames(words) && ![c.prev, c.prevBefore].some((w) => /^(the|a|an)$/iu.test(w))) return 'PERSON';
    return words.length >= 3 ? 'ORGANIZATION' : null;
  }
  // "OpenAI", "BlackRock", "YouTube": a capital inside a word after a stem of three letters is a
  // brand ("McDonald", "DeSantis", "LeBron" have a short prefix; "MacArthur" is a surname).
  if (words.length === 1 && isBrandSpelling(words[0]!)) return 'ORGANIZATION';
  // A bare unknown word that speaks ("Haddad said", "Clinton now says") is most often a surname
  // whose full name came elsewhere.
  // "the Times wrote", "the Post reported": after "the" it is a newspaper or an organization.
  if (c.prev === 'the' && cueLemma(c.next)) return 'ORGANIZATION';
  if (cueLemma(c.next) || (/^(now|also|later|has|had|then|again)$/u.test(c.next) && cueLemma(c.nextAfter))) return 'PERSON';
  // "according to Haddad", "according to Quantcast": a report's source, no place for its "to".
  if (PLACE_BEFORE.has(c.prev) && !accordingTo(c) && !isCommonWord(words[0]!) && !isAcronym(words[0]!)) return 'LOCATION';
  return null;
}

const accordingTo = (c: Candidate) => c.prev === 'to' && c.prevBefore.toLowerCase() === 'according';

/** Particles of family names ("de", "da", "van", "ter"); not "des" or "du", which open bodies' names too
 *  ("Lyonnaise des Eaux"). */
const FAMILY_PARTICLES = new Set([...SURNAME_PARTICLES, ...'de da do dos das di'.split(' ')]);

/** "Marijke de Vries", "Joao da Silva": one unknown word, particles of a family name, and a name that
 *  is no body's word ("Generale de Banque" is a bank). */
const particleBetweenNames = (words: string[]) =>
  words.length >= 3 &&
  words.slice(1, -1).every((w) => FAMILY_PARTICLES.has(w)) &&
  /^\p{Lu}\p{Ll}/u.test(words.at(-1)!) &&
  !opensOrganization(words.at(-1)!) &&
  !ORGANIZATION_HEADS.has(words.at(-1)!.toLowerCase());

// What the words around a name say of an organization: its kind before it ("carmaker Kia"), shares
// held in it, its officers, people or club's staff after it, people working at it, a minister heading
// it, a place it is "of", and a people's word in its name that acts ("Anglo American rejected …").
import { cueLemma } from '../cues.js';
import { isDemonymWord, isLargeCity, isMajorPlace, lookupLocation } from '../gazetteer.js';
import { hasRegularPastShape, isCommonWord, isFirstName, isKnownOrganization, isKnownPerson, singularsOf, tagsOf } from '../lexicon.js';
import { isCompanyWord } from '../description-heads.js';
import { namesPeople } from '../phrase-heads.js';
import { roleOf } from '../roles.js';
import type { Candidate } from './candidates.js';
import { bodyKindBefore, campaignersAfter } from './body-kinds.js';
import { unknownWord } from './company-candidates.js';
import { COMPANY_OFFICERS } from './company-officers.js';
import { NAMED_KINDS, KINDS_BEFORE_NAMES } from './organization-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { PARTY_WORDS, PERSON_TITLES, TITLE_MODIFIERS } from './person-vocabulary.js';
import { isNation, namesNationPlace } from './sport-sides.js';
import { namesField } from './office-places.js';
import { hasGivenName } from './name-words.js';

const EMPLOYER_BEFORE = new Set(['at', 'with']);

// Who runs or owns a company, named after it: "Petofi general manager", "Boeing shareholders".
const COMPANY_ROLES = new Set([...COMPANY_OFFICERS, 'board', 'unit', 'spokesman', 'spokeswoman', 'spokesperson', 'owner', 'executives']);
const GROUP_MEMBERS = new Set(['rebels', 'guerrillas', 'militants', 'fighters', 'gunmen', 'insurgents']);
/** "UN envoy", "AU observers", "IS fighters", "a UN Deputy Secretary-General": a body's people, named after it,
 *  a role's rank before the role too. */
export const peopleAfter = (c: Candidate) =>
  namesPeople(c.next) ||
  roleOf(c.next) !== null ||
  (TITLE_MODIFIERS.has(c.next) && roleOf(c.nextAfter) !== null) ||
  GROUP_MEMBERS.has(c.next) ||
  /^(?:forces|delegation)$/u.test(c.next);
// A club's people: "Palace boss Oliver Glasner", "Porto striker"; a country's side stays the country ("England coach").
const CLUB_ROLES = new Set(['boss', 'coach', 'manager', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper']);
// "Leinster head coach Leo Cullen": a role with its rank.
const clubRole = (c: Candidate) =>
  (CLUB_ROLES.has(c.next) || (/^(?:head|assistant)$/u.test(c.next) && CLUB_ROLES.has(c.nextAfter))) && !namesNationPlace(c.text);
// What is bought and held is a company: "shares in Ericsson", "a stake in Volvo".
export const HELD_IN = new Set(['shares in', 'shares of', 'stake in', 'stock in', 'stock of', 'holding in', 'stakes in']);

/** "Upjohn of Kalamazoo", "Espanyol of Barcelona": a word of no other use, then "of" and the place it is from. */
export const firmOfPlace = (c: Candidate) => {
  const word = c.words[0]!;
  return (
    c.words.length === 1 &&
    c.next === 'of' &&
    !!lookupLocation(c.nextAfter) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(word) &&
    unknownWord(word) &&
    // "Duke of Norfolk", "Democrat of Ohio": a rank or a party's member is someone's.
    !PERSON_TITLES.has(word.toLowerCase()) &&
    !RANKS.test(word) &&
    // "Spokeswomen of Harlow Foods": people acting for a body.
    ![word.toLowerCase(), ...singularsOf(word.toLowerCase())].some((w) => namesPeople(w) || roleOf(w) !== null) &&
    !PARTY_WORDS.has(word.toLowerCase())
  );
};
const RANKS = /^(?:Duke|Duchess|Earl|Count|Countess|Baron|Baroness|Marquis|Marquess|Viscount|Archduke|Archbishop|Bishop|Emir|Sultan|Khan)$/u;

/** "cables giant Pirelli", "the journal Nature", "carmaker Kia", "publisher Wolters Kluwer": the kind of
 *  organization right before the name ("playmaker" and "lawmaker" are people, "carmaker" is listed). */
const isKindBefore = (c: Candidate) =>
  !c.strandsPreposition && (NAMED_KINDS.has(c.prev) || (isCompanyWord(c.prev) && !/maker$/u.test(c.prev)) || bodyKindBefore(c));

/** "drugmaker Eli Lilly", "U.S. bank Morgan Stanley": a kind of organization right before a name, with no
 *  determiner before it, or one of the kinds only organizations are called by ("the journal Nature"). */
export const kindBeforeName = (c: Candidate) =>
  // "the firms Pike and Holt worked with": the subject of a clause about the firms (stranded-prepositions.ts).
  !c.strandsPreposition &&
  (NAMED_KINDS.has(c.prev) || (KINDS_BEFORE_NAMES.has(c.prev) && !/^(?:the|a|an|this|that|its|their|his|her)$/u.test(c.prevBefore))) &&
  // "broadcaster Margaret Quinn": a person may broadcast too.
  !(c.prev === 'broadcaster' && isFirstName(c.words[0]!));

/** "retailer Nordstrom", "shares of Nordstrom", "Nordstrom stock": a company beyond doubt, even where
 *  a person bears the name ("a Stein spokeswoman" may speak for a person). */
export function tradedAsCompany(c: Candidate): boolean {
  return isKindBefore(c) || heldAsShares(c) || c.next === 'stake';
}

/** "shares in Nordstrom", "a stake in Volvo", "Ericsson shares": what is bought and held is a company. */
const SHARES = /^(shares|stock)$/u;
export const heldAsShares = (c: Candidate) => HELD_IN.has(`${c.prevBefore} ${c.prev}`) || SHARES.test(c.next);

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

/** "Minister of Finance", "Minister for Foreign Affairs", "Minister for Roads and Transport": what a
 *  minister heads is a ministry. */
export const headedByMinister = (c: Candidate) =>
  (c.prev === 'of' || c.prev === 'for') &&
  c.prevBefore === 'minister' &&
  (c.words.length <= 2 || (c.words.includes('and') && c.words.length <= 6)) &&
  !lookupLocation(c.text) &&
  (c.prev === 'for' || namesField(c.words));

// A company's offices and owners before "of": "chief executive of Santander", "executive chair of Zurich".
const COMPANY_OFFICES_OF = new Set(['chairman', 'chairwoman', 'chair', 'ceo', 'executive', 'shareholders', 'stockholders']);
/** "the chief executive of Santander", "chairman of Barclays": what a company's office is of is the company,
 *  a city's name too; a nation, a region or a county keeps its chief executive or chair ("chief executive of
 *  Hong Kong"), and a plural common word is a board's people ("chair of Governors"). */
export const companyOfficeOf = (c: Candidate) => {
  // "chairman of Richard Branson's airline": an owner before the firm is a person.
  if (c.prev !== 'of' || !COMPANY_OFFICES_OF.has(c.prevBefore) || /^['’]s?$/u.test(c.next)) return false;
  // A state's or county's party chair is the place's ("the GOP chairman of Iowa", "the Democratic chair of Jefferson County").
  const place = lookupLocation(c.text);
  if (place && (isNation(place) || (isMajorPlace(place) && !isLargeCity(place)))) return false;
  if (LOCATION_HEADS.has(c.words[c.words.length - 1]!.toLowerCase())) return false;
  const word = c.words[0]!.toLowerCase();
  return !(c.words.length === 1 && [word, ...singularsOf(word)].some(isCommonWord) && !isKnownOrganization(c.text));
};

/** "chief economist at Stifel", "an analyst with Jefferies": where a person works, a name no
 *  gazetteer knows, is an organization. */
// Market reports' people, named by their trade: "brokers at Corretora Itaparica", "a dealer with Penta";
// and a body's people: "workers at Gazprom", "its members at Lukoil".
const MARKET_TRADES = /^(?:brokers?|dealers?|workers|employees|staff|members|executives|sources|shareholders|miners|engineers|managers)$/u;
// Where a person works, said by the work itself before "at": "she works at Quantix", "a job at Quantix" ("works
// with" may name a colleague; a town is worked "in").
const WORK_AT = /^(?:work|works|worked|working|job|jobs|career|employed|internship)$/u;
export const employerAfterRole = (c: Candidate) =>
  EMPLOYER_BEFORE.has(c.prev) &&
  (roleOf(c.prevBefore) !== null || MARKET_TRADES.test(c.prevBefore) || (c.prev === 'at' && WORK_AT.test(c.prevBefore))) &&
  !lookupLocation(c.text) &&
  !LOCATION_HEADS.has(c.words[c.words.length - 1]!.toLowerCase()) &&
  !/^['’]s?$/u.test(c.next);

// What a body is to another body: "its rival Korvath", "its parent Dalvik" (a person's rival is "his" or "her").
const BODY_RELATIONS = /^(?:rivals?|competitors?|subsidiary|subsidiaries|parent|affiliates?|suppliers?)$/u;
/** "its rival Korvath": a body's relation named after "its" is a body, a place the gazetteer knows aside ("its
 *  rival France"), and so is a person's full name aside ("its rival Tom Pike", where the club's rival is a player),
 *  unless the lexicon knows the whole name as a body's. */
export const relatedToIts = (c: Candidate) =>
  c.prevBefore === 'its' && BODY_RELATIONS.test(c.prev) && !lookupLocation(c.text) && !(hasGivenName(c.words) && !isKnownOrganization(c.text));

/** "analysts at Morgan Stanley", "shares of Barclays", "investment banks Lazard": words before a name
 *  that say it is a firm's (and of each name listed after it: "analysts at Hoare Govett and James Capel"). */
export const firmContextBefore = (c: Candidate) => employerAfterRole(c) || HELD_IN.has(`${c.prevBefore} ${c.prev}`) || kindBeforeName(c);

/** "Anglo American rejected the bid", "London Irish beat Bristol": a name of words of no person's
 *  name ending in a people's adjective that acts is a body, not an adjective. */
export const actsAsBody = (c: Candidate) =>
  c.words.length > 1 &&
  !isFirstName(c.words[0]!) &&
  !c.titles.length &&
  // "North Africans were held" is a people; "the first African American to serve", "African American votes" a person or an adjective.
  /^\p{Lu}\p{Ll}+[^s]$/u.test(c.words[c.words.length - 1]!) &&
  isDemonymWord(c.words[c.words.length - 1]!) &&
  (hasRegularPastShape(c.next) || !!cueLemma(c.next) || /^(?:beat|won|lost|drew|sold|bought|took|made)$/u.test(c.next));

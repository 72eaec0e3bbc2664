// Whether "and" between two names of bodies joins one name ("Securities and Exchange Commission") or
// separates two ("Deutsche Bank and Commerzbank").
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName, isKnownOrganization, isKnownPerson, isKnownPlace } from '../lexicon.js';
import { firmAfterAnd } from './and-joined-names.js';
import { isAllCaps, isPossessiveMark, type Token } from '../tokens.js';
import { lower, isAcronym } from './name-words.js';
import {
  COMPANY_HEADS,
  COMPANY_FORMS,
  INDUSTRY_HEADS,
  isBankCompound,
  NAME_CONNECTORS,
  ORGANIZATION_HEADS,
  opensOrganization,
} from './organization-vocabulary.js';
import { namesAhead } from './names-ahead.js';

/** "The Crown Office and Procurator Fiscal Service is …": two names "and" joins before a verb in the
 *  singular are one body's, the words after "and" ending in a body's word ("Lloyds and Barclays are" two). */
export function oneBodyBeforeSingular(recent: Token[], tokens: Token[], from: number): boolean {
  const ahead = namesAhead(tokens, from);
  const head = ahead.at(-1)?.toLowerCase() ?? '';
  return recent.length >= 2 && ahead.length >= 2 && ORGANIZATION_HEADS.has(head) && SINGULAR_VERB.test(tokens[from + ahead.length]?.text ?? '');
}
const SINGULAR_VERB = /^(?:is|was|has|says|does)$/u;

/** "Norwich University Hospitals NHS Foundation Trust and James Paget University Hospitals NHS
 *  Foundation Trust": a name its opener begins and a body's word ends is whole before "and" when the
 *  words after it, opened by no such word, end in one too ("First National Bank and Trust Company" and
 *  "Department of Trade and Industry" are one). */
export function headedNamesJoined(recent: Token[], tokens: Token[], from: number): boolean {
  const last = lower(recent[recent.length - 1]);
  const ahead = namesAhead(tokens, from);
  const head = (word: string) => ORGANIZATION_HEADS.has(word.toLowerCase()) && !INDUSTRY_HEADS.has(word.toLowerCase());
  return recent.length >= 2 && head(last) && ahead.length >= 2 && head(ahead.at(-1)!) && !ORGANIZATION_HEADS.has(ahead[0]!.toLowerCase());
}

/** "the Civil Aviation Department of Hong Kong and New Zealand's Commerce Commission": a place in the
 *  possessive after "and" owns a name of its own ("Department of Trade and Industry's report" is one's). */
export function placeOwnsAhead(tokens: Token[], from: number): boolean {
  const ahead = namesAhead(tokens, from);
  return ahead.length > 0 && !!lookupLocation(ahead.join(' ')) && isPossessiveMark(tokens[from + ahead.length]?.text ?? '');
}

/** "led by Fletcher Challenge and Telecom", "Lloyds TSB and Midland Bank", "Oxfam and Mercy Corps": a
 *  name before "and" with a word of a name in it (an acronym, a given name, a place, a body the lexicon
 *  knows) is a firm of its own; a body's "and" joins
 *  ordinary words ("Food and Drug Administration"), and so does a firm's ordinary word before "and" and
 *  a company's word after ("Baltimore Gas and Electric Co"). */
export function namedFirmBeforeAnd(before: Token[], after: string[]): boolean {
  if (coupleFoundation(before, after)) return false;
  if (!before.some((r) => isAcronym(r.text) || isFirstName(r.text) || isKnownPlace(r.text) || isKnownPerson(r.text) || isKnownOrganization(r.text)))
    return false;
  const endsAsCompany = after.length > 1 && COMPANY_HEADS.has(after[after.length - 1]!.toLowerCase());
  return !(isCommonWord(before[before.length - 1]!.text) && endsAsCompany);
}

/** "the Michael and Susan Dell Foundation", "the Bill and Melinda Gates Foundation": a given name alone before
 *  "and", then a given name, a surname and a body's word, is a couple's body, one name ("Oxfam and Mercy
 *  Corps" opens with no given name). */
const coupleFoundation = (before: Token[], after: string[]) =>
  before.length === 1 && isFirstName(before[0]!.text) && after.length >= 3 && isFirstName(after[0]!) && ORGANIZATION_HEADS.has(after.at(-1)!.toLowerCase());

/** "Royal Bank of Canada and Scotiabank", "Bank of America and Citigroup": a body's name closed by "of" and
 *  a place is whole before one word of no place nor ordinary use ("Bank of England and Wales", "Department
 *  of Trade and Industry" run on). */
const firmAfterBodyOfPlace = (before: string[], after: string[]) =>
  before.length >= 3 &&
  before.at(-2) === 'of' &&
  !!lookupLocation(before.at(-1)!) &&
  after.length === 1 &&
  !isCommonWord(after[0]!) &&
  !lookupLocation(after[0]!);

/** "Barrick Gold and Teck Resources": two words a word of no ordinary use and no place opens, no legal form
 *  closes, name a firm of their own on either side of "and" ("Securities and Exchange Commission" opens
 *  with an ordinary word, "Baltimore Gas and Electric Co" with a place). */
const ownTwoWordName = (words: string[]) =>
  words.length === 2 &&
  /^\p{Lu}\p{Ll}/u.test(words[0]!) &&
  !isCommonWord(words[0]!) &&
  !lookupLocation(words[0]!) &&
  !COMPANY_FORMS.has(words[1]!.toLowerCase());

/** Whether "and" between these two names of bodies separates them: the first is whole, an acronym
 *  ("UBS and Swiss Bank Corp") or a longer name its opener or a bank compound heads ("Deutsche Bank and Commerzbank",
 *  "Ashby High School and …"), or it runs on with "of" and the second has an opener of its own
 *  ("University of Kerrow and Kerrow Technical University"). "House and Senate", "Securities and
 *  Exchange Commission" and domains ("Ministry of Trade and Industry") stay one name; a firm after "and"
 *  is one of its own ("Lufthansa and British Airways", see firmAfterAnd), as are two names of two words of
 *  their own ("Barrick Gold and Teck Resources", see ownTwoWordName) and a firm's word after a body of a
 *  place ("Bank of America and Citigroup"). */
export function separatedByAnd(before: string[], after: string[]): boolean {
  if (
    firmAfterAnd(before, after) ||
    (ownTwoWordName(before) && ownTwoWordName(after)) ||
    firmAfterBodyOfPlace(before, after) ||
    headedBeforeOwnName(before, after)
  )
    return true;
  const last = before[before.length - 1]!;
  if (before.length === 1) return last.length > 1 && isAllCaps(last) && /\p{Lu}.*\p{Lu}/u.test(last);
  if ((opensOrganization(last) || isBankCompound(last)) && /^\p{Lu}/u.test(before[before.length - 2]!)) return true;
  // "Banca Commerciale Italiana and Credito Italiano", "Banque Indosuez and Credit Lyonnais": a name its
  // opener begins, run on with no connector, is whole, unless a head ends the words after "and" ("House
  // Oversight and Government Reform Committee").
  const words = before[0] === 'The' ? before.slice(1) : before;
  const head = after[after.length - 1]?.toLowerCase() ?? '';
  if (words.length >= 2 && opensOrganization(words[0]!) && !words.some((w) => NAME_CONNECTORS.has(w)) && !ORGANIZATION_HEADS.has(head)) return true;
  return before.some((w) => w === 'of' || w === 'for') && after.slice(1).some(opensOrganization);
}

/** "Amnesty International and Human Rights Watch", "the Arts Council and Historic England": a name of two words
 *  or more a body's word closes is whole before a name of two words or more that opens with no body's word
 *  ("First National Bank and Trust Company" is one). */
const headedBeforeOwnName = (before: string[], after: string[]) => {
  const last = before[before.length - 1]!.toLowerCase();
  return (
    before.length >= 2 &&
    after.length >= 2 &&
    ORGANIZATION_HEADS.has(last) &&
    !INDUSTRY_HEADS.has(last) &&
    /^\p{Lu}/u.test(before[0]!) &&
    /^\p{Lu}\p{Ll}/u.test(after[0]!) &&
    !ORGANIZATION_HEADS.has(after[0]!.toLowerCase()) &&
    !INDUSTRY_HEADS.has(after[0]!.toLowerCase())
  );
};

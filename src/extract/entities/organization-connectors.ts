// Connectors inside an organization's name: "Bank of England", "Securities and Exchange Commission",
// "Ministry of Economy, Trade and Industry".
import { lookupLocation } from '../gazetteer.js';
import { namesNationPlace } from './sport-sides.js';
import { isCalendarWord, isCommonWord, isFirstName, isKnownOrganization, isKnownPerson, isKnownPlace } from '../lexicon.js';
import { acronymOpensNameAfterAnd } from './conjoined-names.js';
import { firmAfterAnd, loneWordSharesBody, placesShareBody } from './and-joined-names.js';
import { isAllCaps, isPossessiveMark, type Token, wordsOf } from '../tokens.js';
import { bare, isTitleAt, lower, MAX_NAME, nameLike, isAcronym } from './name-words.js';
import { followsOffice, isOrdinary } from './title-splits.js';
import { COMPANY_HEADS, COMPANY_FORMS, INDUSTRY_HEADS, isBankCompound, NAME_CONNECTORS, ORGANIZATION_HEADS, opensOrganization } from './vocabulary.js';

const CODE = /^(?=.*\d)(?=.*\p{L})[\p{L}\d-]+$/u;

/**
 * Whether a connector continues an organization name: after an opener ("Bank of England"), or an
 * "and" before the words that end it ("Securities and Exchange Commission"), but not between two
 * complete names ("Johnson Controls Inc and Lear Corp").
 */
export function joinsOrganization(run: Token[], connector: Token, tokens: Token[], from: number): boolean {
  const word = connector.text.toLowerCase();
  // "the West Bank and East Jerusalem": a known place is complete.
  // Names are short: looking at most MAX_NAME words back and ahead keeps a run of capitalised words linear.
  const recent = run.slice(-MAX_NAME);
  // "Johnson Controls Inc and Lear Corp": a legal form ends a company's name.
  if (COMPANY_FORMS.has(bare(run[run.length - 1]))) return false;
  if (word === 'and' && acronymOpensNameAfterAnd(tokens, from)) return false;
  if (word === 'and' && oneBodyBeforeSingular(recent, tokens, from)) return true;
  // "the Kennedy Space Center on STS-1": a code of letters and figures ending the words after it is
  // no word of a name ("Committee for COVID-19 Recovery" goes on).
  if (CODE.test(tokens[from]!.text) && !(tokens[from + 1] && nameLike(tokens[from + 1]!))) return false;
  if ((word === 'and' || word === ',') && listsOfficeDomains(run, word, tokens, from)) return true;
  const opened = recent.some((r) => opensOrganization(r.text)) && !partyNamedWhole(recent, tokens, from);
  // "Committee to Protect Journalists", "Campaign to End Hunger": an opener's purpose, a verb after
  // "to" (not "sent the Council to Geneva").
  if (word === 'to') return (opened || purposeAfterArticle(recent, tokens, from)) && isCommonWord(tokens[from]!.text) && !lookupLocation(tokens[from]!.text);
  // "Ministry of Economy, Trade and Industry", "Bureau of Alcohol, Tobacco and Firearms": the
  // opener's domains listed, the last after "and".
  if (word === ',')
    return (
      (opened && run.some((r) => r.text === 'of' || r.text === 'for') && isDomain(run[run.length - 1]!) && listEndsWithAnd(tokens, from)) ||
      domainsBeforeBody(recent, tokens, from)
    );
  if (word === 'in')
    return opened && recent.some((r) => r.text === 'of' || r.text === 'for') && (fieldAfterIn(tokens, from) || regionAfterDomains(recent, tokens, from));
  // ... but an opener alone is no place for being some town's name too ("University", "Union").
  const place = run.length <= MAX_NAME && !(run.length === 1 && opensOrganization(lower(run[0]))) && lookupLocation(wordsOf(run));
  if (word === 'and' && (place ? placesShareBody(namesAhead(tokens, from)) : loneWordSharesBody(recent, namesAhead(tokens, from)))) return true;
  if (!NAME_CONNECTORS.has(word) || place) return false;
  // "the Freedom Front of General Constand Viljoen": a person's title after "of" begins their name
  // ("Department of Justice" has none after it).
  if (personAfterTitle(tokens, from)) return false;
  if (
    word === 'and' &&
    separatedByAnd(
      recent.map((t) => t.text),
      namesAhead(tokens, from),
    )
  )
    return false;
  // "Banque Delorme and Grupo Ferraz": another opener begins another name.
  if (opened) return !(word === 'and' && (opensOrganization(lower(tokens[from])) || placeOwnsAhead(tokens, from) || headedNamesJoined(recent, tokens, from)));
  const last = run[run.length - 1]!.text.toLowerCase();
  if (word === 'of') return bodyOfPlace(recent, tokens, from);
  if (word !== 'and' || (ORGANIZATION_HEADS.has(last) && !INDUSTRY_HEADS.has(last))) return false;
  const ahead = namesAhead(tokens, from);
  if (namedFirmBeforeAnd(recent, ahead)) return false;
  const head = ahead.at(-1)?.toLowerCase() ?? '';
  // "Securities and Exchange Commission" is one body; "Hyundai Motor and Korean Air" two companies.
  return ORGANIZATION_HEADS.has(head) && !(INDUSTRY_HEADS.has(last) && COMPANY_HEADS.has(head));
}

/** "the Campaign to Protect Rural England", "The Partnership to End Hunger said": a name after an article runs
 *  on with "to" before a capitalised word and another, whatever word opens it ("Campaign" is no body's word
 *  as "Committee" is); "sent the Council to Geneva" names a place after it. */
function purposeAfterArticle(recent: Token[], tokens: Token[], from: number): boolean {
  const before = tokens[from - 2 - recent.length];
  const after = tokens[from + 1];
  return recent.length <= 3 && /^the$/iu.test(before?.text ?? '') && !!after && nameLike(after);
}

/** "The Crown Office and Procurator Fiscal Service is …": two names "and" joins before a verb in the
 *  singular are one body's, the words after "and" ending in a body's word ("Lloyds and Barclays are" two). */
function oneBodyBeforeSingular(recent: Token[], tokens: Token[], from: number): boolean {
  const ahead = namesAhead(tokens, from);
  const head = ahead.at(-1)?.toLowerCase() ?? '';
  return recent.length >= 2 && ahead.length >= 2 && ORGANIZATION_HEADS.has(head) && SINGULAR_VERB.test(tokens[from + ahead.length]?.text ?? '');
}
const SINGULAR_VERB = /^(?:is|was|has|says|does)$/u;

/** "Office for Standards in Education", "Centre for Research in Education": a body's domain after "of" or
 *  "for" runs on with "in" and a field, one ordinary word of no place nor time ("the Ministry of Defence in
 *  London", "the Department of Health in March" end before "in"). */
function fieldAfterIn(tokens: Token[], from: number): boolean {
  const field = tokens[from]!;
  const after = tokens[from + 1];
  return isDomain(field) && isCommonWord(lower(field)) && !isCalendarWord(field.text) && !(after && nameLike(after));
}

/** "Organisation for Security and Cooperation in Europe": domains listed with "and" after "of" or "for" run on
 *  with "in" and the continent they are pursued in, which ends the name ("the Ministry of Defence in London" lists
 *  no domains; "the Department of Trade and Industry in Britain" is in a country, where a national body stands). */
function regionAfterDomains(recent: Token[], tokens: Token[], from: number): boolean {
  const connector = recent.findIndex((r) => r.text === 'of' || r.text === 'for');
  const last = recent[recent.length - 1]!;
  if (!recent.slice(connector + 1).some((r) => r.text === 'and') || !isDomain(last) || ORGANIZATION_HEADS.has(lower(last))) return false;
  return REGIONS.test(namesAhead(tokens, from).join(' '));
}
const REGIONS = /^(?:Europe|Asia|Africa|Latin America|South America|North America|the Americas|Asia-Pacific)$/u;

/** "Norwich University Hospitals NHS Foundation Trust and James Paget University Hospitals NHS
 *  Foundation Trust": a name its opener begins and a body's word ends is whole before "and" when the
 *  words after it, opened by no such word, end in one too ("First National Bank and Trust Company" and
 *  "Department of Trade and Industry" are one). */
function headedNamesJoined(recent: Token[], tokens: Token[], from: number): boolean {
  const last = lower(recent[recent.length - 1]);
  const ahead = namesAhead(tokens, from);
  const head = (word: string) => ORGANIZATION_HEADS.has(word.toLowerCase()) && !INDUSTRY_HEADS.has(word.toLowerCase());
  return recent.length >= 2 && head(last) && ahead.length >= 2 && head(ahead.at(-1)!) && !ORGANIZATION_HEADS.has(ahead[0]!.toLowerCase());
}

/** "the Civil Aviation Department of Hong Kong and New Zealand's Commerce Commission": a place in the
 *  possessive after "and" owns a name of its own ("Department of Trade and Industry's report" is one's). */
function placeOwnsAhead(tokens: Token[], from: number): boolean {
  const ahead = namesAhead(tokens, from);
  return ahead.length > 0 && !!lookupLocation(ahead.join(' ')) && isPossessiveMark(tokens[from + ahead.length]?.text ?? '');
}

/** "Armed Forces of Ukraine", "Investment Corporation of Dubai": a body's name of two words or more, its
 *  head no company form, runs on with "of" and the place it serves when the place ends the name
 *  ("Government of India" is one word and a place; "Ford Motor Co of Canada" a firm's unit). */
function bodyOfPlace(recent: Token[], tokens: Token[], from: number): boolean {
  const head = recent[recent.length - 1]!.text.toLowerCase();
  if (churchOfPlace(recent, tokens, from)) return true;
  if (recent.length < 2 || !ORGANIZATION_HEADS.has(head) || COMPANY_FORMS.has(head) || !recent.slice(-2).every((t) => /^\p{Lu}/u.test(t.text))) return false;
  const ahead = namesAhead(tokens, from);
  return ahead.length > 0 && ahead.length <= 2 && !!lookupLocation(ahead.join(' ')) && !isAllCaps(ahead.join(''));
}

/** "the Church of England", "the Church of Scotland said": a church named for the country it serves is
 *  a body, no place ("the Church of St Mary" is a building, named for a saint); so is a diocese named for
 *  any place it serves ("the Diocese of Durham", "the Archdiocese of Boston"). */
const churchOfPlace = (recent: Token[], tokens: Token[], from: number) =>
  recent.length === 1 &&
  ((recent[0]!.text === 'Church' && namesNationPlace(namesAhead(tokens, from).join(' '))) ||
    (DIOCESE.test(recent[0]!.text) && !!lookupLocation(namesAhead(tokens, from).join(' '))));
const DIOCESE = /^(?:Arch)?[Dd]iocese$/u;

/** "led by Fletcher Challenge and Telecom", "Lloyds TSB and Midland Bank", "Oxfam and Mercy Corps": a
 *  name before "and" with a word of a name in it (an acronym, a given name, a place, a body the lexicon
 *  knows) is a firm of its own; a body's "and" joins
 *  ordinary words ("Food and Drug Administration"), and so does a firm's ordinary word before "and" and
 *  a company's word after ("Baltimore Gas and Electric Co"). */
function namedFirmBeforeAnd(before: Token[], after: string[]): boolean {
  if (!before.some((r) => isAcronym(r.text) || isFirstName(r.text) || isKnownPlace(r.text) || isKnownPerson(r.text) || isKnownOrganization(r.text)))
    return false;
  const endsAsCompany = after.length > 1 && COMPANY_HEADS.has(after[after.length - 1]!.toLowerCase());
  return !(isCommonWord(before[before.length - 1]!.text) && endsAsCompany);
}

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

/** "the Motherland Party of Mesut Yilmaz": a party named before "Party" is whole, and what follows
 *  its "of" is whose it is, unless a place or "the" follows ("Communist Party of China", "… of the
 *  Russian Federation"); a party "Party" opens runs on ("Party of Regions"). */
function partyNamedWhole(recent: Token[], tokens: Token[], from: number): boolean {
  const openers = recent.filter((r) => opensOrganization(r.text));
  const party = openers.length === 1 && /^part(?:y|ies)$/iu.test(openers[0]!.text) ? recent.indexOf(openers[0]!) : -1;
  if (party <= 0 || (party === 1 && /^the$/iu.test(recent[0]!.text))) return false;
  return tokens[from - 1]?.text !== 'the' && !lookupLocation(tokens[from]?.text ?? '') && !lookupLocation(namesAhead(tokens, from).join(' '));
}

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

/** "Minister for Roads and Transport (Davis Chirchir)", "Minister of Lands, Housing and Urban
 *  Development": the domains of an office after its "of" or "for", listed with commas and "and", make
 *  one name (the holder's name after them is split off with `splitOfficeBody`). Not when a title
 *  follows the connector ("Secretary of State and Defense Secretary James Mattis"). */
function listsOfficeDomains(run: Token[], connector: string, tokens: Token[], from: number): boolean {
  const next = tokens[from];
  if (run.length > MAX_NAME || !next || !isDomainWord(next) || personAfterTitle(tokens, from)) return false;
  if (connector === ',' && !/^(,|and)$/u.test(tokens[from + 1]?.text ?? '')) return false;
  return run.every((r) => r.text === ',' || r.text === 'and' || isDomainWord(r)) && followsOffice(tokens, run[0]!);
}
const isDomainWord = (t: Token) => isDomain(t) && isOrdinary(t);

/** Words for the bodies of a parliament or government, after the domains they deal with. */
const GOVERNING_BODIES = new Set(['committee', 'committees', 'department', 'ministry', 'commission', 'council', 'board', 'agency', 'office']);

/** "the Environment, Food and Rural Affairs Committee", "the Digital, Culture, Media and Sport
 *  Committee", "the Foreign, Commonwealth and Development Office": ordinary words listed with commas and
 *  "and" before the word for a committee, a ministry or an office are its domains, all one name ("Apple,
 *  Google and Microsoft" end in no such word). */
function domainsBeforeBody(recent: Token[], tokens: Token[], from: number): boolean {
  const listedWord = (t: Token) => isDomain(t) && !isFirstName(t.text) && !GOVERNING_BODIES.has(lower(t));
  if (recent.length > MAX_NAME - 2 || !recent.every((t) => t.text === ',' || listedWord(t))) return false;
  let listed = false;
  for (let k = from; k < tokens.length && k - from < MAX_NAME * 2; k++) {
    const t = tokens[k]!;
    if (GOVERNING_BODIES.has(lower(t))) return listed && listedWord(tokens[k - 1]!);
    if (t.text === 'and') listed = true;
    else if (t.text !== ',' && !listedWord(t)) return false;
  }
  return false;
}

/** Whether title words from `from` are followed by a name: "General Constand Viljoen", "Prime Minister Sheikh Hasina". */
function personAfterTitle(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k - from < 4 && isTitleAt(tokens, k)) k++;
  return k > from && k < tokens.length && nameLike(tokens[k]!);
}

/** The name-like words from `from`, within a name's length. */
function namesAhead(tokens: Token[], from: number): string[] {
  const words: string[] = [];
  for (let k = from; k < tokens.length && k - from < MAX_NAME && nameLike(tokens[k]!); k++) words.push(tokens[k]!.text);
  return words;
}

/** A word naming what an office deals with ("Trade", "Tobacco"): one capitalised word, no place and
 *  no acronym (those name other bodies: "Bank of England, Barclays and HSBC"). */
const isDomain = (t: Token) => nameLike(t) && !isAllCaps(t.text) && !lookupLocation(t.text);

/** Whether the tokens from `from` are single domain words in a list, commas between, that ends with
 *  "and" and a last one of a word or two ("Planning and Economic Development"), within a name's length. */
function listEndsWithAnd(tokens: Token[], from: number): boolean {
  for (let k = from; k + 1 < tokens.length && k - from < MAX_NAME; k += 2) {
    if (!isDomain(tokens[k]!)) return false;
    if (tokens[k + 1]!.text === 'and') {
      let end = k + 2;
      while (end < tokens.length && end - k < 4 && isDomain(tokens[end]!)) end++;
      const after = tokens[end];
      return end > k + 2 && !(after && nameLike(after));
    }
    if (tokens[k + 1]!.text !== ',') return false;
  }
  return false;
}

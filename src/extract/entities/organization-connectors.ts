// Connectors inside an organization's name: "Bank of England", "Securities and Exchange Commission",
// "Ministry of Economy, Trade and Industry".
import { isCountry, lookupLocation } from '../gazetteer.js';
import { namesNationPlace } from './sport-sides.js';
import { isCommonWord, isFirstName } from '../lexicon.js';
import { acronymOpensNameAfterAnd } from './conjoined-names.js';
import { loneWordSharesBody, placesShareBody } from './and-joined-names.js';
import { isAllCaps, type Token, wordsOf, isTitleCaseWord } from '../tokens.js';
import { bare, isTitleAt, lower, MAX_NAME, nameLike } from './name-words.js';
import { COMPANY_HEADS, COMPANY_FORMS, INDUSTRY_HEADS, NAME_CONNECTORS, ORGANIZATION_HEADS, opensOrganization } from './organization-vocabulary.js';
import { headedNamesJoined, namedFirmBeforeAnd, oneBodyBeforeSingular, placeOwnsAhead, separatedByAnd } from './bodies-joined-by-and.js';
import { domainsBeforeBody, fieldAfterIn, isDomain, listEndsWithAnd, listsOfficeDomains, regionAfterDomains } from './office-domains.js';
import { namesAhead, personAfterTitle } from './names-ahead.js';
import { joinsCollectionsName } from './collection-names.js';
import { firstStartingAtOrAfter } from '../span-index.js';

const CODE = /^(?=.*\d)(?=.*\p{L})[\p{L}\d-]+$/u;
// The words other than NAME_CONNECTORS that join a list of domains or a body's purpose or field.
const OTHER_JOINERS = new Set([',', 'to', 'in']);

/**
 * Whether a connector continues an organization name: after an opener ("Bank of England"), or an
 * "and" before the words that end it ("Securities and Exchange Commission"), but not between two
 * complete names ("Johnson Controls Inc and Lear Corp").
 */
export function joinsOrganization(run: Token[], connector: Token, tokens: Token[], from: number): boolean {
  const word = connector.text.toLowerCase();
  // Only a connector, a comma, "to" or "in" ever joins (the tests below): most words asked are none.
  if (!NAME_CONNECTORS.has(word) && !OTHER_JOINERS.has(word)) return false;
  // Names are short: looking at most MAX_NAME words back and ahead keeps a run of capitalised words linear.
  const read: ConnectorRead = { run, recent: run.slice(-MAX_NAME), word, connector, tokens, from };
  const settled = settledBeforeOpeners(read);
  if (settled !== null) return settled;
  const opened = openerBefore(read);
  if (word === 'to' || word === ',' || word === 'in') return joinsPurposeOrDomains(read, opened);
  return connectorJoinsName(read, opened);
}

/** A connector asked about: the run of words before it and its last MAX_NAME words (`recent`), the
 *  connector and its word in lower case, the tokens and the index of the word after it (`from`). */
interface ConnectorRead {
  run: Token[];
  recent: Token[];
  word: string;
  connector: Token;
  tokens: Token[];
  from: number;
}

/** What the run's end, the words after the connector or a list of an office's domains settle before
 *  any opener is looked for; null where they settle nothing. */
function settledBeforeOpeners({ run, recent, word, tokens, from }: ConnectorRead): boolean | null {
  // "Johnson Controls Inc and Lear Corp": a legal form ends a company's name.
  if (COMPANY_FORMS.has(bare(run[run.length - 1]))) return false;
  if (word === 'and' && acronymOpensNameAfterAnd(tokens, from)) return false;
  if (word === 'and' && oneBodyBeforeSingular(recent, tokens, from)) return true;
  // "the Kennedy Space Center on STS-1": a code of letters and figures ending the words after it is
  // no word of a name ("Committee for COVID-19 Recovery" goes on).
  if (CODE.test(tokens[from]!.text) && !(tokens[from + 1] && nameLike(tokens[from + 1]!))) return false;
  if ((word === 'and' || word === ',') && listsOfficeDomains(run, word, tokens, from)) return true;
  return null;
}

/** Whether an opener among the recent words begins a body's name, not a party named whole, a titled
 *  person or a title before its domain. */
function openerBefore({ recent, connector, tokens, from }: ConnectorRead): boolean {
  return (
    recent.some((r) => opensOrganization(r.text)) &&
    !partyNamedWhole(recent, tokens, from) &&
    !titledPersonLast(recent, tokens, from) &&
    !titleBeforeItsDomain(recent, connector, tokens)
  );
}

/** Whether "to" goes on to an opener's purpose, a comma through its listed domains, or "in" on to its
 *  field or region. */
function joinsPurposeOrDomains({ run, recent, word, tokens, from }: ConnectorRead, opened: boolean): boolean {
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
  return opened && recent.some((r) => r.text === 'of' || r.text === 'for') && (fieldAfterIn(tokens, from) || regionAfterDomains(recent, tokens, from));
}

/** Whether a connector of names ("and", "of", …) goes on the name: not after a known place or
 *  before a person's title, nor between two names; after an opener unless another name begins. */
function connectorJoinsName(read: ConnectorRead, opened: boolean): boolean {
  const { run, recent, word, tokens, from } = read;
  // "the West Bank and East Jerusalem": a known place is complete; but an opener alone is no place
  // for being some town's name too ("University", "Union").
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
  if (opened && word === 'of' && countryOfPlacedBody(recent, tokens, from)) return false;
  if (opened) return !(word === 'and' && (opensOrganization(lower(tokens[from])) || placeOwnsAhead(tokens, from) || headedNamesJoined(recent, tokens, from)));
  return joinsWithoutOpener(read);
}

/** With no opener: "of" before the place of a body, or "and" inside one body's name, by the heads
 *  of the words on either side. */
function joinsWithoutOpener({ run, recent, word, tokens, from }: ConnectorRead): boolean {
  const last = run[run.length - 1]!.text.toLowerCase();
  if (word === 'of') return bodyOfPlace(recent, tokens, from);
  if (word !== 'and' || (ORGANIZATION_HEADS.has(last) && !INDUSTRY_HEADS.has(last))) return false;
  const ahead = namesAhead(tokens, from);
  if (namedFirmBeforeAnd(recent, ahead)) return false;
  const head = ahead.at(-1)?.toLowerCase() ?? '';
  // "National Air and Space Museum": what a museum shows, joined by "and", before its word is one name.
  if (joinsCollectionsName(recent, ahead)) return true;
  // "Securities and Exchange Commission" is one body; "Hyundai Motor and Korean Air" two companies.
  return ORGANIZATION_HEADS.has(head) && !(INDUSTRY_HEADS.has(last) && COMPANY_HEADS.has(head));
}

/** "Council President Ann Holt (of Dunland)", "Harbour Board Chairman Tom Reyes (and …)": a title and a
 *  given name after the body's opening word name its holder, so the body's name ended before the title
 *  and the connector after the holder joins nothing to it ("Council of Ministers" names no one). */
function titledPersonLast(recent: Token[], tokens: Token[], from: number): boolean {
  // `recent` ends right before the connector at `from - 1`.
  const first = from - 1 - recent.length;
  const lastOpener = recent.findLastIndex((r) => opensOrganization(r.text));
  for (let j = lastOpener + 1; j < recent.length - 1; j++) if (isTitleAt(tokens, first + j) && holderNameWord(recent[j + 1]!)) return true;
  return false;
}

/** "White House Chief (of Staff Tom Pike)", "City Hall Director (of Communications Ann Holt)": "of" or
 *  "for" after a title right after the body's opening word begins the title's domain, so the body's name
 *  ended before the title ("House of Commons", "Office of the Director of …" keep their connectors). */
function titleBeforeItsDomain(recent: Token[], connector: Token, tokens: Token[]): boolean {
  if (!/^(?:of|for)$/u.test(connector.text) || recent.length < 2 || !opensOrganization(recent[recent.length - 2]!.text)) return false;
  return isTitleAt(tokens, firstStartingAtOrAfter(tokens, recent[recent.length - 1]!.start));
}

/** A word that opens a holder's name after a title: a given name, or a capitalised word of no ordinary
 *  use that opens no body ("Council President Mirela Vasko", not "(Council President) Office"). */
const holderNameWord = (t: Token) => isFirstName(t.text) || (isTitleCaseWord(t.text) && !isCommonWord(t.text) && !opensOrganization(t.text));

/** "the Campaign to Protect Rural England", "The Partnership to End Hunger said": a name after an article runs
 *  on with "to" before a capitalised word and another, whatever word opens it ("Campaign" is no body's word
 *  as "Committee" is); "sent the Council to Geneva" names a place after it. */
function purposeAfterArticle(recent: Token[], tokens: Token[], from: number): boolean {
  const before = tokens[from - 2 - recent.length];
  const after = tokens[from + 1];
  return recent.length <= 3 && /^the$/iu.test(before?.text ?? '') && !!after && nameLike(after);
}

/** "Colorado State University of the US", "the University of Sheffield of the UK": "of the" and a country after
 *  a body whose name already holds its town or state says where the body is, no word of its name ("the Central
 *  Bank of the UAE", with no place of its own, goes on). */
function countryOfPlacedBody(recent: Token[], tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.text !== 'the') return false;
  const ahead = namesAhead(tokens, from);
  if (!ahead.length || !isCountry(lookupLocation(ahead.join(' ')) ?? '')) return false;
  return recent.some((r) => /^\p{Lu}/u.test(r.text) && !opensOrganization(r.text) && !!lookupLocation(r.text));
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

/** "the Motherland Party of Mesut Yilmaz": a party named before "Party" is whole, and what follows
 *  its "of" is whose it is, unless a place or "the" follows ("Communist Party of China", "… of the
 *  Russian Federation"); a party "Party" opens runs on ("Party of Regions"). */
function partyNamedWhole(recent: Token[], tokens: Token[], from: number): boolean {
  const openers = recent.filter((r) => opensOrganization(r.text));
  const party = openers.length === 1 && /^part(?:y|ies)$/iu.test(openers[0]!.text) ? recent.indexOf(openers[0]!) : -1;
  if (party <= 0 || (party === 1 && /^the$/iu.test(recent[0]!.text))) return false;
  return tokens[from - 1]?.text !== 'the' && !lookupLocation(tokens[from]?.text ?? '') && !lookupLocation(namesAhead(tokens, from).join(' '));
}

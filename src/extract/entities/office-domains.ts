// The domains an office or a body deals with, listed inside its name: "Ministry of Economy, Trade and
// Industry", "the Environment, Food and Rural Affairs Committee", "Office for Standards in Education".
import { lookupLocation } from '../gazetteer.js';
import { isCalendarWord, isCommonWord, isFirstName } from '../lexicon.js';
import { isAllCaps, type Token } from '../tokens.js';
import { lower, MAX_NAME, nameLike } from './name-words.js';
import { followsOffice, isOrdinary } from './title-splits.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { namesAhead, personAfterTitle } from './names-ahead.js';

/** "Office for Standards in Education", "Centre for Research in Education": a body's domain after "of" or
 *  "for" runs on with "in" and a field, one ordinary word of no place nor time ("the Ministry of Defence in
 *  London", "the Department of Health in March" end before "in"). */
export function fieldAfterIn(tokens: Token[], from: number): boolean {
  const field = tokens[from]!;
  const after = tokens[from + 1];
  return isDomain(field) && isCommonWord(lower(field)) && !isCalendarWord(field.text) && !(after && nameLike(after));
}

/** "Organisation for Security and Cooperation in Europe": domains listed with "and" after "of" or "for" run on
 *  with "in" and the continent they are pursued in, which ends the name ("the Ministry of Defence in London" lists
 *  no domains; "the Department of Trade and Industry in Britain" is in a country, where a national body stands). */
export function regionAfterDomains(recent: Token[], tokens: Token[], from: number): boolean {
  const connector = recent.findIndex((r) => r.text === 'of' || r.text === 'for');
  const last = recent[recent.length - 1]!;
  if (!recent.slice(connector + 1).some((r) => r.text === 'and') || !isDomain(last) || ORGANIZATION_HEADS.has(lower(last))) return false;
  return REGIONS.test(namesAhead(tokens, from).join(' '));
}
const REGIONS = /^(?:Europe|Asia|Africa|Latin America|South America|North America|the Americas|Asia-Pacific)$/u;

/** "Minister for Roads and Transport (Davis Chirchir)", "Minister of Lands, Housing and Urban
 *  Development": the domains of an office after its "of" or "for", listed with commas and "and", make
 *  one name (the holder's name after them is split off with `splitOfficeBody`). Not when a title
 *  follows the connector ("Secretary of State and Defense Secretary James Mattis"). */
export function listsOfficeDomains(run: Token[], connector: string, tokens: Token[], from: number): boolean {
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
export function domainsBeforeBody(recent: Token[], tokens: Token[], from: number): boolean {
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

/** A word naming what an office deals with ("Trade", "Tobacco"): one capitalised word, no place and
 *  no acronym (those name other bodies: "Bank of England, Barclays and HSBC"). */
export const isDomain = (t: Token) => nameLike(t) && !isAllCaps(t.text) && !lookupLocation(t.text);

/** Whether the tokens from `from` are single domain words in a list, commas between, that ends with
 *  "and" and a last one of a word or two ("Planning and Economic Development"), within a name's length. */
export function listEndsWithAnd(tokens: Token[], from: number): boolean {
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

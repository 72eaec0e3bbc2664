// An organization by its own words: a head ("… Ministry", "Department of …"), a firm's closing initials
// ("Lloyds TSB") or form, a parliament's own word, an exchange, paper, paired or brand name, an
// acronym after "the", and the kinds that decide a name's type beyond doubt ("Thames Water").
import type { EntityType } from '../types.js';
import { lookupLocation, namesWaterOfPlace } from '../gazetteer.js';
import { isCommonWord, isFirstName } from '../lexicon.js';
import type { Candidate } from './candidates.js';
import { namesFacilitySite } from './facility-sites.js';
import { kindOfPlaceAfter } from './place-kinds-after.js';
import { namesFinancialHouse } from './financial-houses.js';
import { namesUtility } from './utility-names.js';
import { runByCompanyOfficers } from './company-officers.js';
import { namesMarketOrPaper } from './market-press-names.js';
import { namesFirmByAdjective } from './adjective-firms.js';
import { namesWebFirm } from './web-domains.js';
import { namesBodyWithY, namesInitialledBody, namesPairedFirm, namesRomanceBody } from './conjoined-names.js';
import { namesOwnedBody } from './possessive-names.js';
import { looksCommon } from './name-words.js';
import { ARMED_GROUPS_AND_SERVICES, LEGISLATURES, PAPER_TITLES } from './named-body-vocabulary.js';
import { ORGANIZATION_HEADS, COMPANY_FORMS, INDUSTRY_HEADS, isBankCompound, isFieldOfWork } from './organization-vocabulary.js';
import { MEMBER_ACRONYM } from './person-vocabulary.js';
import { cueLemma } from '../cues.js';
import { namesSportsBody } from './sport-sides.js';
import { isTitleCaseWord } from '../tokens.js';

/** "OpenAI", "AeroSystems": a capital inside a word after a stem of three letters or more, no given name. */
export const isBrandSpelling = (word: string) => {
  const stem = /^(?!Mac|Fitz)(\p{Lu}\p{Ll}{2,})\p{Lu}/u.exec(word)?.[1];
  // "@JohnMelloy": a handle that opens with a given name is a person's.
  return !!stem && !isFirstName(stem);
};

const CONNECTORS = new Set(['of', 'for', 'to', 'on']);
/** "Department of Agriculture", "League for Democracy", "Organisation of Islamic Conference": a word
 *  organizations are called by before the connector heads the name, whatever ends it. */
export const headBeforeConnector = (lower: string[]) => lower.some((w, i) => i > 0 && CONNECTORS.has(w) && isHeadWord(lower[i - 1]!));
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
export const namesLegislature = (c: Candidate) => LEGISLATURES.has(c.words.join(' ').toLowerCase());

/** "Lloyds TSB", "Fitch IBCA": initials of three capitals or more close a firm's name, not a person's
 *  (honours, members and numerals aside: "Ann Roe OBE", "Tom Hale MP", "Henry VIII") nor a region's ("Hong Kong SAR"). */
const endsInInitials = (words: string[]) => {
  const last = words[words.length - 1]!;
  // After names only, written in lower case (in capitals every word looks like initials), that are no
  // ordinary word nor place: "Diluted EPS", "Publisher VNU", "London LIFFE" are no firm's names.
  const before = words.slice(0, -1);
  if (!before.every((w) => isTitleCaseWord(w) && !looksCommon(w) && !/\p{Ll}(?:ed|ing)$/u.test(w) && !lookupLocation(w))) return false;
  return /^[A-Z]{3,5}$/u.test(last) && !/^[IVXLC]+$/u.test(last) && !NO_FIRM_INITIALS.has(last) && !MEMBER_ACRONYM.test(last);
};
const NO_FIRM_INITIALS = new Set(['OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'PHD', 'ESQ', 'JNR', 'SNR', 'SAR']);

/** "lead manager Halvard Bank AG", "adviser Brenner Securities": a name closed by a company's form, its
 *  industry or a bank is a firm's, whatever role stands before it. */
export const endsAsFirm = (words: string[]) => {
  const last = words[words.length - 1]!;
  return words.length > 1 && (COMPANY_FORMS.has(last.toLowerCase()) || INDUSTRY_HEADS.has(last.toLowerCase()) || last === 'Bank' || isBankCompound(last));
};

/** An exchange, a paper or broadcaster, a firm named by a pair or an adjective, a body its initials
 *  open, one named past a word in "'s" or a Romance opener begins, a name holding "y": an organization by its own words (the last
 *  two unless a title or an honorific makes it a person's). */
export const bodyByItsWords = (c: Candidate) =>
  namesMarketOrPaper(c.words) ||
  namesPairedFirm(c.words) ||
  namesInitialledBody(c.words) ||
  namesOwnedBody(c.words) ||
  namesRomanceBody(c.words) ||
  namesWebFirm(c.words) ||
  ARMED_GROUPS_AND_SERVICES.has(c.words.join(' ').toLowerCase()) ||
  paperByTitle(c) ||
  namesNationalFirm(c.words) ||
  ((namesBodyWithY(c.words) || namesFirmByAdjective(c.words) || brandInName(c.words)) && !c.titles.length && !c.honorific);

/** "The Guardian reported", "told the Post", "an interview with The Times": a paper's title alone after
 *  "the" is the paper, speaking or not ("the Government said" is no name); "the Independent" only where it
 *  speaks, as a member of no party is called so too. */
const paperByTitle = (c: Candidate) =>
  c.words.length === 1 && c.prev === 'the' && PAPER_TITLES.has(c.words[0]!.toLowerCase()) && (c.words[0] !== 'Independent' || !!cueLemma(c.next));

/** "Deutsche Telekom", "Svenska Handelsbanken", "Norsk Hydro": a nation's adjective in its own language
 *  opening a name of two words or more opens a firm's or a body's, never a person's ("Deutsche Marks" are money). */
const namesNationalFirm = (words: string[]) => words.length > 1 && NATIONAL_ADJECTIVES.test(words[0]!) && !/^Marks?$/u.test(words[1]!);
const NATIONAL_ADJECTIVES =
  /^(?:Deutsche[rs]?|Svenska|Svenskt|Norsk[ae]?|Norges|Dansk[ae]?|Nederlandse|Suomen|Ceska|Ceske|Polsk(?:a|i|ie)|Magyar|(?:Ö|Oe)sterreichische|Schweizerische)$/u;

/** "EF Education-EasyPost": a brand's spelling after a hyphen inside a longer name (a cycling team's
 *  sponsors) is no person's; a given name spelt so stays one ("MaliVai Edwards"). */
const brandInName = (words: string[]) =>
  words.length > 1 &&
  words.some((w) => w.includes('-') && w.split('-').some((part, i) => i > 0 && /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u.test(part) && isBrandSpelling(part)));

/** The type a name's kind gives it beyond doubt, by its words or those right around it: where a
 *  facility stands ("its Mary River mine"), a place before its kind ("Marjat village"), a sport's governing body ("Cricket Namibia"), a bank named
 *  after its founders ("Merrill Lynch"), a utility named after its region ("Thames Water"), a firm its officers follow ("Lilly chief executive David
 *  Ricks", "Fletcher Challenge shareholders"; a titled name stays a person's). */
export function typeByKind(c: Candidate): EntityType | null {
  if (namesFacilitySite(c) || namesWaterOfPlace(c.words) || kindOfPlaceAfter(c)) return 'LOCATION';
  if (namesSportsBody(c.words) || namesFinancialHouse(c.words) || namesUtility(c.words)) return 'ORGANIZATION';
  return runByCompanyOfficers(c) && !c.titles.length && !c.honorific ? 'ORGANIZATION' : null;
}

/** "the BSE", "the RBI said": an acronym of three to five capitals after "the" names a body (nine in
 *  ten times in Reuters news; "the GDP" is an ordinary word's). */
export const theAcronym = (c: Candidate) =>
  c.prev === 'the' && /^[A-Z]{3,5}$/u.test(c.text) && !isCommonWord(c.text.toLowerCase()) && !isCommonWord(c.text.toLowerCase().replace(/s$/u, ''));

/** "Roda JC", "Lierse SK": initials after a word of a name, in a name not all in capitals, are a
 *  club's or a firm's (a person's come first: "JD Vance"; numerals and members' letters are no
 *  initials: "Willem II", "Ann Lowe MP"; "the Chicago PMI" is a survey). */
export const initialsAfterName = ({ words, prev }: Candidate) =>
  prev !== 'the' &&
  words.some((w) => /\p{Ll}/u.test(w)) &&
  words.slice(1).some((w) => /^\p{Lu}{2,4}$/u.test(w) && !/^[IVXL]+$/u.test(w) && !MEMBER_ACRONYM.test(w));

// The titles, demonym and epithet before a candidate's name ("Russian President Vladimir Putin",
// "Republican Donald Trump", "Minister for Finance Ousmane Kaba"), taken from the front of its words.
import { demonyms, lookupLocation } from '../gazetteer.js';
import { isCalendarWord, isFirstName, isKnownPerson } from '../lexicon.js';
import { roleOf } from '../roles.js';
import { type Token, wordsOf } from '../tokens.js';
import type { Scan } from './find-candidates.js';
import { namesUtility } from './utility-names.js';
import { namesConferenceBody } from './conference-bodies.js';
import { bare, isEpithet, isHonorific, isTitle, isTitleAt, lower } from './name-words.js';
import { endsInThingNamedFor } from './things-named-for.js';
import { officeDomainLength } from './title-splits.js';
import { endsInPlaceHead } from './place-vocabulary.js';
import { KINDS_BEFORE_NAMES, ORGANIZATION_HEADS, ORGANIZATION_OPENERS } from './organization-vocabulary.js';
import { MEASUREMENT_UNITS } from './no-entity-vocabulary.js';
import { PARTY_WORDS, TITLE_MODIFIERS } from './person-vocabulary.js';

const SAINTS = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'sainte', 'st', 'st.']);

/** "Prince William County", "Prince Edward Island", "Queen Mary University of London": a title and a
 *  name before a place's head, or before a word opening a body's name and more words, name a place or a
 *  body after someone, no titled person ("President Joe Biden" holds neither, "Judge Ann Chambers" a
 *  surname that is a body's word in the plural). */
const namedAfterTitled = (words: Token[]) =>
  words.length >= 3 && (endsInPlaceHead(words.map((w) => w.text)) || words.slice(2, -1).some((w) => ORGANIZATION_OPENERS.has(lower(w))));

/** The titles and the demonym before the name, taken from the front of `words` (in place), with an
 *  epithet, an office's domain, a party before a place and a unit after a figure; null when what is
 *  left is only a title's last word. */
export function takeTitles(scan: Scan, run: Token[], words: Token[], known: boolean): { titles: string[]; demonym: string | null } | null {
  const { titles, demonym } = takeTitlesAndDemonym(scan, words, known);
  if (onlyTitleWordLeft(words, titles) || titleBeforeItsDomain(scan, words, titles)) return null;
  takeEpithet(words, titles);
  // "Minister for Finance Ousmane Kaba": the office's domain is part of the title.
  for (let n = officeDomainLength(scan.tokens, words); n > 0; n--) {
    const word = lower(words.shift());
    if (word !== ',') titles.push(word);
  }
  titles.push(...(scan.holders.get(run[0]!) ?? []));
  dropWordsBeforeName(scan, words);
  return { titles, demonym };
}

/** The word a name is of: its last, or the last before "of" or "for" ("Australian Centre for Harbour
 *  Studies", "Italian Court of Cassation"), where a body's name ends in its field. */
function headOf(words: Token[]): Token | undefined {
  const k = words.findIndex((w, i) => i > 0 && (w.text === 'of' || w.text === 'for'));
  return words[k > 0 ? k - 1 : words.length - 1];
}

/** Demonyms and titles before a name, taken from the front of `words` (in place): "Russian President
 *  Vladimir Putin", "Foreign Minister X". */
function takeTitlesAndDemonym(scan: Scan, words: Token[], known: boolean): { titles: string[]; demonym: string | null } {
  const { tokens, sentenceStarts, ordinary, indexOf } = scan;
  const titles: string[] = [];
  let demonym: string | null = null;
  while (words.length > 1) {
    const at = indexOf(words[0]!);
    // "Chief Executive Arvind Pathak": a chief executive is a title of its own (its "Chief" may have
    // been left out as the ordinary word opening a sentence or following a quotation).
    const chiefExecutive = lower(tokens[at - 1]) === 'chief' && bare(words[0]) === 'executive';
    // "Architect Zaha Hadid designed …", "Seismologist Naci Gorur said": a trade opening the sentence
    // titles a name of two uncommon words after it ("Porter Goss", "Hunter Biden" keep a given name that is a trade).
    const trade =
      titles.length === 0 &&
      words.length === 3 &&
      words.slice(1).every((w) => isFirstName(w.text) || !ordinary(w.text)) &&
      sentenceStarts.has(words[0]!.start) &&
      !!roleOf(words[0]!.text) &&
      !isFirstName(words[0]!.text) &&
      !isKnownPerson(words[0]!.text);
    if ((isTitleAt(tokens, at) || chiefExecutive || trade) && !ORGANIZATION_HEADS.has(lower(words[words.length - 1])) && !namedAfterTitled(words))
      titles.push(bare(words.shift()));
    // ... but a demonym opens an organization's name: "Czech National Bank", "Palestinian Authority", and a
    // utility's: "Welsh Water", "British Gas" (utility-names.ts).
    else if (
      !known &&
      demonyms.has(lower(words[0])) &&
      (titles.length > 0 || !(ORGANIZATION_HEADS.has(lower(headOf(words))) || namesUtility(words.map((w) => w.text)) || conferenceOfBody(scan, words)))
    )
      demonym = lower(words.shift());
    else break;
  }
  return { titles, demonym };
}

/** "the Italian Rowing Conference": a demonym opens a conference that is a body too (conference-bodies.ts). */
const conferenceOfBody = ({ tokens, indexOf }: Scan, words: Token[]) =>
  namesConferenceBody(
    words.map((w) => w.text),
    lower(tokens[indexOf(words[words.length - 1]!) + 1]),
  );

/** "Deputy Minister", "Prime Minister" opening a sentence: the title's last word is no name; nor is
 *  "Executive" in "Chief Executive T.V. Narendran", where the initials open a run of their own, nor
 *  "General" closing a title ("the Attorney General", "the NATO Deputy Secretary General"). */
const onlyTitleWordLeft = (words: Token[], titles: string[]) =>
  words.length === 1 &&
  ((TITLE_MODIFIERS.has(titles[titles.length - 1] ?? '') && isTitle(words[0]!)) ||
    (titles.length > 0 && (TITLE_MODIFIERS.has(lower(words[0])) || words[0]!.text === 'General')));

/** "the Deputy General Manager (of Harwick Mining)", "Senior Vice President (for …)": a title word left after a
 *  title's modifier or "General", "of" or "for" after it, closes the title before its domain; no one is named
 *  ("Senator Judge of Velmora" is a surname). */
const titleBeforeItsDomain = ({ tokens, indexOf }: Scan, words: Token[], titles: string[]) =>
  words.length === 1 &&
  (titles.at(-1) === 'general' || TITLE_MODIFIERS.has(titles.at(-1)!)) &&
  isTitle(words[0]!) &&
  /^(?:of|for)$/u.test(tokens[indexOf(words[0]!) + 1]?.text ?? '');

/** An epithet or party before a given name is not part of the name: "Republican Donald Trump",
 *  "Crooked Hillary Clinton" (surnames do not come before given names in English news); so is a
 *  pageant's after "Miss": "Miss Universe Alicia Machado". Taken from `words` into `titles` (in place). */
function takeEpithet(words: Token[], titles: string[]): void {
  // A saint's name opens places and firms named after them, never an epithet: "San Miguel Corp.", "Santa Rosa".
  // A month before a given name is one too: "Jan Peter Balkenende".
  const epithet = (w: Token) => (isEpithet(w) && !SAINTS.has(lower(w)) && !isCalendarWord(w.text)) || titles[titles.length - 1] === 'miss';
  // A place or body named after someone keeps its first word: "Second Thomas Shoal", "King Fahd Maritime Academy".
  const placeOrBody = ORGANIZATION_HEADS.has(lower(words[words.length - 1])) || namedAfterTitled(words);
  if (words.length >= 3 && isFirstName(words[1]!.text) && !isFirstName(words[0]!.text) && !isHonorific(words[0]!) && epithet(words[0]!) && !placeOrBody) {
    // "Drugmaker Eli Lilly": a kind of organization opening the sentence describes it, titles nobody.
    const kind = KINDS_BEFORE_NAMES.has(lower(words[0]));
    const word = lower(words.shift());
    if (!kind) titles.push(word);
  }
}

/** Words left before or after the name that are no part of it, dropped from `words` (in place): a
 *  party before a place, the thing a name is named for, a unit after its figure. */
function dropWordsBeforeName({ tokens, indexOf }: Scan, words: Token[]): void {
  // "Republican Indiana Gov. Mike Pence": a party before a place modifies it ("the Democratic
  // Alliance" is a body whose head a town's name spells too).
  if (words.length >= 2 && PARTY_WORDS.has(lower(words[0])) && !ORGANIZATION_HEADS.has(lower(words[words.length - 1])) && lookupLocation(wordsOf(words, 1)))
    words.shift();
  if (endsInThingNamedFor(words)) words.pop();
  // "the 50 MW Garissa II plant": a unit after its figure opens no name.
  if (words.length > 1 && MEASUREMENT_UNITS.has(words[0]!.text) && /^\d/u.test(tokens[indexOf(words[0]!) - 1]?.text ?? '')) words.shift();
}

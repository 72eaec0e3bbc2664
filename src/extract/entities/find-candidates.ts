// Candidate names: runs of capitalised words in a block, with the title that precedes them
// ("President"), honorifics kept in the span ("Ayatollah Seyyed"), possessives and demonyms split off.
import { lookupLocation, demonyms } from '../gazetteer.js';
import {
  breaksHeadlineName,
  isCalendarWord,
  isClosedClassWord,
  isCommonWord,
  isFirstName,
  isDerivedAdverb,
  isFunctionWord,
  isKnownPerson,
  isLeadingWord,
  MONTH_NAMES,
  tagsOf,
} from '../lexicon.js';
import { firstStartingAtOrAfter } from '../span-index.js';
import { isAllCaps, isCapitalized, type Token, wordsOf } from '../tokens.js';
import { type Candidate, itsWithin } from './candidates.js';
import { appositionType, calledBefore, descriptionBefore } from './apposition.js';
import { namesSportsBody } from './sport-sides.js';
import { namesUtility } from './utility-names.js';
import { roleOf } from '../roles.js';
import { domainAfter } from './web-domains.js';
import { bare, interjectionAsGivenName, interjectionBeforeGivenName, isEpithet, isHonorific, isTitle, isTitleAt, lower } from './name-words.js';
import { runs } from './name-runs.js';
import { endsInThingNamedFor } from './things-named-for.js';
import { opensNameItself } from './name-openings.js';
import { opensWithRank } from './rank-openings.js';
import { roadNumberAfter } from './numbered-roads.js';
import { isArticleName } from './article-names.js';
import { isOrdinaryWordBody } from './ordinary-word-bodies.js';
import { lineScorers, tableSides } from './table-sides.js';
import { officeDomainLength, splitAtTitles, splitOfficeBody } from './title-splits.js';
import { splitBodyFromMember } from './body-holders.js';
import { strandsPreposition } from './stranded-prepositions.js';
import {
  COMPANY_FORMS,
  COMPANY_HEADS,
  endsInPlaceHead,
  KINDS_BEFORE_NAMES,
  MEASUREMENT_UNITS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  ORGANIZATION_OPENERS,
  opensOrganization,
  PARTY_WORDS,
  TEAM_WORDS,
  TITLE_MODIFIERS,
} from './vocabulary.js';

const SAINTS = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'sainte', 'st', 'st.']);

// Words that date a role, opening a sentence: "Former DNC chairman …", "Interim DNC Chairwoman …".
const FORMER = new Set(['former', 'interim', 'acting', 'retired', 'outgoing', 'incoming', 'late']);

/** "Champions Galatasaray were held", "Leaders Porto lost", "Chipmaker Nordwell said": an ordinary plural
 *  noun or a word describing companies opening a sentence says what the name after it is ("Workers Party", "Queens Park Rangers" end in what names of bodies and sides end in;
 *  a word describing companies is none whatever ends the name, "Rival Mondelez International said"). */
function describesNamed(words: Token[], ordinary: (word: string) => boolean): boolean {
  const last = lower(words[words.length - 1]);
  const first = lower(words[0]);
  if (words.length < 2) return false;
  if (DESCRIBING.has(first) || /.maker$/u.test(first)) return true;
  return tagsOf(first).includes('Plural') && ordinary(words[0]!.text) && !ORGANIZATION_HEADS.has(last) && !TEAM_WORDS.has(last);
}
// "Rival Colruyt is due …", "Troubled Fokker said", "Retailer Hallam Stores fell": words news puts
// before a company or side it names.
const DESCRIBING = new Set([
  'rival',
  'struggling',
  'troubled',
  'reigning',
  ...'retailer miner insurer lender brewer airline publisher carmaker automaker chipmaker drugmaker steelmaker broadcaster'.split(' '),
]);

/** "Club Brugge drew", "Union Berlin won", "Racing Santander beat": a word that opens names of bodies
 *  or sides, also a verb, opening the sentence before a word of no title nor given name ("House
 *  Speaker Paul Ryan" is titled). */
const opensName = (words: Token[]) =>
  words.length > 1 && (opensOrganization(words[0]!.text) || TEAM_WORDS.has(lower(words[0]))) && !isTitle(words[1]!) && !isFirstName(words[1]!.text);

/** "Prince William County", "Prince Edward Island", "Queen Mary University of London": a title and a
 *  name before a place's head, or before a word opening a body's name and more words, name a place or a
 *  body after someone, no titled person ("President Joe Biden" holds neither, "Judge Ann Chambers" a
 *  surname that is a body's word in the plural). */
const namedAfterTitled = (words: Token[]) =>
  words.length >= 3 && (endsInPlaceHead(words.map((w) => w.text)) || words.slice(2, -1).some((w) => ORGANIZATION_OPENERS.has(lower(w))));

/** "Marks & Spencer said", "Rose & Crown Brewery will": a word before "&" is a firm's first word, whatever it
 *  means alone, since "&" is written only inside names ("The & …" is nothing). */
const ampersandAfter = (words: Token[]) => words.length > 2 && words[1]!.text === '&' && !isClosedClassWord(words[0]!.text);

/** "Marks and Spencer", "Marks and Spencer Plc": two words joined by "and", a legal form after them or none. */
const pairedFirm = (run: Token[]) => run[1]?.text === 'and' && (run.length === 3 || (run.length === 4 && COMPANY_FORMS.has(lower(run[3]))));

/** A run of two words or three ending in a company's industry or form, opening with a noun or
 *  verb, not a function word: "Network Rail", not "The Energy" or "During Rail". */
function companyName(run: Token[]): string | null {
  if (run.length < 2 || run.length > 3 || !COMPANY_HEADS.has(run[run.length - 1]!.text.toLowerCase())) return null;
  return breaksHeadlineName(run[0]!.text) || isLeadingWord(run[0]!.text) ? null : wordsOf(run);
}

/** Prepositions and forms of "be" that a sentence writes in lower case and a title with a capital. */
const TITLE_SMALL_WORDS = /^(?:To|On|With|By|At|In|For|From|Over|About|Into|After|Against|Is|Are|Was|Were)$/u;

/** "Rand Paul Scores Direct Hit On Donald Trump.": a preposition or a form of "be" capitalised right
 *  after a word, not opening a sentence, shows a subheading in title case, whatever mark closes it. */
export const smallWordCapitalised = (tokens: Token[]) => tokens.some((t, i) => i > 0 && TITLE_SMALL_WORDS.test(t.text) && /^\p{L}/u.test(tokens[i - 1]!.text));

/** Most words capitalised and, outside the title, no closing period (unless a small word is
 *  capitalised inside), as headlines, subheadings and table headers are written; a line of short
 *  words shows it by a small word capitalised inside: "Ann Pike Put On The Defensive". */
export function isTitleCase(tokens: Token[], headline: boolean): boolean {
  let small: boolean | undefined;
  const smallWord = () => (small ??= smallWordCapitalised(tokens));
  if (!headline && /^[.!?"”’]$/u.test(tokens[tokens.length - 1]?.text ?? '') && !smallWord()) return false;
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  const enough = words.length >= 3 || (words.length === 2 && smallWord());
  return enough && words.filter((t) => isCapitalized(t.text)).length / words.length > 0.7;
}

export function findCandidates(
  text: string,
  tokens: Token[],
  starts: {
    sentenceStarts: Set<number>;
    quoteStarts: Set<number>;
    ordinary?: (word: string) => boolean;
    wordsAlone: () => Set<string>;
    writtenInside?: (phrase: string, at: number) => boolean;
    /** isTitleCase of the block, when the caller has it already */
    titleCase?: boolean;
  },
  headline = false,
): Candidate[] {
  // An ordinary word by the lexicon, or by the document's own lower case ("Cases" after "cases"): see ordinary-words.ts.
  const { quoteStarts, ordinary = isCommonWord, wordsAlone, writtenInside = () => false } = starts;
  const writtenWhole = (words: Token[]) => writtenInside(text.slice(words[0]!.start, words[words.length - 1]!.end), words[0]!.start);
  const out: Candidate[] = [];
  // The index of a word of a run in `tokens` (runs hold the block's own tokens, in order).
  const indexOf = (t: Token) => firstStartingAtOrAfter(tokens, t.start);
  const teamInTable = tableSides(text, tokens);
  const scorer = lineScorers(text, tokens);
  const holders = new Map<Token, string[]>();
  // "Group A: In Athens: Panathinaikos 76 …": in a results line a label after a colon opens as a sentence does.
  const labelStarts = teamInTable.any ? new Set(tokens.filter((_, i) => tokens[i - 1]?.text === ':').map((t) => t.start)) : undefined;
  const sentenceStarts = labelStarts ? { has: (at: number) => starts.sentenceStarts.has(at) || labelStarts.has(at) } : starts.sentenceStarts;
  // "Racing Club 2 Sporting 1" capitalises its words as a headline does, but its verbs are sides' names.
  // (Loops, not nested flatMaps: those cost more than the splitting.)
  const pieces: Token[][] = [];
  for (const run of runs(tokens, (starts.titleCase ?? isTitleCase(tokens, headline)) && !teamInTable.any))
    for (const part of splitAtTitles(text, run))
      for (const body of splitOfficeBody(tokens, part, holders)) for (const piece of splitBodyFromMember(body, wordsAlone)) pieces.push(piece);
  const scan: Scan = { text, tokens, sentenceStarts, quoteStarts, ordinary, writtenWhole, indexOf, holders, teamInTable, scorer };
  for (const run of pieces) {
    const words = run.slice();
    const { onlyIfKnown, known } = dropOrdinaryOpening(scan, run, words);
    const taken = takeTitles(scan, run, words, known);
    if (!taken || !words.length) continue;
    out.push(candidateOf(scan, words, taken.titles, taken.demonym, onlyIfKnown));
  }
  return out;
}

/** What every candidate of a block is read with. */
interface Scan {
  text: string;
  tokens: Token[];
  sentenceStarts: { has(at: number): boolean };
  quoteStarts: Set<number>;
  ordinary: (word: string) => boolean;
  writtenWhole: (words: Token[]) => boolean;
  indexOf: (t: Token) => number;
  holders: Map<Token, string[]>;
  teamInTable: ReturnType<typeof tableSides>;
  scorer: ReturnType<typeof lineScorers>;
}

/** A capitalised ordinary word opening a sentence, and a rank, dropped from the front of `words`
 *  (in place); `onlyIfKnown`: a lone word that is a name only where the document gives it in full. */
function dropOrdinaryOpening(scan: Scan, run: Token[], words: Token[]): { onlyIfKnown: boolean; known: boolean } {
  const { text, tokens, sentenceStarts, quoteStarts, ordinary, writtenWhole, indexOf } = scan;
  let onlyIfKnown = false;
  // A capitalised ordinary word opening a sentence is not part of a name ("During", "The"),
  // unless the whole run is a known place ("New York").
  // So is a company's, its industry last: "Network Rail said", and a sport's body: "Cycling Ontario said".
  // So is a firm's of two names joined by "and" ("Marks and Spencer fell", "Scottish and Newcastle", "Marks and Spencer Plc and …"): see paired-firm-names.ts.
  const known =
    lookupLocation(text.slice(run[0]!.start, run[run.length - 1]!.end)) ??
    companyName(run) ??
    (namesSportsBody(run.map((t) => t.text)) || pairedFirm(run) || null);
  // A noun or adjective before more capitalised words may be a first name ("Bill Clinton").
  // Inside a quotation the opening word is as often a verb or noun as a given name: “Notice Trump …”.
  while (
    !known &&
    words.length &&
    !isAllCaps(words[0]!.text) &&
    ((sentenceStarts.has(words[0]!.start) &&
      (((words.length === 1 || (isFunctionWord(words[0]!.text) && !opensName(words)) || FORMER.has(lower(words[0]))) && ordinary(words[0]!.text)) ||
        // "Currently Shalev is …": an adverb made from an adjective opens no name.
        isDerivedAdverb(words[0]!.text) ||
        (describesNamed(words, ordinary) && !writtenWhole(words)))) ||
      (quoteStarts.has(words[0]!.start) && !isFirstName(words[0]!.text) && isCommonWord(words[0]!.text))) &&
    !interjectionAsGivenName(words) &&
    !isArticleName(words.map((w) => w.text)) &&
    !isOrdinaryWordBody(words.map((w) => w.text)) &&
    !(sentenceStarts.has(words[0]!.start) && opensNameItself(words, tokens[indexOf(words[words.length - 1]!) + 1])) &&
    // A month opens a run only as a given name ("May Mahoney said"): see name-runs.ts.
    !(words.length > 1 && MONTH_NAMES.has(words[0]!.text)) &&
    !ampersandAfter(words)
  ) {
    // "Dean, a medical doctor, …": a lone noun may still be a surname the document gave in full.
    // So may a verb: "Park said" after "Park Hak-kyu".
    onlyIfKnown = run.length === 1 && !isClosedClassWord(words[0]!.text);
    if (onlyIfKnown) break;
    words.shift();
  }
  // "Hey Frank, my name is John": an interjection calling a person by a given name is no word of the name.
  if (!known && words.length === 2 && interjectionBeforeGivenName(words, tokens[indexOf(words[1]!) + 1])) words.shift();
  // "Top Holt aides said", "On radio, Former Dunland Gov. Jan Pike said": see rank-openings.ts.
  if (!known && words.length > 1 && opensWithRank(words, tokens[indexOf(words[0]!) - 1], tokens[indexOf(words[words.length - 1]!) + 1])) words.shift();
  return { onlyIfKnown, known: !!known };
}

/** The titles and the demonym before the name, taken from the front of `words` (in place), with an
 *  epithet, an office's domain, a party before a place and a unit after a figure; null when what is
 *  left is only a title's last word. */
function takeTitles(scan: Scan, run: Token[], words: Token[], known: boolean): { titles: string[]; demonym: string | null } | null {
  const { titles, demonym } = takeTitlesAndDemonym(scan, words, known);
  if (onlyTitleWordLeft(words, titles)) return null;
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
      (titles.length > 0 || !(ORGANIZATION_HEADS.has(lower(words[words.length - 1])) || namesUtility(words.map((w) => w.text))))
    )
      demonym = lower(words.shift());
    else break;
  }
  return { titles, demonym };
}

/** "Deputy Minister", "Prime Minister" opening a sentence: the title's last word is no name; nor is
 *  "Executive" in "Chief Executive T.V. Narendran", where the initials open a run of their own, nor
 *  "General" closing a title ("the Attorney General", "the NATO Deputy Secretary General"). */
const onlyTitleWordLeft = (words: Token[], titles: string[]) =>
  words.length === 1 &&
  ((TITLE_MODIFIERS.has(titles[titles.length - 1] ?? '') && isTitle(words[0]!)) ||
    (titles.length > 0 && (TITLE_MODIFIERS.has(lower(words[0])) || words[0]!.text === 'General')));

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

/** The candidate the name words make, with the titles before them and the words around them. */
function candidateOf(scan: Scan, words: Token[], titles: string[], demonym: string | null, onlyIfKnown: boolean): Candidate {
  const { text, tokens, indexOf, teamInTable, scorer } = scan;
  widenToSide(tokens, words, teamInTable.sideAround(words[0]!.start, words[words.length - 1]!.end), indexOf);
  // "Interstate 95", "Highway 61": a road's number is a word of its name (numbered-roads.ts).
  const roadNumber = roadNumberAfter(words, tokens[indexOf(words[0]!) + 1]);
  if (roadNumber) words.push(roadNumber);
  const first = indexOf(words[0]!);
  const before = tokens[first - 1];
  // "Mr Dahl", "Mrs Holt": an honorific without its period is no name word, so no part of the run
  // ("will miss England's opener": "miss" in lower case is the verb, the title is written "Miss").
  if (before && isTitle(before) && before.text !== 'miss' && (!isCapitalized(before.text) || NOT_NAMES.has(lower(before)))) titles.unshift(bare(before));
  // "Mr. Smith": the title's period is a token of its own; only an abbreviation's ("… as finance
  // minister. Bank Indonesia …" ends a sentence).
  const beforeDot = tokens[first - 2];
  if (before?.text === '.' && beforeDot && isTitle(beforeDot) && before.start === beforeDot.end && /^\p{Lu}\p{L}{0,3}$/u.test(beforeDot.text))
    titles.unshift(bare(beforeDot));
  const honorific = words.length > 1 && isHonorific(words[0]!);
  const nameWords = words.filter((w, i) => !(isHonorific(w) && i < words.length - 1));
  const last = words[words.length - 1]!;
  // "Amazon.com": a web domain right after the name is part of it.
  const domain = domainAfter(text, last.end);
  const end = last.end + domain.length;
  const lastAt = indexOf(last) + (domain ? domain.split('.').length * 2 - 2 : 0);
  return {
    start: words[0]!.start,
    end,
    text: text.slice(words[0]!.start, end),
    words: nameWords.map((w, i) => (i === nameWords.length - 1 ? w.text + domain : w.text)),
    titles,
    demonym,
    honorific,
    onlyIfKnown,
    teamInTable: teamInTable.isSide(words[0]!.start, end),
    scorer: scorer(words[0]!.start, end),
    prev: lower(before),
    prevBefore: lower(tokens[first - 2]),
    next: lower(tokens[lastAt + 1]),
    nextAfter: lower(tokens[lastAt + 2]),
    itsAfter: itsWithin(tokens, lastAt + 1),
    describedAs: appositionType(tokens, lastAt + 1, before) ?? descriptionBefore(tokens, first, lastAt + 1) ?? calledBefore(tokens, first),
    strandsPreposition: strandsPreposition(tokens, lastAt + 1),
  };
}

/** "1860 Munich 2 Bayer Leverkusen 1", "Schalke 04 2 Karlsruhe 2": the number a results line writes
 *  with a side's name is a word of it. */
function widenToSide(tokens: Token[], words: Token[], side: [number, number] | undefined, indexOf: (t: Token) => number): void {
  if (!side) return;
  for (let k = indexOf(words[0]!) - 1; k >= 0 && tokens[k]!.start >= side[0]; k--) words.unshift(tokens[k]!);
  for (let k = indexOf(words[words.length - 1]!) + 1; k < tokens.length && tokens[k]!.end <= side[1]; k++) words.push(tokens[k]!);
}

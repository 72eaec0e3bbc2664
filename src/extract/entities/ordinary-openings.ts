// A capitalised ordinary word opening a sentence ("During", "The", "Champions Galatasaray were held"),
// or a rank, is no word of the name after it: dropped from the front of a candidate's words.
import { lookupLocation } from '../gazetteer.js';
import {
  breaksHeadlineName,
  isClosedClassWord,
  isCommonWord,
  isDerivedAdverb,
  isFirstName,
  isFunctionWord,
  isLeadingWord,
  MONTH_NAMES,
  tagsOf,
} from '../lexicon.js';
import { isAllCaps, type Token, wordsOf } from '../tokens.js';
import type { Scan } from './find-candidates.js';
import { namesSportsBody } from './sport-sides.js';
import { interjectionAsGivenName, interjectionBeforeGivenName, isTitle, lower } from './name-words.js';
import { opensNameItself } from './name-openings.js';
import { opensWithRank } from './rank-openings.js';
import { isArticleName } from './article-names.js';
import { isOrdinaryWordBody } from './ordinary-word-bodies.js';
import { sidesBeforeName } from './no-entity-names.js';
import { COMPANY_FORMS, COMPANY_HEADS, ORGANIZATION_HEADS, opensOrganization, TEAM_WORDS } from './organization-vocabulary.js';

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

/** A capitalised ordinary word opening a sentence, and a rank, dropped from the front of `words`
 *  (in place); `onlyIfKnown`: a lone word that is a name only where the document gives it in full. */
export function dropOrdinaryOpening(scan: Scan, run: Token[], words: Token[]): { onlyIfKnown: boolean; known: boolean } {
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
      // ... and so does one opening a quotation: `said, "Usually, the ferry …"`.
      (quoteStarts.has(words[0]!.start) && !isFirstName(words[0]!.text) && (isCommonWord(words[0]!.text) || isDerivedAdverb(words[0]!.text)))) &&
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
  // "Pro-Velmora DAB's chair", "Pan-democrat Lam Cheuk-ting": see no-entity-names.ts.
  if (!known && words.length > 1 && sidesBeforeName(words.map((w) => w.text))) words.shift();
  return { onlyIfKnown, known: !!known };
}

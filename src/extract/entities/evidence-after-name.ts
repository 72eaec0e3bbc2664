// What the short window after a name says of it: a firm's results, guidance, share price or "its"
// (a company's), or "he" or "she" (a person's).
import { cueLemma } from '../cues.js';
import { isCompanyWord, OUTLET_WORDS } from '../description-heads.js';
import { isCalendarWord, isClosedClassWord, isFiniteVerb } from '../lexicon.js';
import { actsAsFirm } from './firm-acts.js';
import { ownsAsFirm } from './firm-kinds-said.js';
import { saysResultsMoved } from './reported-results.js';
import { ORGANIZATION_KINDS } from './organization-vocabulary.js';

/** The end of a sentence inside the window: a stop before a space and a capital or quote. */
export const SENTENCE_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/u;
/** Words for a person that, in the same sentence, say the name is someone's. */
const PERSONAL = /\b(?:he|she|his|her|him|himself|herself)\b/iu;
/** A sentence opening with a company word: "The company said", "The Dutch group expects" ("It said"
 *  tells less: it may go back to another organization just named, "told ANSA … It said"). */
const OPENS_WITH_COMPANY = /^The\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(\p{Ll}+)/u;
/** "The Bethesda, Maryland-based company already supplies …", "The Tokyo-based group said": a sentence
 *  opening with a company word after where it is based, places of capitals too (group 1: the word, group 2: its verb). */
const OPENS_WITH_BASED = /^The\s+(?:[\p{L}.'’-]+,?\s+){0,3}?[\p{L}.'’]+-based\s+(\p{Ll}+)\s+(?:(?:already|also|now|still|\p{Ll}+ly)\s+)?(\p{Ll}+)/u;
/** "The airline's chief operating officer", "The university's president": a sentence opening with what a
 *  company or a university owns (group 1: its word). */
const OPENS_WITH_OWNER = /^The\s+(\p{Ll}+)['’]s\s/u;

/** "“We made our final offer,” a company spokeswoman said": the sentence after the name, a quotation
 *  perhaps first (past a line such as "Advertisement"), attributed to one who speaks for a kind of
 *  body (group 1: its word). */
const SPOKESPERSON_OF =
  /^[^.!?"“”]*?(?:["“][^"“”]*["”]\s+)?[^.!?"“”]*?\b(?:a|an|the)\s+(\p{Ll}+)\s+(?:spokes(?:wo)?man|spokesperson)\s+(?:said|says|added|told)\b/u;

/** "said on Thursday its profit rose", "reported that its sales fell": "its" right after the verb,
 *  with no other noun phrase before it that could own it ("said the bank would raise its …"). */
function ownsRightAfter(sentence: string): boolean {
  const at = sentence.search(/\bits\b/u);
  if (at < 0) return false;
  const words = sentence.slice(0, at).trim().split(/\s+/u);
  if (words.length <= 5) return words.every((w) => !/^(?:the|a|an|this|these|those)$/iu.test(w) && !namesAnother(w));
  // "said on Friday it would sell a stake in its port": "it" opens what was said and owns the "its" after it.
  const it = words.indexOf('it');
  return (
    it > 0 &&
    it <= 4 &&
    words.slice(0, it).every((w) => !namesAnother(w)) &&
    words.slice(it + 1).every((w) => !/^(?:the|this|these|those)$/iu.test(w) && !namesAnother(w))
  );
}
/** A capitalised word other than a date's: another name that could own "its". */
const namesAnother = (w: string) => /^\p{Lu}/u.test(w) && !isCalendarWord(w);

/** "on Tuesday ": the day a firm did what it did, between its name and its verb. */
export const ON_DAY = String.raw`on\s+\p{Lu}\p{Ll}+\s+`;
/** Before a firm's reporting verb, right after its name: an adverb ("also"), or its day ("on Tuesday"). */
const REPORTING_OPENING = String.raw`^\s*(?:\p{Ll}+\s+|${ON_DAY})?`;

/** "reported a net loss", "posted record first-half sales", "raised its dividend": what a company
 *  reports, right after its name. */
const REPORTS_RESULTS = new RegExp(
  String.raw`${REPORTING_OPENING}(?:reported|posted|booked|recorded|announced|forecast|raised|cut)\s+(?:a|an|its|record)?\s*(?:[\p{Ll}-]+\s+){0,3}?(?:profits?|loss(?:es)?|earnings|revenues?|sales|dividends?|turnover)\b`,
  'u',
);

/** "reported a 9% fall in first-half profit", "on Tuesday posted a rise in quarterly sales": a change in
 *  results a company reports of itself. */
const REPORTS_CHANGE = new RegExp(
  String.raw`${REPORTING_OPENING}(?:reported|posted|announced|booked|recorded)\s+an?\s+(?:\d[\d.,]*\s*(?:%|percent|per\s+cent|pct)\s+)?(?:[\p{Ll}-]+\s+)?(?:rise|fall|drop|increase|decrease|decline|jump|slump|surge|gain|slide)\s+in\s+(?:[\p{Ll}-]+\s+){0,3}?(?:profits?|loss(?:es)?|earnings|revenues?|sales|turnover)\b`,
  'u',
);

/** "reported a record annual profit", "posted a net loss": the profit or loss a firm reports of itself. */
export const REPORTS_PROFIT = new RegExp(
  String.raw`${REPORTING_OPENING}(?:reported|posted|booked)\s+(?:a|an|its)\s+(?:record\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:net\s+|pre-tax\s+|operating\s+)?(?:profit|loss)\b`,
  'u',
);

/** "fell 12 percent", "rose 3.5 pct to 210 pence", "gained 40 cents", "fell 1.20 guilders", "slipped 4p",
 *  "lost two cents" (a market brief spells small moves), "rose 1-1/4 to 52-3/8" (a share's price in
 *  fractions of a dollar), "was unchanged at 480 pence": how a share moves, in any currency's units. */
const MOVES_IN_PRICE =
  /^\s*(?:\p{Ll}+\s+)?(?:(?:rose|fell|gained|lost|climbed|slipped|dropped|jumped|slumped|tumbled|eased|edged\s+(?:up|down|higher|lower)|added|shed|rallied|surged|sank|plunged|soared)\s+(?:a\s+further\s+|as\s+much\s+as\s+|nearly\s+|almost\s+|about\s+)?(?:\d[\d.,]*\s*(?:percent|per\s+cent|pct|%|cents|pence|p|points|yen|euros?|guilders|francs|marks|pfennigs?|rand|lire|crowns|kronor|kroner|pesos|pesetas|escudos|schillings|baht|rupees|ringgit|won|forints|zlotys|rupiah)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:cents?|pence|points?)\b|(?:\d+-)?\d\/\d{1,2}\b)|(?:was|were)\s+unchanged\s+at\s+\d)/u;

/** "gained 5 points in the latest poll", "fell 3 percent among voters": a candidate's standing moves as a share does. */
const POLL_TALK = /\b(?:polls?|polling|pollsters?|surveys?|voters|support)\b/u;
/** A share's move, in a sentence of no poll. */
const movesAsShare = (sentence: string) => MOVES_IN_PRICE.test(sentence) && !POLL_TALK.test(sentence);

/** "raised its full-year forecast", "cut its dividend": what a firm does to its guidance and payouts. */
const GUIDES =
  /^\s*(?:\p{Ll}+\s+)?(?:raised|cut|lifted|lowered|trimmed|reaffirmed|slashed|boosted|narrowed|withdrew|suspended)\s+its\s+(?:[\p{Ll}-]+\s+){0,2}?(?:forecasts?|outlook|guidance|dividend|targets?)\b/u;

/** "Temasek, which holds a stake in …", "GoTo, which runs Gojek": what a firm does, said of it with "which" (never of a person). */
const OWNS_AS_FIRM =
  /^\s*,\s*which\s+(?:also\s+)?(?:owns|holds|runs|operates|controls|makes|produces|sells|employs|supplies|manufactures|reported|posted|has\s+a\s+stake)\b/u;

/** "said on Monday that it would appeal", "said in an emailed statement it had made changes": what
 *  the name said of itself as "it". */
const SAID_OF_ITSELF = new RegExp(
  String.raw`^\s*(?:said|says|added|told\s+(?:\p{Lu}\S*|reporters))\s+(?:${ON_DAY}|in\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?statement\s+)?(?:that\s+)?it\s+(?:had|has|was|is|would|will|could|did|does|plans|planned|expects|expected)\b`,
  'u',
);

/** "agreed to merge with", "said they had agreed to merge", "agreed to acquire": what only firms agree to. */
const AGREES_TO_MERGE = new RegExp(
  String.raw`^\s*(?:said\s+(?:${ON_DAY})?(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s+)?(?:agreed|agrees|plans|planned)\s+to\s+(?:merge|acquire|take\s+over)\b`,
  'u',
);

// Past tenses spelled as the present, which the lexicon does not read as finite: "Dean Witter cut its rating".
const UNCHANGED_PAST = /^(?:cut|set|put|hit|let|shut|bid|quit|spread|upset)$/u;
/** "cut its rating", "sold its stake", "raised its offer": a verb of no speech, then "its", right after
 *  the name: what the name does to what it owns ("Ann Marsh said its …" may speak of another's). */
function actsOnItsOwn(sentence: string): boolean {
  const words = /^\s*(\p{Ll}+)\s+its\b/u.exec(sentence);
  return !!words && isVerb(words[1]!) && !cueLemma(words[1]!);
}

/** "Novo Nordisk will cut prices, the Danish drugmaker said": what a sentence opening with the name
 *  reports, closed by a company described with a modifier (a nationality, a trade) as its source. */
const DESCRIBED_AS_SOURCE = /,\s+the\s+(?:[\p{L}-]+\s+){1,3}?(\p{Ll}+)\s+(?:said|says|announced|reported|added)\b[^,;]*$/u;
/** Words for a company only (a club, a group or a newspaper may be reporting on someone). */
const COMPANY_ONLY = (head: string) => isCompanyWord(head) && !OUTLET_WORDS.has(head) && !/^(club|side|team|group)$/u.test(head);
const COMPANY_OR_UNIVERSITY = (head: string) => COMPANY_ONLY(head) || head === 'university';

/** A verb after a name: a finite one the lexicon knows, or a lower-case word in "-ed" or "-s" of no closed class
 *  ("hired Ann Holt as its chief": "as", "its", "this" and "across" end so but are no verbs). */
export const isVerb = (word: string) => isFiniteVerb(word) || (/^\p{Ll}+(?:ed|s)$/u.test(word) && !isClosedClassWord(word)) || UNCHANGED_PAST.test(word);

/** Results, guidance and share prices: what only a firm reports of itself as a subject. */
export const reportsAsFirm = (sentence: string) =>
  GUIDES.test(sentence) || REPORTS_RESULTS.test(sentence) || REPORTS_CHANGE.test(sentence) || movesAsShare(sentence);

/** What the window after a name says of it: 'company', 'person', or null for nothing. Of a name opening
 *  with a given name (`given`) only what a firm does tells: "Jane Marsh said it would rain" is hers. */
export function evidenceAfter(after: string, subject: boolean, given = false, opensSentence = false): 'company' | 'person' | null {
  const end = SENTENCE_END.exec(after);
  const sentence = end ? after.slice(0, end.index) : after;
  if (OWNS_AS_FIRM.test(sentence)) return 'company';
  if (PERSONAL.test(sentence)) return 'person';
  // Only what the name does as a subject tells ("joins Niall Quinn up front. The team is …" does not).
  if (!subject) return null;
  if (given) return reportsAsFirm(sentence) || actsOnItsOwn(sentence) || (ownsRightAfter(sentence) && ownsAsFirm(sentence)) ? 'company' : null;
  if (
    ownsRightAfter(sentence) ||
    SAID_OF_ITSELF.test(sentence) ||
    REPORTS_RESULTS.test(sentence) ||
    REPORTS_CHANGE.test(sentence) ||
    movesAsShare(sentence) ||
    AGREES_TO_MERGE.test(sentence) ||
    saysResultsMoved(sentence) ||
    actsAsFirm(sentence) ||
    (opensSentence && COMPANY_ONLY(DESCRIBED_AS_SOURCE.exec(sentence)?.[1] ?? ''))
  )
    return 'company';
  if (!end) return null;
  const nextSentence = after.slice(end.index + end[0].length);
  if (COMPANY_OR_UNIVERSITY(OPENS_WITH_OWNER.exec(nextSentence)?.[1] ?? '')) return 'company';
  if (COMPANY_ONLY(SPOKESPERSON_OF.exec(nextSentence)?.[1] ?? '')) return 'company';
  const next = OPENS_WITH_COMPANY.exec(nextSentence) ?? OPENS_WITH_BASED.exec(nextSentence);
  if (!next) return null;
  return ORGANIZATION_KINDS.has(next[1]!) && isVerb(next[2]!) ? 'company' : null;
}

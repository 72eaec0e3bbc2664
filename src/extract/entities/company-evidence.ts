// An unknown name of two or three words reads as a person's ("Hoogvliet Brandt said …") unless the
// story shows otherwise. Right after the name it often does: the sentence goes on with "its" ("said
// on Thursday its profit rose", "said it would sell its stake"), or the next one opens with a company
// word ("The company said …", "The group expects …") or with what a company owns ("The airline's chief
// executive …"), or it says "it" of itself ("said that it would appeal"), or it reports results ("reported
// a net loss", "said profits fell") or moves in price ("fell 12 percent"). Such a name is an organization
// wherever the story uses it. So is a lone unknown word that speaks ("Pemex said …", "easyJet said …"), or a
// minor place's name the typer took for a person's ("Delta said"), with such evidence, when the story never
// gives it a given name. Only a short window after each name is read, so the work stays linear in the text's length.
import { isDemonymWord, isMajorPlace, lookupLocation } from '../gazetteer.js';
import { isCalendarWord, isCommonWord, isFiniteVerb, isFirstName, isKnownPerson } from '../lexicon.js';
import { cueLemma } from '../cues.js';
import { namesNoEntity } from './no-entity-names.js';
import { BRAND_CASE, hasGivenName } from './name-words.js';
import { ORGANIZATION_KINDS } from './vocabulary.js';
import { isCompanyWord, OUTLET_WORDS } from '../description-heads.js';
import type { TypedCandidate } from './typed-candidates.js';
import { saysResultsMoved } from './reported-results.js';
import { actsAsFirm, callsAsBroker, isFirmActVerb } from './firm-acts.js';
import { ownsAsFirm, saidToBeFirm } from './firm-kinds-said.js';

const WINDOW = 320;
/** The end of a sentence inside the window: a stop before a space and a capital or quote. */
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/u;
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

/** Whether the name's candidate is one a story may mean as a company: two or three words, no title,
 *  no honorific; or one word of no other use, no given name nor known person's
 *  name, the rules' person or of no type, before a verb ("Pemex said") or `joined` with another word before one. */
function mayBeCompany(t: TypedCandidate, joined = false, setOff = false): boolean {
  const { c } = t;
  if (t.headline || c.titles.length || c.honorific) return false;
  if (placeMayBeFirm(t)) return true;
  if (c.words.length === 1)
    return (
      (t.type === 'PERSON' || t.type === null) &&
      !c.onlyIfKnown &&
      (unknownWord(c.text) || minorPlaceWord(c.text)) &&
      (joined || setOff || isFiniteVerb(c.next) || isFirmActVerb(c.next) || (c.next === ',' && c.nextAfter === 'which'))
    );
  // "Kemper Financial said its assets rose": a name the typer left without a type may be a firm's too.
  return (t.type === 'PERSON' || (t.type === null && !c.onlyIfKnown && !namesNoEntity(c))) && c.words.length <= 3;
}
/** "Rio Tinto reported a 9% fall in profit": a minor place's name (no country, capital nor big city) in
 *  running text may be a firm's; only what a firm alone does tells (see evidenceAfter's `given`). */
const placeMayBeFirm = (t: TypedCandidate) => t.type === 'LOCATION' && !t.dateline && !t.caps && !isMajorPlace(t.c.text) && !isDemonymWord(t.c.text);
/** "Emirates reported a record annual profit": a major place's name (a country's, a big city's) is a firm's
 *  only by the profit or loss it reports of itself (a country reports sales and cuts forecasts too). */
const majorPlaceMayBeFirm = (t: TypedCandidate) =>
  t.type === 'LOCATION' && !t.dateline && !t.caps && !t.headline && t.c.words.length === 1 && isMajorPlace(t.c.text) && !isDemonymWord(t.c.text);

/** ", the owner of Bunnings and Kmart, reported …", ", controlled by Andrew Forrest, said …": a phrase set off
 *  by commas between a name and its verb (group 1), and what follows it. */
const SET_OFF = /^\s*,\s*([^,.;:!?"“”()]{3,70}),\s+(?=\p{Ll})/u;
/** A verb of speech opening what follows a name: "said", "declined to comment". */
const SPEAKS = /^(?:said|says|told|added|announced|confirmed|declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?respond)\b/u;
/** What a set-off phrase says only of a firm: "controlled by …", "the maker of …". */
const FIRM_SET_OFF = /^(?:(?:controlled|owned|majority-owned|part-owned)\s+by|the\s+(?:[\p{L}'’-]+\s+){0,3}?(?:maker|manufacturer|producer|operator)\s+of)\b/u;

/** A word of no other use ("Pemex", "Daimler-Benz", "easyJet"): no ordinary word, given name, known person, place nor people. */
export const unknownWord = (word: string) =>
  (/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(word) || BRAND_CASE.test(word)) &&
  !isCommonWord(word) &&
  !isFirstName(word) &&
  !isKnownPerson(word) &&
  !lookupLocation(word) &&
  !isDemonymWord(word);

/** "Delta said in a statement that it expected …": a word the gazetteer knows only as a minor place ("Delta",
 *  a town in Colorado), which the typer took for a person's, may be a firm's as an unknown word may. */
const minorPlaceWord = (word: string) =>
  /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !!lookupLocation(word) && !isMajorPlace(word) && !isCommonWord(word) && !isFirstName(word) && !isKnownPerson(word);

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
const ON_DAY = String.raw`on\s+\p{Lu}\p{Ll}+\s+`;
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
const REPORTS_PROFIT = new RegExp(
  String.raw`${REPORTING_OPENING}(?:reported|posted|booked)\s+(?:a|an|its)\s+(?:record\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:net\s+|pre-tax\s+|operating\s+)?(?:profit|loss)\b`,
  'u',
);

/** "fell 12 percent", "rose 3.5 pct to 210 pence", "gained 40 cents", "lost two cents" (a market
 *  brief spells small moves), "rose 1-1/4 to 52-3/8" (a share's price in fractions of a dollar), "was
 *  unchanged at 480 pence": how a share moves. */
const MOVES_IN_PRICE =
  /^\s*(?:\p{Ll}+\s+)?(?:(?:rose|fell|gained|lost|climbed|slipped|dropped|jumped|slumped|tumbled|eased|edged\s+(?:up|down|higher|lower)|added|shed|rallied|surged|sank|plunged|soared)\s+(?:a\s+further\s+|as\s+much\s+as\s+|nearly\s+|almost\s+|about\s+)?(?:\d[\d.,]*\s*(?:percent|per\s+cent|pct|%|cents|pence|points|yen|euros?)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:cents?|pence|points?)\b|(?:\d+-)?\d\/\d{1,2}\b)|(?:was|were)\s+unchanged\s+at\s+\d)/u;

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

const isVerb = (word: string) => isFiniteVerb(word) || /^\p{Ll}+(?:ed|s)$/u.test(word) || UNCHANGED_PAST.test(word);

/** Results, guidance and share prices: what only a firm reports of itself as a subject. */
const reportsAsFirm = (sentence: string) =>
  GUIDES.test(sentence) || REPORTS_RESULTS.test(sentence) || REPORTS_CHANGE.test(sentence) || MOVES_IN_PRICE.test(sentence);

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
    MOVES_IN_PRICE.test(sentence) ||
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

const JOINED_BY_AND = /^\s+and\s+$/u;

// Words before a name that make it no subject: "the party of Massoud Barzani said", "the airforce under Hermann Goering began its …".
const AFTER_PREPOSITION =
  /^(?:of|for|by|with|from|at|to|and|under|in|on|into|against|over|after|before|about|like|than|between|behind|near|via|without|within)$/u;

/** "Rio Tinto reported …", "Rio Tinto on Wednesday reported …": a verb right after the name, or after its day. */
const VERB_AFTER_DAY = new RegExp(String.raw`^\s+${ON_DAY}(\p{Ll}+)`, 'u');
const verbFollows = (t: TypedCandidate, text: string) =>
  isVerb(t.c.next) || (t.c.next === 'on' && isVerb(VERB_AFTER_DAY.exec(text.slice(t.c.end, t.c.end + 40))?.[1] ?? ''));

/** "Lion Nathan added two cents and Fletcher Challenge lost one": after "and" that follows a clause's
 *  last word (no name, which would make one subject of both), a name opens a clause of its own. */
const opensClauseAfterAnd = (t: TypedCandidate, text: string) => t.c.prev === 'and' && CLAUSE_END_AND.test(text.slice(Math.max(0, t.c.start - 30), t.c.start));
const CLAUSE_END_AND = /(?:^|\s)(?!(?:of|for|by|with|from|at|to|in|on)\s)(?:\p{Ll}+|\d[\d.,%]*)\s+and\s+$/u;

/** Retypes (in place) as organizations the names the story shows to be companies, unless a title
 *  names a person by the same last word ("Mr Brandt") or the story speaks of the name as he or she;
 *  returns those names (lower case). */
export function companiesByEvidence(text: string, typed: TypedCandidate[]): Set<string> {
  const surname = (t: TypedCandidate) => t.c.words[t.c.words.length - 1]!.toLowerCase();
  // "Mr Brandt": a person the story names so.
  const titled = typed.filter((t) => t.c.titles.length || t.c.honorific);
  const titledSurnames = new Set(titled.map(surname));
  // "Lawyer Cesare dal Maso … Dal Maso declined": a person named in three words; no evidence against
  // itself ("Fletcher Challenge Forests lost one cent").
  const longNames = new Map<string, Set<string>>();
  for (const p of typed)
    if (p.type === 'PERSON' && p.c.words.length > 2) longNames.set(surname(p), (longNames.get(surname(p)) ?? new Set()).add(p.c.text.toLowerCase()));
  const personBySurname = (t: TypedCandidate) =>
    titledSurnames.has(surname(t)) || [...(longNames.get(surname(t)) ?? [])].some((n) => n !== t.c.text.toLowerCase());
  // "Ada Okonkwo … Okonkwo said": a word the story gives a person in full is theirs.
  const personWords = new Set(typed.filter((t) => t.type === 'PERSON' && t.c.words.length > 1).flatMap((t) => t.c.words.map((w) => w.toLowerCase())));
  const verdicts = new Map<string, 'company' | 'person'>();
  // "Pharmacia and Upjohn said they had agreed to merge": two words joined as one subject are read
  // from the verb after the second.
  const partners = new Map<TypedCandidate, TypedCandidate>();
  for (let i = 0; i + 1 < typed.length; i++) {
    const [t, u] = [typed[i]!, typed[i + 1]!];
    if (t.c.words.length === 1 && u.c.words.length === 1 && isVerb(u.c.next) && JOINED_BY_AND.test(text.slice(t.c.end, u.c.start))) partners.set(t, u);
  }
  // The second stands after "and", yet is a subject where the first is one.
  const seconds = new Set([...partners].filter(([first]) => !AFTER_PREPOSITION.test(first.c.prev)).map(([, second]) => second));
  // "Emirates reported a record annual profit … Emirates' president": the airline, wherever the story names it.
  const profitablePlaces = new Set<string>();
  for (const t of typed) {
    const partner = partners.get(t);
    if (majorPlaceMayBeFirm(t) && verbFollows(t, text) && !AFTER_PREPOSITION.test(t.c.prev)) {
      if (REPORTS_PROFIT.test(text.slice(t.c.end, t.c.end + WINDOW).split(SENTENCE_END)[0]!)) profitablePlaces.add(t.c.text.toLowerCase());
      continue;
    }
    if (!mayBeCompany(t, !!partner, true) || personBySurname(t) || (t.c.words.length === 1 && personWords.has(surname(t)))) continue;
    const key = t.c.text.toLowerCase();
    if (verdicts.get(key) === 'person') continue;
    // "Wesfarmers, the owner of Bunnings, reported a 3% rise in profit": what the name does after a phrase set
    // off by commas, or the phrase itself, if only a firm does or is it.
    const setOff = t.c.next === ',' ? SET_OFF.exec(text.slice(t.c.end, t.c.end + WINDOW)) : null;
    if (setOff && !AFTER_PREPOSITION.test(t.c.prev) && mayBeCompany(t, false, true)) {
      const after = text.slice(t.c.end + setOff[0].length, t.c.end + WINDOW);
      // "Rocket Lab, which builds rockets, said it had won …", "Stanford, which faces an inquiry, declined to
      // comment": a name said to be "which" is no person's; speaking, it is a body's, and all evidence tells.
      const ofThing = /^which\s/u.test(setOff[1]!);
      const verb = /^\p{Ll}+/u.exec(after)?.[0] ?? '';
      if (FIRM_SET_OFF.test(setOff[1]!) || (ofThing && SPEAKS.test(after)) || evidenceAfter(after, isVerb(verb), !ofThing) === 'company') {
        verdicts.set(key, 'company');
        continue;
      }
    }
    if (!mayBeCompany(t, !!partner)) continue;
    // "Eli Lilly and Novo Nordisk were the two most valuable drugmakers": a subject said to be a firm.
    if ((t.c.prev === 'and' || !AFTER_PREPOSITION.test(t.c.prev)) && saidToBeFirm(text.slice(t.c.end, t.c.end + WINDOW))) {
      verdicts.set(key, 'company');
      continue;
    }
    const last = partner ?? t;
    // ("the Democratic Party of Massoud Barzani said that it …": a name after "of" is no subject.)
    const subject = verbFollows(last, text) && (!AFTER_PREPOSITION.test(t.c.prev) || seconds.has(t) || opensClauseAfterAnd(t, text));
    // "Eli Lilly", "Morgan Stanley": of a name opening with a given name, only what a firm does shows a company's.
    const opensSentence = t.c.prev === '' || /^[.!?"”]$/u.test(t.c.prev);
    const after = text.slice(last.c.end, last.c.end + WINDOW);
    // A town cuts its budget too: a place's name is a firm's only by its results or share price.
    if (placeMayBeFirm(t)) {
      if (subject && reportsAsFirm(after.split(SENTENCE_END)[0]!)) verdicts.set(key, 'company');
      continue;
    }
    const found = evidenceAfter(after, subject, hasGivenName(t.c.words), opensSentence);
    if (found) verdicts.set(key, found === 'person' ? 'person' : (verdicts.get(key) ?? 'company'));
  }
  // (A headline names the firm the story shows: "Earnings roundup: Rio Tinto, BHP and Wesfarmers".)
  for (const t of typed)
    if ((t.type === 'PERSON' || (t.headline && !t.caps) || mayBeCompany(t, partners.has(t), true)) && verdicts.get(t.c.text.toLowerCase()) === 'company')
      t.type = 'ORGANIZATION';
  for (const name of profitablePlaces) verdicts.set(name, 'company');
  for (const t of typed) if (!t.dateline && profitablePlaces.has(t.c.text.toLowerCase())) t.type = 'ORGANIZATION';
  return new Set([...verdicts].filter(([, found]) => found === 'company').map(([name]) => name));
}

// A name that moves as shares move, alone or listed with another: "Infosys and Wipro slipped",
// "Banorte and Cemex led gains", "Mahindra and Maruti Suzuki shares rose"; or that stands where a market
// report leaves its shares: "Kvaerner was weak", "Vossloh and Krones were also lower", "led bank shares higher";
// or that calls a stock as a broker does.
const MOVES_AS_SHARES =
  /^\s*(?:and\s+(?:\p{Lu}[\p{L}&.'-]*\s+){1,3})?(?:shares\s+)?(?:also\s+)?(?:rose|fell|gained|slipped|dropped|climbed|jumped|slumped|tumbled|eased|advanced|declined|rallied|surged|plunged|sank|soared|led\s+(?:gains|losses|the\s+(?:gainers|losers|market|index)|(?:\p{Ll}+\s+)?(?:shares|stocks)\s+(?:higher|lower))|(?:was|were)\s+(?:also\s+)?(?:slightly\s+|sharply\s+)?(?:higher|lower|firmer|weaker|steady|firm|weak|flat|unchanged)\b)\b/u;
// A story about a market: only there does moving say a name is a listed company.
const MARKET_STORY = /\b(?:shares|stocks|bourse|stock\s+exchange)\b/iu;

/** Retypes (in place) as organizations the names a market story shows moving as shares move: a name
 *  of one to three words with no given name first, no title, no place, whose type the context left
 *  open (`decided`). */
export function marketMovers(text: string, typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean): void {
  if (!MARKET_STORY.test(text)) return;
  for (const t of typed) {
    const { c } = t;
    if (t.type === 'ORGANIZATION' || t.type === 'LOCATION' || decided(t) || c.words.length > 3 || c.titles.length || c.honorific || c.onlyIfKnown) continue;
    // "Shares rose", "Stocks fell": an ordinary word is no company.
    if (c.words.length === 1 && isCommonWord(c.text)) continue;
    if (isFirstName(c.words[0]!) || lookupLocation(c.text)) continue;
    // "after Bernstein upgraded the stock": a broker's call, whatever surname the broker's name is too.
    const after = text.slice(c.end, c.end + 80);
    if (!MOVES_AS_SHARES.test(after) && !callsAsBroker(after)) continue;
    t.type = 'ORGANIZATION';
  }
}

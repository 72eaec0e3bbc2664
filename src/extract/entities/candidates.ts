// Candidate names: runs of capitalised words in a block, with the title that precedes them
// ("President"), honorifics kept in the span ("Ayatollah Seyyed"), possessives and demonyms split off.
import { cueLemma } from '../cues.js';
import { lookupLocation, demonyms } from '../gazetteer.js';
import {
  breaksHeadlineName,
  isCalendarWord,
  isCommonWord,
  isFiniteVerb,
  isFirstName,
  isClosedClassWord,
  isFunctionWord,
  isKnownPerson,
  isLeadingWord,
  tagsOf,
} from '../lexicon.js';
import { firstStartingAtOrAfter } from '../span-index.js';
import type { EntityType } from '../types.js';
import { appositionType } from './apposition.js';
import { looksCommon } from './classify.js';
import { isAllCaps, isCapitalized, isWord, type Token } from '../tokens.js';
import {
  COMPANY_HEADS,
  COMPANY_FORMS,
  GENERATION,
  ORGANIZATION_HEADS,
  HONORIFICS,
  INDUSTRY_HEADS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NOT_NAMES,
  PARTY_WORDS,
  opensOrganization,
  PERSON_TITLES,
  TEAM_WORDS,
  TITLE_MODIFIERS,
} from './vocabulary.js';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** name words without honorifics: what the canonical name is made of */
  words: string[];
  /** lower-cased title words right before the name ("president", "foreign minister") */
  titles: string[];
  /** a demonym right before the name ("Russian President ...") */
  demonym: string | null;
  honorific: boolean;
  /** a word that opens a sentence and is also a common noun ("Dean", "Rose"): a name only if the
   *  document names someone so elsewhere */
  onlyIfKnown: boolean;
  /** the name of a side in a league table or results line ("Stoke 2 Tranmere 1") */
  teamInTable: boolean;
  /** the word before and after the candidate, for context rules */
  prev: string;
  /** the word before `prev`, for two-word contexts ("town of …") */
  prevBefore: string;
  next: string;
  /** the word after `next`, for two-word contexts ("37 runs") */
  nextAfter: string;
  /** a verb and "its" right after ("Nordair grounded its fleet", "Nordair has cut its fares") */
  itsAfter: boolean;
  /** what an apposition after the name calls it ("Budimex, a construction firm,"), if a kind of organization or place */
  describedAs: EntityType | null;
}

/** Whether a verb and then "its" follow, within three words and before any punctuation. */
function itsWithin(tokens: Token[], after: number): boolean {
  const verb = tokens[after]?.text ?? '';
  if (!isFiniteVerb(verb) && !/^\p{Ll}+ed$/u.test(verb)) return false;
  for (let k = after + 1; k < tokens.length && k < after + 3; k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (w === 'its') return true;
    if (!/^\p{L}/u.test(w)) return false;
  }
  return false;
}

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const MONTH_SURNAME = /^(May|June|April|August)$/u;
const MONTH_GIVEN_NAME = /^(Jan|June|April|August)$/u;
// Words that date a role, opening a sentence: "Former DNC chairman …", "Interim DNC Chairwoman …".
const FORMER = new Set(['former', 'interim', 'acting', 'retired', 'outgoing', 'incoming', 'late']);
const bare = (t: Token | undefined) => t?.text.toLowerCase().replace(/\.$/u, '') ?? '';
/** "President", "Mr.", or a modifier that a title follows: "Foreign (Minister)", "Vice (President)". */
const isTitleAt = (tokens: Token[], i: number): boolean =>
  PERSON_TITLES.has(bare(tokens[i])) || (TITLE_MODIFIERS.has(bare(tokens[i])) && isTitleAt(tokens, i + 1));
const isTitle = (t: Token) => PERSON_TITLES.has(bare(t));
const isHonorific = (t: Token) => HONORIFICS.has(t.text.toLowerCase());
/** "van", "von der", "bin", "al-" inside a name, when a capitalised word follows the particles. */
function isParticleAt(tokens: Token[], i: number): boolean {
  if (/^(al|el|bin|ibn|abu)-\p{Lu}/u.test(tokens[i]!.text)) return true;
  let k = i;
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.text.toLowerCase())) k++;
  return k > i && k < tokens.length && isCapitalized(tokens[k]!.text);
}

// "St. Louis-based", "Communist-led", "Brazilian-born": a modifier made from a name, not a name.
// So is a side's place or a player's seeding: "Second-placed Kent", "Top-seeded Sampras".
const NAME_MODIFIER =
  /-(based|led|born|backed|sponsored|listed|controlled|owned|run|made|style|era|bound|registered|winning|nominated|placed|seeded|ranked)$/iu;

// "T-shirts", "X-rays", "U-turn": a capital letter before a hyphenated ordinary word.
const LETTER_COMPOUND = /^\p{Lu}-\p{Ll}/u;

function nameLike(t: Token): boolean {
  return (
    isWord(t.text) &&
    (isCapitalized(t.text) || isAllCaps(t.text)) &&
    !NOT_NAMES.has(t.text.toLowerCase()) &&
    !NAME_MODIFIER.test(t.text) &&
    !LETTER_COMPOUND.test(t.text)
  );
}

/** In a title-case headline, a word in -s after a given name and a surname is the verb: "Donald
 *  Trump Rampages Against …", "Mary Smith Wins …" (a surname of three words is rare; "Mary Beth
 *  Williams" has a given name second). */
function headlineVerbAfterName(run: Token[], t: Token): boolean {
  return (
    run.length === 2 &&
    isFirstName(run[0]!.text) &&
    !isFirstName(run[1]!.text) &&
    /^\p{Lu}\p{Ll}+[^sui]s$/u.test(t.text) &&
    !isKnownPerson(t.text) &&
    !isFirstName(t.text)
  );
}

/** "Sheffield Wednesday 2", "Sheffield Wednesday v Leeds": a weekday after a town, before a score,
 *  names a side (elsewhere it dates: "Leeds Wednesday said"). */
const sideNamedByDay = (run: Token[], t: Token, next: Token | undefined) =>
  run.length === 1 && /day$/u.test(t.text) && !!lookupLocation(run[0]!.text) && !!next && /^(\d{1,3}|v|vs\.?)$/u.test(next.text);

/** Maximal runs of name words; connectors join words only inside organization names. In a
 *  title-case headline ("Hillary Clinton Was Headed to ER") verbs and function words end a run. */
function runs(tokens: Token[], titleCase: boolean): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "Christie Calls Clinton …", "Graham Says …": a speech verb in a headline is no name.
    if (titleCase && (((breaksHeadlineName(t.text) || cueLemma(t.text)) && !isFirstName(t.text)) || headlineVerbAfterName(run, t))) flush();
    // "CONGRESS HAS INVESTIGATED HIM — …": a verb or function word in capitals is a shouted label.
    else if (isAllCaps(t.text) && t.text.length >= 3 && breaksHeadlineName(t.text[0] + t.text.slice(1).toLowerCase())) flush();
    else if (nameLike(t) && !isCalendarWord(t.text)) run.push(t);
    else if (sideNamedByDay(run, t, next)) run.push(t);
    // A month after a given name or a title is a surname: "Theresa May", "Mrs May".
    else if (MONTH_SURNAME.test(t.text) && i > 0 && (isFirstName(tokens[i - 1]!.text) || isTitle(tokens[i - 1]!))) run.push(t);
    // "Zhai Jun", "Li Jan": a short month after a name, no date after it, is a given name.
    else if (/^(Jun|Jan)$/u.test(t.text) && run.length && !/^(\d|\.)/u.test(next?.text ?? '')) run.push(t);
    // ... and a given name between a title and a surname: "Chief Economist Jan Hatzius".
    else if (MONTH_GIVEN_NAME.test(t.text) && i > 0 && isTitle(tokens[i - 1]!) && next && nameLike(next) && !isCalendarWord(next.text)) run.push(t);
    else if (run.length && isParticleAt(tokens, i)) run.push(t);
    else if (run.length && next && nameLike(next) && t.text === '&') run.push(t);
    else if (run.length && next && nameLike(next) && joinsOrganization(run, t, tokens, i + 1)) run.push(t);
    // "Organisation of the Islamic Conference": "of the" as one connector.
    else if (
      run.length &&
      /^(of|for)$/u.test(t.text) &&
      next?.text === 'the' &&
      tokens[i + 2] &&
      nameLike(tokens[i + 2]!) &&
      joinsOrganization(run, t, tokens, i + 2)
    )
      run.push(t);
    else if (run.length && /^al-\p{Lu}/u.test(t.text)) run.push(t);
    else flush();
  }
  flush();
  return out;
}

/** "Champions Galatasaray were held", "Leaders Porto lost": a plural noun opening a sentence says what
 *  the name after it is ("Workers Party", "Queens Park Rangers" end in what names of bodies and sides end in). */
function describesNamed(words: Token[]): boolean {
  const last = lower(words[words.length - 1]);
  const first = lower(words[0]);
  return words.length > 1 && (tagsOf(first).includes('Plural') || DESCRIBING.has(first)) && !ORGANIZATION_HEADS.has(last) && !TEAM_WORDS.has(last);
}
// "Rival Colruyt is due …", "Troubled Fokker said": words news puts before a company or side it names.
const DESCRIBING = new Set(['rival', 'struggling', 'troubled', 'reigning']);

const MAX_NAME = 12;

/**
 * Whether a connector continues an organization name: after an opener ("Bank of England"), or an
 * "and" before the words that end it ("Securities and Exchange Commission"), but not between two
 * complete names ("Johnson Controls Inc and Lear Corp").
 */
function joinsOrganization(run: Token[], connector: Token, tokens: Token[], from: number): boolean {
  const word = connector.text.toLowerCase();
  // "the West Bank and East Jerusalem": a known place is complete.
  // Names are short: looking at most MAX_NAME words back and ahead keeps a run of capitalised words linear.
  const recent = run.slice(-MAX_NAME);
  // "Johnson Controls Inc and Lear Corp": a legal form ends a company's name.
  if (COMPANY_FORMS.has(bare(run[run.length - 1]))) return false;
  const opened = recent.some((r) => opensOrganization(r.text));
  // "Committee to Protect Journalists", "Campaign to End Hunger": an opener's purpose, a verb after
  // "to" (not "sent the Council to Geneva").
  if (word === 'to') return opened && isCommonWord(tokens[from]!.text) && !lookupLocation(tokens[from]!.text);
  // "Ministry of Economy, Trade and Industry", "Bureau of Alcohol, Tobacco and Firearms": the
  // opener's domains listed, the last after "and".
  if (word === ',') return opened && run.some((r) => r.text === 'of' || r.text === 'for') && isDomain(run[run.length - 1]!) && listEndsWithAnd(tokens, from);
  // ... but an opener alone is no place for being some town's name too ("University", "Union").
  const place = run.length <= MAX_NAME && !(run.length === 1 && opensOrganization(lower(run[0]))) && lookupLocation(run.map((t) => t.text).join(' '));
  if (!NAME_CONNECTORS.has(word) || place) return false;
  // "the Freedom Front of General Constand Viljoen": a person's title after "of" begins their name
  // ("Department of Justice" has none after it).
  if (personAfterTitle(tokens, from)) return false;
  // "Banque Delorme and Grupo Ferraz": another opener begins another name.
  if (opened) return !(word === 'and' && opensOrganization(lower(tokens[from])));
  const last = run[run.length - 1]!.text.toLowerCase();
  if (word !== 'and' || (ORGANIZATION_HEADS.has(last) && !INDUSTRY_HEADS.has(last))) return false;
  let k = from;
  while (k < tokens.length && k - from < MAX_NAME && nameLike(tokens[k]!)) k++;
  const head = tokens[k - 1]?.text.toLowerCase() ?? '';
  // "Securities and Exchange Commission" is one body; "Hyundai Motor and Korean Air" two companies.
  return k > from && ORGANIZATION_HEADS.has(head) && !(INDUSTRY_HEADS.has(last) && COMPANY_HEADS.has(head));
}

/** Whether title words from `from` are followed by a name: "General Constand Viljoen", "Prime Minister Sheikh Hasina". */
function personAfterTitle(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k - from < 4 && isTitleAt(tokens, k)) k++;
  return k > from && k < tokens.length && nameLike(tokens[k]!);
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

/** A run of two words or three ending in a company's industry or form, opening with a noun or
 *  verb, not a function word: "Network Rail", not "The Energy" or "During Rail". */
function companyName(run: Token[]): string | null {
  if (run.length < 2 || run.length > 3 || !COMPANY_HEADS.has(run[run.length - 1]!.text.toLowerCase())) return null;
  return breaksHeadlineName(run[0]!.text) || isLeadingWord(run[0]!.text) ? null : run.map((t) => t.text).join(' ');
}

/** "Opposition M.K. Stalin", "Home Affairs G. Kishan Reddy": initials after an ordinary word (no
 *  given name nor title) open a person's name ("George W. Bush", "Vann R. Newkirk" keep theirs). */
function initialsOpenName(run: Token[], i: number): boolean {
  const prev = run[i - 1];
  const next = run[i + 1];
  return !!prev && !!next && isInitials(run[i]!.text) && isOrdinary(prev) && !NAME_CONNECTOR_WORDS.test(prev.text) && isCapitalized(next.text);
}
/** "K.", "M.K.", "J.R.R.": initials of a name. */
export const isInitials = (word: string) => /^(\p{Lu}\.){1,3}$/u.test(word);
const NAME_CONNECTOR_WORDS = /^(of|for|and|de|la|del|&)$/u;

/** How many words opening `run` name the domain or body of the office before it, and the
 *  words after them its holder: "(Minister for) Finance Ousmane Kaba", "(Leader of the) Opposition
 *  Rahul Gandhi", "(Chief of) Judicial Police Manuel Alvarado"; 0 for none. Ordinary words, then
 *  at least two more, the first of them none. */
function officeDomainLength(tokens: Token[], run: Token[]): number {
  if (run.length < 3) return 0;
  let k = firstStartingAtOrAfter(tokens, run[0]!.start) - 1;
  if (tokens[k]?.text === 'the') k--;
  if (!/^(of|for)$/u.test(tokens[k]?.text ?? '') || !tokens[k - 1] || !isTitle(tokens[k - 1]!)) return 0;
  let n = 0;
  while (n < run.length - 2 && isOrdinary(run[n]!)) n++;
  return n > 0 && !isOrdinary(run[n]!) && !isAllCaps(run[n]!.text) ? n : 0;
}
const isOrdinary = (t: Token) => (looksCommon(t.text) || TITLE_MODIFIERS.has(t.text.toLowerCase())) && !isFirstName(t.text);

/** "(Chief of) Judicial Police | Manuel Alvarado", "(President of the) European Commission |
 *  Jacques Santer", "(Minister of) Finance | Bill Birch": a body named after an office, or the
 *  ministry a minister heads, is a name of its own, apart from its holder's; the holder's first
 *  word goes in `holders` with the office's words, which title the holder. */
function splitOfficeBody(tokens: Token[], run: Token[], holders: Map<Token, string[]>): Token[][] {
  const n = officeDomainLength(tokens, run);
  if (n === 0 || !(ORGANIZATION_HEADS.has(lower(run[n - 1])) || headsMinistry(tokens, run[0]!))) return [run];
  holders.set(run[n]!, run.slice(0, n).map(lower));
  return [run.slice(0, n), run.slice(n)];
}

/** Whether the run at `first` follows "Minister of" or "Minister for". */
const headsMinistry = (tokens: Token[], first: Token) => /^minister$/iu.test(tokens[firstStartingAtOrAfter(tokens, first.start) - 2]?.text ?? '');

/** Splits a run where a title or honorific follows other words: "Islamic Revolution | Ayatollah ...". */
function splitAtTitles(text: string, run: Token[]): Token[][] {
  const parts: Token[][] = [];
  let part: Token[] = [];
  // "Martin Luther King Jr.": a title word before a generational suffix is a surname.
  // "Billie Jean King", "Larry Judge": a title word written out that ends a name opened by a given
  // name is the surname (not "South Carolina Gov.").
  const surnameAfterGivenName = (i: number) =>
    i === run.length - 1 &&
    i > 0 &&
    text[run[i]!.end] !== '.' &&
    (isFirstName(run[0]!.text) || isFirstName(run[i - 1]!.text)) &&
    !lookupLocation(
      run
        .slice(0, i)
        .map((t) => t.text)
        .join(' '),
    );
  const titleLike = (i: number) =>
    (isTitleAt(run, i) && !GENERATION.test(run[i + 1]?.text ?? '') && !surnameAfterGivenName(i)) ||
    isHonorific(run[i]!) ||
    demonyms.has(run[i]!.text.toLowerCase());
  for (const [i, t] of run.entries()) {
    const prev = part[part.length - 1];
    // "Department of Justice": a title word after a connector belongs to the name before it.
    if ((titleLike(i) && prev && !titleLike(i - 1) && !/^(of|for|and|de|la|del)$/u.test(prev.text)) || (initialsOpenName(run, i) && !titleLike(i - 1))) {
      parts.push(part);
      part = [];
    }
    part.push(t);
  }
  if (part.length) parts.push(part);
  return parts;
}

// A league table row: a name and at least five counts, some small ("Puchon 3 1 0 6 1 10").
const STANDING = /^(\p{Lu}[\p{L}'’.() -]*?)((?:\s+\d+){5,})$/u;
// A results line: two sides and their scores ("Stoke 2 Tranmere 1").
const RESULT = /^(\p{Lu}[\p{L}'’.() -]*?)\s+\d{1,2}\s+(\p{Lu}[\p{L}'’.() -]*?)\s+\d{1,2}$/u;

/** Which names of a line are sides in a league table or results line: tells for the name at
 *  start..end. The line is matched once, however many names it holds. */
function tableSides(text: string, tokens: Token[]): (start: number, end: number) => boolean {
  const from = tokens[0]?.start ?? 0;
  const line = text.slice(from, tokens[tokens.length - 1]?.end ?? 0);
  const standing = STANDING.exec(line);
  const leads = !!standing && Math.min(...standing[2]!.trim().split(/\s+/u).map(Number)) < 10;
  const result = RESULT.exec(line);
  return (start, end) => {
    if (leads && start === from) return true;
    if (!result) return false;
    const lead = text.slice(from, start).trim();
    return (lead === '' || /^\S.*\s\d{1,2}$/u.test(lead)) && [result[1], result[2]].includes(text.slice(start, end));
  };
}

/** Most words capitalised and, outside the title, no closing period, as headlines and table
 *  headers are written. */
export function isTitleCase(tokens: Token[], headline: boolean): boolean {
  if (!headline && /^[.!?"”’]$/u.test(tokens[tokens.length - 1]?.text ?? '')) return false;
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.length >= 3 && words.filter((t) => isCapitalized(t.text)).length / words.length > 0.7;
}

export function findCandidates(
  text: string,
  tokens: Token[],
  starts: { sentenceStarts: Set<number>; quoteStarts: Set<number> },
  headline = false,
): Candidate[] {
  const { sentenceStarts, quoteStarts } = starts;
  const out: Candidate[] = [];
  // The index of a word of a run in `tokens` (runs hold the block's own tokens, in order).
  const indexOf = (t: Token) => firstStartingAtOrAfter(tokens, t.start);
  const teamInTable = tableSides(text, tokens);
  const holders = new Map<Token, string[]>();
  const pieces = runs(tokens, isTitleCase(tokens, headline)).flatMap((run) =>
    splitAtTitles(text, run).flatMap((part) => splitOfficeBody(tokens, part, holders)),
  );
  for (const run of pieces) {
    const words = run.slice();
    let onlyIfKnown = false;
    // A capitalised ordinary word opening a sentence is not part of a name ("During", "The"),
    // unless the whole run is a known place ("New York").
    // So is a company's, its industry last: "Network Rail said".
    const known = lookupLocation(text.slice(run[0]!.start, run[run.length - 1]!.end)) ?? companyName(run);
    // A noun or adjective before more capitalised words may be a first name ("Bill Clinton").
    // Inside a quotation the opening word is as often a verb or noun as a given name: “Notice Trump …”.
    while (
      !known &&
      words.length &&
      !isAllCaps(words[0]!.text) &&
      isCommonWord(words[0]!.text) &&
      ((sentenceStarts.has(words[0]!.start) &&
        (words.length === 1 || isFunctionWord(words[0]!.text) || FORMER.has(lower(words[0])) || describesNamed(words))) ||
        (quoteStarts.has(words[0]!.start) && !isFirstName(words[0]!.text)))
    ) {
      // "Dean, a medical doctor, …": a lone noun may still be a surname the document gave in full.
      // So may a verb: "Park said" after "Park Hak-kyu".
      onlyIfKnown = run.length === 1 && !isClosedClassWord(words[0]!.text);
      if (onlyIfKnown) break;
      words.shift();
    }
    const titles: string[] = [];
    let demonym: string | null = null;
    // Demonyms and titles before a name: "Russian President Vladimir Putin", "Foreign Minister X".
    while (words.length > 1) {
      const at = indexOf(words[0]!);
      if (isTitleAt(tokens, at) && !ORGANIZATION_HEADS.has(lower(words[words.length - 1]))) titles.push(bare(words.shift()));
      // ... but a demonym opens an organization's name: "Czech National Bank", "Palestinian Authority".
      else if (!known && demonyms.has(lower(words[0])) && (titles.length > 0 || !ORGANIZATION_HEADS.has(lower(words[words.length - 1]))))
        demonym = lower(words.shift());
      else break;
    }
    // "Deputy Minister", "Prime Minister" opening a sentence: the title's last word is no name.
    if (words.length === 1 && TITLE_MODIFIERS.has(titles[titles.length - 1] ?? '') && isTitle(words[0]!)) continue;
    // An epithet or party before a given name is not part of the name: "Republican Donald Trump",
    // "Crooked Hillary Clinton" (surnames do not come before given names in English news).
    if (words.length >= 3 && isFirstName(words[1]!.text) && !isFirstName(words[0]!.text) && !isHonorific(words[0]!)) {
      titles.push(lower(words.shift()));
    }
    // "Minister for Finance Ousmane Kaba": the office's domain is part of the title.
    for (let n = officeDomainLength(tokens, words); n > 0; n--) titles.push(lower(words.shift()));
    titles.push(...(holders.get(run[0]!) ?? []));
    // "Republican Indiana Gov. Mike Pence": a party before a place modifies it.
    if (
      words.length >= 2 &&
      PARTY_WORDS.has(lower(words[0])) &&
      lookupLocation(
        words
          .slice(1)
          .map((w) => w.text)
          .join(' '),
      )
    )
      words.shift();
    if (!words.length) continue;
    const first = indexOf(words[0]!);
    const before = tokens[first - 1];
    // "Mr Dahl", "Mrs Holt": an honorific without its period is no name word, so no part of the run.
    if (before && isTitle(before) && (!isCapitalized(before.text) || NOT_NAMES.has(lower(before)))) titles.unshift(bare(before));
    // "Mr. Smith": the title's period is a token of its own.
    const beforeDot = tokens[first - 2];
    if (before?.text === '.' && beforeDot && isTitle(beforeDot) && before.start === beforeDot.end) titles.unshift(bare(beforeDot));
    const honorific = words.length > 1 && isHonorific(words[0]!);
    const nameWords = words.filter((w, i) => !(isHonorific(w) && i < words.length - 1));
    const last = words[words.length - 1]!;
    const lastAt = indexOf(last);
    out.push({
      start: words[0]!.start,
      end: last.end,
      text: text.slice(words[0]!.start, last.end),
      words: nameWords.map((w) => w.text),
      titles,
      demonym,
      honorific,
      onlyIfKnown,
      teamInTable: teamInTable(words[0]!.start, last.end),
      prev: lower(before),
      prevBefore: lower(tokens[first - 2]),
      next: lower(tokens[lastAt + 1]),
      nextAfter: lower(tokens[lastAt + 2]),
      itsAfter: itsWithin(tokens, lastAt + 1),
      describedAs: appositionType(tokens, lastAt + 1),
    });
  }
  return out;
}

/** Whether a word in capitals may be part of a name: not an ordinary English word ("GET", "WIN", "IN"). */
const capsNameWord = (t: Token) => nameLike(t) && !isCommonWord(t.text.toLowerCase()) && !isFunctionWord(t.text.toLowerCase()) && !isCalendarWord(t.text);

/**
 * Candidate names of a line in capitals ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT."),
 * where capitals say nothing: the longest run of up to four words the rest of the document names
 * (`known`, lower-cased) or the gazetteer knows ("NEW YORK"), else a run of words that are no
 * ordinary English words. Work stays linear: at most four lookups per word.
 */
export function capsCandidates(text: string, tokens: Token[], known: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  const push = (from: number, to: number) => out.push(spanCandidate(text, tokens, from, to));
  for (let i = 0; i < tokens.length; ) {
    let n = Math.min(4, tokens.length - i);
    for (; n >= 1; n--) {
      if (!tokens.slice(i, i + n).every(nameLike)) continue;
      const name = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      if (known.has(name.toLowerCase()) || (n > 1 && lookupLocation(name))) break;
    }
    if (n >= 1) {
      push(i, i + n);
      i += n;
      continue;
    }
    let k = i;
    while (k < tokens.length && k - i < MAX_NAME && capsNameWord(tokens[k]!)) k++;
    if (k > i) push(i, k);
    i = Math.max(k, i + 1);
  }
  return out;
}

/** A candidate for tokens [from, to) of a block. */
export function spanCandidate(text: string, tokens: Token[], from: number, to: number): Candidate {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    words: tokens.slice(from, to).map((t) => t.text),
    titles: [],
    demonym: null,
    honorific: false,
    onlyIfKnown: false,
    teamInTable: false,
    prev: lower(tokens[from - 1]),
    prevBefore: lower(tokens[from - 2]),
    next: lower(tokens[to]),
    nextAfter: lower(tokens[to + 1]),
    itsAfter: itsWithin(tokens, to),
    describedAs: appositionType(tokens, to),
  };
}

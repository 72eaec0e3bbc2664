// Where the span tagger (tagger.ts) and the capitalisation rules (find-candidates.ts) disagree on where a
// name starts or ends, the tagger's span stands: "Moody's", "1860 Munich", "Bank of Tokyo-Mitsubishi".
// A rule candidate the tagger leaves alone stays, as does one the tagger gives exactly.
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord } from '../lexicon.js';
import { namesPeople } from '../phrase-heads.js';
import { roleOf } from '../roles.js';
import type { EntityType } from '../types.js';
import { isPossessiveMark, isWord, type Token, wordsOf } from '../tokens.js';
import { type Candidate, spanCandidate } from './candidates.js';
import { separatedByAnd } from './bodies-joined-by-and.js';
import type { TaggedSpan } from './tagger.js';
import { followsOffice } from './title-splits.js';
import { opensWithRank } from './rank-openings.js';
import { opensCaptionLine } from './name-runs.js';
import { interjectionBeforeGivenName, isTitleAt, looksCommon } from './name-words.js';
import { COMPANY_HEADS, NAME_CONNECTORS, ORGANIZATION_HEADS, opensOrganization } from './organization-vocabulary.js';
import { EVENT_HEADS, MEASUREMENT_UNITS } from './no-entity-vocabulary.js';
import { FEMALE_TITLES, MALE_TITLES, MEMBER_ACRONYM, PARTY_MEMBER, NAME_PARTICLES, PARTY_WORDS } from './person-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';

const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu)-/u;

const TYPES: Record<string, EntityType | null> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: null };

export interface MergedCandidate {
  c: Candidate;
  /** the rules' type, or the tagger's for its own span */
  type: EntityType | null;
  /** the span is the tagger's */
  tagged?: boolean;
}

/** "Member", "Experts", "Representatives": a noun for people, singular or plural, those who speak
 *  for a body too; not a title of rank, which names things too ("Queen of the South", "Prince of Wales"). */
const isPersonNoun = (word: string) => {
  const w = word.toLowerCase();
  return (namesPeople(w) || namesPeople(`${w}s`) || !!roleOf(w)) && !MALE_TITLES.has(w) && !FEMALE_TITLES.has(w);
};

/** A word of no ordinary use that heads no name of a body, place or event. */
const firmsOwnWord = (word: string) => {
  const lower = word.toLowerCase();
  return !isCommonWord(word) && !ORGANIZATION_HEADS.has(lower) && !LOCATION_HEADS.has(lower) && !EVENT_HEADS.has(lower) && !opensOrganization(word);
};

/** "the Palestinian Fatah": after "the", a demonym the rules split off a name of one word of no ordinary
 *  use qualifies it, no word of it ("the American Society of …", "the British Museum" and one without
 *  "the" are one name each). */
const qualifiedByDemonym = (tokens: Token[], s: TaggedSpan, c: Candidate) =>
  !!c.demonym &&
  c.start > s.start &&
  c.words.length === 1 &&
  !looksCommon(c.words[0]!) &&
  /^the$/iu.test(tokens[s.from - 1]?.text ?? '') &&
  tokens[s.from]!.text.toLowerCase() === c.demonym;

/** Whether a title opens the words after `end`: "(EU) Special Envoy", "(UN) Deputy Secretary-General"; not a
 *  word that heads names of bodies or places too, which may end the name before ("(White) House Press Secretary"). */
function titleAfter(tokens: Token[], end: number): boolean {
  const k = tokens.findIndex((t) => t.start >= end);
  const word = tokens[k]?.text.toLowerCase() ?? '';
  return k >= 0 && isTitleAt(tokens, k) && !ORGANIZATION_HEADS.has(word) && !LOCATION_HEADS.has(word);
}

/** Whether the tagger's span `s` stands instead of the rule candidates it overlaps. It may join
 *  or widen them ("Moody" → "Moody's", "Munich" → "1860 Munich", "Bank | Tokyo" → "Bank of Tokyo")
 *  but never cuts one, never adds "The", and a span the rules alone call a person only joins the
 *  parts of a name: the rules keep titles, parties and epithets out of persons ("Democrat Hillary
 *  Clinton", "Trump Was"). Where the rules saw no name the tagger adds none: at a sentence's start
 *  or in a headline a capital says little, and there the rules know better. */
function replaces(s: TaggedSpan, tokens: Token[], sentenceStart: boolean[], overlapping: Array<{ c: Candidate; type: EntityType | null }>): boolean {
  if (!overlapping.length || TYPES[s.type] === null) return false;
  const first = overlapping[0]!.c;
  const last = overlapping[overlapping.length - 1]!.c;
  if (first.start < s.start || last.end > s.end) return false;
  if (first.start === s.start && last.end === s.end && overlapping.length === 1) return false;
  if (wordsMakeNoName(tokens, s, first) || splitOnPurpose(tokens, sentenceStart, s, overlapping)) return false;
  if (overlapping.some((o) => o.type === 'PERSON')) return s.type === 'PER' && overlapping.length > 1 && first.start === s.start && last.end === s.end;
  return true;
}

/** Whether the words of the tagger's span make no name, whatever the rules made of them: a word that
 *  opens, ends or stands inside it is none of a name's ("the", "pro-", "MW", "MP", a bracket). */
function wordsMakeNoName(tokens: Token[], s: TaggedSpan, first: Candidate): boolean {
  if (/^the$/iu.test(tokens[s.from]!.text)) return true;
  if (qualifiedByDemonym(tokens, s, first)) return true;
  // "the pro-Islamic Welfare Party", "the ex-communist Democratic Left": a prefixed word in lower case describes the name ("al-Qaeda" is one).
  if (/^\p{Ll}+-/u.test(tokens[s.from]!.text) && !ARABIC_ARTICLE.test(tokens[s.from]!.text)) return true;
  // "Hey John, …": nor an interjection calling a person by a given name (name-words.ts).
  if (interjectionBeforeGivenName(tokens.slice(s.from, s.to), tokens[s.to])) return true;
  // "the 50 MW Garissa II plant": nor a unit after its figure.
  if (MEASUREMENT_UNITS.has(tokens[s.from]!.text) && /^\d/u.test(tokens[s.from - 1]?.text ?? '')) return true;
  // Ends are words: not "Donald." at a sentence's end, nor “Donald; an organization's "'s" may end it.
  if (!isWord(tokens[s.from]!.text) || !(isWord(tokens[s.to - 1]!.text) || (s.type === 'ORG' && isPossessiveMark(tokens[s.to - 1]!.text)))) return true;
  // "the IG Metall union": a word in lower case ends no name.
  if (/^\p{Ll}{3,}$/u.test(tokens[s.to - 1]!.text)) return true;
  // "The Labour MP said": a member of parliament after the party's name is no part of it.
  if (MEMBER_ACRONYM.test(tokens[s.to - 1]!.text)) return true;
  // "the Harwick Institute in Building 4": a numbered site after "in" or "at" is where the body is, no word of its name.
  if (/^\d/u.test(tokens[s.to]?.text ?? '') && tokens.slice(s.from + 1, s.to - 1).some((t) => t.text === 'in' || t.text === 'at')) return true;
  // "Ann Holt of DAB In the East …", "Captain Velmora Image: …": nor a caption's next line, begun at its end (name-runs.ts).
  if (s.to - s.from > 1 && opensCaptionLine(tokens.slice(s.from, s.to - 1), tokens[s.to - 1]!, tokens[s.to])) return true;
  // "Senator Ann Holt, Democrat of Ohio,": a party's member from a place is no name.
  if (PARTY_WORDS.has(tokens[s.from]!.text.toLowerCase()) && tokens[s.from + 1]?.text === 'of') return true;
  // ("the Ohio Democrat said": nor after the place they come from.)
  if (PARTY_MEMBER.test(tokens[s.to - 1]!.text) && lookupLocation(wordsOf(tokens, s.from, s.to - 1))) return true;
  // "Upjohn of Kalamazoo", "Thomson of France": a firm's own word of no ordinary use, then the place it is
  // from ("Bank of Tokyo", "Gulf of Mexico", "Treaty of Baden" open with a common word or a head).
  if (s.to - s.from === 3 && tokens[s.from + 1]!.text === 'of' && firmsOwnWord(tokens[s.from]!.text) && lookupLocation(tokens[s.from + 2]!.text)) return true;
  // "(Tom) Seaver": a name does not run across a bracket or a quotation mark, nor "Investment bank
  // Heldman Sachs" across a lower-case word other than a connector or short particle ("Bank of Tokyo",
  // "Banco de Mexico", "Kengo wa Dondo").
  for (let k = s.from + 1; k < s.to - 1; k++) {
    const word = tokens[k]!.text;
    if (/^[()[\]{}"“”«»]$/u.test(word) || (/^\p{Ll}{4,}$/u.test(word) && !NAME_CONNECTORS.has(word) && !NAME_PARTICLES.has(word))) return true;
  }
  return false;
}

/** Whether the rules kept the span's words apart on purpose: a sentence's opening word, a rank or a
 *  role left out, an office after a body, whole companies or bodies joined by "and", the place of an
 *  office beside its holder. */
function splitOnPurpose(tokens: Token[], sentenceStart: boolean[], s: TaggedSpan, overlapping: Array<{ c: Candidate; type: EntityType | null }>): boolean {
  const first = overlapping[0]!.c;
  const last = overlapping[overlapping.length - 1]!.c;
  // The rules dropped a sentence's opening word on purpose ("Meanwhile Trump", "And Trump"), and a
  // person's role opening it is no part of a name ("Member of House panel says …").
  if (first.start > s.start && sentenceStart[s.from]) return true;
  // So did they a word ranking or dating the people of the name ("On radio, Former Dunland Gov. …"): rank-openings.ts.
  if (first.start > s.start && opensWithRank(tokens.slice(s.from, s.to), tokens[s.from - 1], tokens[s.to])) return true;
  if (sentenceStart[s.from] && first.words.length === 1 && isPersonNoun(first.words[0]!)) return true;
  // "the EU Special Envoy", "the UN Deputy High Commissioner": an office the rules split off after a body is no
  // word of the body's name, whatever office it is ("Special", "Deputy" title someone only with the word after them).
  if (last.end < s.end && titleAfter(tokens, last.end)) return true;
  // "Hyundai Motor and Korean Air": names that end in a company word are whole companies.
  const companyEnds = (c: Candidate) => COMPANY_HEADS.has(c.words[c.words.length - 1]!.toLowerCase());
  if (overlapping.slice(0, -1).some((o) => companyEnds(o.c))) return true;
  // "Deutsche Bank and Commerzbank", "UBS and Swiss Bank Corp": nor whole names of bodies.
  for (let k = 1; k < overlapping.length; k++) {
    const before = overlapping[k - 1]!.c;
    if (before.next.toLowerCase() === 'and' && separatedByAnd(before.words, overlapping[k]!.c.words)) return true;
  }
  // "the Archbishop of York John Sentamu", "Mayor of York John Smith": the place an office is of stays apart from its holder.
  if (overlapping.length > 1 && overlapping[0]!.type === 'LOCATION' && followsOffice(tokens, tokens[s.from]!)) return true;
  return false;
}

/** "against The Church of Scientology": a capital "The" opening the tagger's span of a body's name
 *  (its next word one that opens or heads such names) is no word of the name (the rules never take it),
 *  so the span is read from the word after it; a span of "The" and one word is left as it is ("The
 *  Hague" is the rules' to give), and so is a title's ("author of The Age of Oversupply"). */
function withoutArticle(tokens: Token[], s: TaggedSpan): TaggedSpan {
  if (s.to - s.from < 3 || tokens[s.from]!.text !== 'The') return s;
  const head = tokens[s.from + 1]!.text;
  if (!opensOrganization(head) && !ORGANIZATION_HEADS.has(head.toLowerCase())) return s;
  // "The Times, The Post and …", "The Times/CBS News poll": a span of more names than one is left to the rules.
  for (let k = s.from + 1; k < s.to; k++) if (!isWord(tokens[k]!.text) || tokens[k]!.text === 'The') return s;
  return { ...s, from: s.from + 1, start: tokens[s.from + 1]!.start };
}

/** The rule candidates of a block (in order, with the rules' types) merged with the tagger's spans of
 *  the same block (see `replaces`). Linear: both lists are in text order and walked once. */
export function mergeSpans(
  text: string,
  tokens: Token[],
  sentenceStart: boolean[],
  candidates: Array<{ c: Candidate; type: EntityType | null }>,
  spans: TaggedSpan[],
): MergedCandidate[] {
  const out: MergedCandidate[] = [];
  let i = 0;
  for (const span of spans) {
    const s = withoutArticle(tokens, span);
    while (i < candidates.length && candidates[i]!.c.end <= s.start) out.push(candidates[i++]!);
    const overlapping: Array<{ c: Candidate; type: EntityType | null }> = [];
    while (i < candidates.length && candidates[i]!.c.start < s.end) overlapping.push(candidates[i++]!);
    if (replaces(s, tokens, sentenceStart, overlapping)) out.push({ c: spanCandidate(text, tokens, s.from, s.to), type: TYPES[s.type]!, tagged: true });
    else for (const o of overlapping) out.push(o);
  }
  while (i < candidates.length) out.push(candidates[i++]!);
  return out;
}

// Where reported content begins after a phrase of time or venue that follows the cue: "said on Tuesday it
// would …", "said in a statement the plant …", "said last quarter exports fell", "said at a briefing in
// Middlesbrough the building …". Kept apart from content-start.ts, which asks it after a listener.
import { BEFORE_THAT } from './cues.js';
import { isClosedClassWord, isFiniteVerb } from './lexicon.js';
import { isPersonalSubject } from './speaker-words.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isLowerCaseWord, type Token } from './tokens.js';
import { WEEKDAY_ALTERNATIVES } from './word-classes.js';

const TIME_OR_VENUE = new RegExp(
  `^(${WEEKDAY_ALTERNATIVES}|week|weekend|month|quarter|year|morning|afternoon|evening|night|statement|interview|conference|briefing|hearing|tweet|post|video|message|speech|address|letter|email|days|weeks|months|years|decades|\\d+)$`,
  'iu',
);
const BARE_TIME = new RegExp(`^(${WEEKDAY_ALTERNATIVES}|today|yesterday|tonight|morning|afternoon|evening|night|earlier|later|afterwards|afterward)$`, 'iu');
export const SUBJECT_START = /^(\p{Lu}|he$|she$|it$|they$|we$|i$|the$|a$|an$|his$|her$|its$|their$|there$)/u;

/** "said on Tuesday it would …", "said in a statement the plant …": where the content starts after
 *  a time or venue phrase, when a subject follows it; otherwise `k` itself. */
export function pastTimeOrVenue(tokens: Token[], k: number): number {
  // "said Friday afternoon, as …", "said Tuesday the plan …": a bare time phrase is no content.
  let n = k;
  while (n < tokens.length && n - k < 3 && BARE_TIME.test(tokens[n]!.text)) n++;
  if (n > k) return /^[,.;]$/u.test(tokens[n]?.text ?? '.') ? tokens.length : n;
  // "said after the convention he would …": a subject pronoun ends the phrase before it.
  if (PREPOSITIONS.has(tokens[k]?.text.toLowerCase() ?? '') || /^(of|following)$/iu.test(tokens[k]?.text ?? '')) {
    for (let n = k + 2; n < tokens.length && n - k <= 8 && /^\p{L}/u.test(tokens[n - 1]!.text); n++) {
      if (isPersonalSubject(tokens[n]!.text) && !PREPOSITIONS.has(tokens[n - 1]!.text.toLowerCase())) return n;
    }
  }
  const opening = tokens[k]?.text ?? '';
  if (!/^(on|in|at|during|last|this|earlier|late|for)$/iu.test(opening)) return k;
  // "said in recent weeks the lake …", "said on election night a hung …": plain words may qualify the time.
  const timeWord = (t: Token) =>
    BEFORE_THAT.has(t.text.toLowerCase()) || /^\p{N}/u.test(t.text) || (isLowerCaseWord(t.text) && !isClosedClassWord(t.text) && !isFiniteVerb(t.text));
  let closed = -1;
  for (let n = k; n < tokens.length && n - k < 5 && timeWord(tokens[n]!); n++) {
    if (TIME_OR_VENUE.test(tokens[n]!.text)) closed = n;
  }
  // "said in London it would cut 600 jobs", "told investors in Perth on Tuesday the company …": a place
  // alone, and a time after it, before a subject of its own.
  if (closed < 0) return pastPlaceBeforeSubject(tokens, k);
  // ("said for weeks he was …": "for" opens only a stretch of time.)
  if (/^for$/iu.test(opening) && !SPAN_OF_TIME.test(tokens[closed]!.text)) return k;
  // "said at a briefing in Middlesbrough the building …": and the place it was in.
  const start = pastPlaceName(tokens, closed + 1);
  // "pledged on Tuesday to end …": an infinitive after the time phrase is the content too.
  const next = tokens[start]?.text ?? '';
  return SUBJECT_START.test(next) || /^to$/u.test(next) || bareSubjectAt(tokens, start) ? start : k;
}

const SPAN_OF_TIME = /^(days|weeks|months|years|decades)$/iu;

/** Past a place name and a time after it to a subject in lower case ("in London it would …"; a
 *  capital after the place may be more of its name), or `k`. */
function pastPlaceBeforeSubject(tokens: Token[], k: number): number {
  const place = pastPlaceName(tokens, k);
  if (place === k) return k;
  const later = pastTimeOrVenue(tokens, place);
  const start = later > place && later < tokens.length ? later : place;
  return LOWER_SUBJECT.test(tokens[start]?.text ?? '') || bareSubjectAt(tokens, start) ? start : k;
}
const LOWER_SUBJECT = /^(he|she|it|they|we|the|a|an|his|her|its|their|there)$/u;

/** Past "in Middlesbrough", "at the Pantages Theatre" from `k`: the index after the place, or `k`. */
function pastPlaceName(tokens: Token[], k: number): number {
  if (!/^(in|at)$/iu.test(tokens[k]?.text ?? '')) return k;
  let n = /^the$/iu.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  const first = n;
  while (n < tokens.length && n - first < 4 && /^\p{Lu}\p{Ll}/u.test(tokens[n]!.text)) n++;
  return n > first ? n : k;
}

/** "said last quarter exports to the US fell", "said last month staff had begun …": a plain noun
 *  opening a clause, its verb within five words and no mark between. */
function bareSubjectAt(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  // ("said at a news conference announcing that …": a participle goes on with the venue.)
  if (!/^\p{Ll}{3,}$/u.test(word) || /(ing|ed)$/u.test(word) || isClosedClassWord(word) || PREPOSITIONS.has(word)) return false;
  for (let n = k + 1; n < tokens.length && n <= k + 5; n++) {
    const w = tokens[n]!.text;
    if (!/^[\p{L}\p{N}]/u.test(w) || /^(that|which|who)$/iu.test(w)) return false;
    if (isFiniteVerb(w) && !/ing$/u.test(w)) return true;
  }
  return false;
}

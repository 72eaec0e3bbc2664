// An opening that sets the scene and has no main clause of its own: "When he met the mayor last
// spring, Pike told the council …", "In a video posted to his website, Pike criticized …". Set before
// a cue it is where, when or why the speaker spoke, never what was said: that comes after the cue.
import { isAdverb, isCalendarWord, isFiniteVerb, isPreposition } from './lexicon.js';
import { NOT_PARTICIPLE } from './clause-openings.js';
import { isLowerCaseWord, type Token } from './tokens.js';
import { OPENING_SUBORDINATORS, isAndOrBut, isSubjectPronoun } from './word-classes.js';

const SUBORDINATOR = new RegExp(`^(${OPENING_SUBORDINATORS}|as|after|before)$`, 'iu');
// Participles that work as prepositions ("Regarding the talks, …", "Following the vote, …").
const PREPOSITION_LIKE = /^(regarding|concerning|following|given|amid|despite)$/iu;
// Words that may stand alone between commas: "In the same interview, however, …".
const ASIDE = /^(however|though|too|also|then|meanwhile|instead|still|again|later|earlier|now)$/iu;
const LEADING_ADVERB = /^(even|soon|shortly|just|only|long|right|earlier|later)$/iu;
const AUXILIARY = /^(am|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)$/u;

/** Whether tokens[from, to) are only openings set off by commas, each a phrase a preposition opens ("On
 *  Tuesday", "In a video posted online"), a participle ("held along the border") or, with `clauses`, a
 *  subordinate clause ("When the vote came"): no main clause among them ("If we lose we lose" has one). */
export function adverbialOnly(tokens: readonly Token[], from: number, to: number, clauses: boolean): boolean {
  const segments: Token[][] = [[]];
  for (let n = from; n < to; n++) {
    const t = tokens[n]!;
    if (t.text === ',') segments.push([]);
    else if (/^[\p{L}\p{N}]/u.test(t.text)) segments.at(-1)!.push(t);
  }
  const words = segments.filter((w) => w.length > 0);
  return words.length > 0 && words.every((w, n) => (n > 0 && w.length === 1 && (ASIDE.test(w[0]!.text) || isAdverb(w[0]!.text))) || opening(w, clauses));
}

function opening(words: Token[], clauses: boolean): boolean {
  // ("Even as …", "Soon after …", "Earlier in May": an adverb before the opening word.)
  const first = LEADING_ADVERB.test(words[0]!.text) && words.length > 1 ? 1 : 0;
  const head = words[first]!.text;
  const rest = words.slice(first + 1);
  if (SUBORDINATOR.test(head) && clauses) return !mainClauseWithin(rest);
  // "Wednesday at the Velmora debate", "Last Sunday on Velmora TV": a day, then where, with no verb.
  if (dayThenPlace(words)) return true;
  // (Not "Like him, …" or "Of course, …", which may open a main clause.)
  const preposition = PREPOSITION_LIKE.test(head) || (isPreposition(head) && !/^(of|like|as)$/iu.test(head));
  // (An auxiliary makes a clause of it: "About 270 people have been resettled".)
  if (preposition) return rest.every((t, n) => !AUXILIARY.test(t.text) && (!isFiniteVerb(t.text) || reducedRelative(rest, n)));
  // "held along the border", "Having lost the vote": a participle phrase with no finite verb.
  const participle = /^\p{L}+(ing|ed)$/iu.test(head) && !NOT_PARTICIPLE.has(head.toLowerCase());
  return participle && !rest.some((t) => isFiniteVerb(t.text));
}

const DAY_LEAD = /^(last|this|next|early|late)$/iu;
const DAY_PART = /^(morning|afternoon|evening|night)$/iu;

/** Whether the words from `k` to the next comma name a day and where, with no verb: "Wednesday at the
 *  Velmora debate, Ann Holt said …" opens with no subject; the clause after the comma has it. */
export function dayAndPlaceOpening(tokens: readonly Token[], k: number): boolean {
  let comma = k + 1;
  while (comma < tokens.length && tokens[comma]!.text !== ',') comma++;
  if (comma >= tokens.length) return false;
  const words = tokens.slice(k, comma).filter((t) => /^[\p{L}\p{N}]/u.test(t.text));
  return words.length > 0 && dayThenPlace(words);
}

/** A day named ("Wednesday", "Last Sunday", "Tuesday night") and nothing after it but a phrase a
 *  preposition opens, with no verb: when and where, not what ("Tuesday was a good day" has a verb). */
export function dayThenPlace(words: readonly Token[]): boolean {
  let n = DAY_LEAD.test(words[0]!.text) ? 1 : 0;
  if (!isCalendarWord(words[n]?.text ?? '') || !/^\p{Lu}/u.test(words[n]!.text)) return false;
  n++;
  if (DAY_PART.test(words[n]?.text ?? '')) n++;
  const rest = words.slice(n);
  return (rest.length === 0 || isPreposition(rest[0]!.text)) && rest.every((t) => !AUXILIARY.test(t.text) && !isFiniteVerb(t.text));
}

/** "a video posted to his website": a past form after a noun and before a preposition describes the noun. */
function reducedRelative(words: Token[], n: number): boolean {
  const before = words[n - 1]?.text ?? '';
  return (
    n > 0 &&
    /(ed|[dt]|wn)$/u.test(words[n]!.text) &&
    isLowerCaseWord(before) &&
    !isSubjectPronoun(before) &&
    !AUXILIARY.test(before) &&
    !isAdverb(before) &&
    isPreposition(words[n + 1]?.text ?? '')
  );
}

/** A subject pronoun after the subordinate clause's verb, not joined by "and" or "but": "After the deal
 *  fell through we left" (but not "When the turn came and they were called"). */
function mainClauseWithin(words: Token[]): boolean {
  const verb = words.findIndex((t) => isFiniteVerb(t.text));
  return (
    verb >= 0 &&
    words.some((t, n) => n > verb && isSubjectPronoun(t.text) && !isAndOrBut(words[n - 1]!.text) && !/^(that|which|who)$/iu.test(words[n - 1]!.text))
  );
}

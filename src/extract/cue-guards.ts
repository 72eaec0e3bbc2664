// When a cue word reports no speech: idioms ("having said that"), passives ("was told"), nouns
// ("his claims"), naming verbs without an epithet ("called the meeting"), and clauses whose subject
// reports nothing ("the guides I wrote", "let editorials tell them"). Cue words that are nouns: cue-nouns.ts.
import { cueLemma, thatFollowsAt } from './cues.js';
import { keptUnnamedAt } from './declined-cues.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isCopula, isAdverb, isClosedClassWord, isFiniteVerb, isFunctionWord, tagsOf, isArticle, isModal } from './lexicon.js';
import type { SpeakerFinder } from './speakers.js';
import { asideBeforeQuotedName } from './naming-ends.js';
import { adjectiveGivenAt } from './named-adjectives.js';
import { indexBeforeName, isPossessiveMark, type Token, isLowerCaseWord } from './tokens.js';
import { isOpeningQuoteMark } from './quote-mark-tokens.js';
import { isBeParticiple, isSubjectPronoun, PRONOUNS } from './word-classes.js';

/** The subject of a clause that reports nothing: "the guides I wrote", "the target it pledged",
 *  "everything Trump says" (a relative clause on the word before), "let editorials tell them",
 *  "helps Mr. Putin maintain" (a bare infinitive). */
export function embeddedSubject(tokens: Token[], speakerStart: number): boolean {
  const at = tokens.findIndex((t) => t.start === speakerStart);
  // A subject found outside these words (a speaker shared with an earlier sentence) is embedded in none of them.
  if (at < 0) return false;
  const before = indexBeforeName(tokens, speakerStart);
  const prev = tokens[before]?.text ?? '';
  if ([prev, tokens[at]!.text].some((w) => /^(let|lets|help|helps|helped|make|makes|made|watch|watched|see|saw|hear|heard)$/iu.test(w))) return true;
  // "Everything Trump says is a lie": the cue's object is the word before its subject.
  if ([prev, tokens[at]!.text].some((w) => /^(everything|anything|something|nothing|whatever)$/iu.test(w))) return true;
  const pronoun = isSubjectPronoun(tokens[at]!.text);
  const noun =
    (tagsOf(prev).some((g) => g === 'Singular' || g === 'Plural') && !isFunctionWord(prev)) ||
    /^(the|a|an|his|her|its|their|our|this|these|those)$/iu.test(tokens[before - 1]?.text ?? '');
  // "In the end he said …": a sentence-initial phrase, not a noun with a relative clause.
  const opening = PREPOSITIONS.has(tokens[0]?.text.toLowerCase() ?? '') && !tokens.slice(1, at).some((t) => t.text === ',' || isFiniteVerb(t.text));
  const time = /^(day|days|week|weeks|weekend|month|months|year|years|morning|afternoon|evening|night|time|times|moment|point|end)$/u.test(prev);
  return pronoun && isLowerCaseWord(prev) && noun && !opening && !time && !reportsOnTheNoun(tokens, at + 1);
}

/** "a discovery they say could lead to …": the noun before the subject is the subject of what the
 *  cue at `cue` reports, whose verb follows the cue ("the story he told reporters" has none). */
function reportsOnTheNoun(tokens: Token[], cue: number): boolean {
  const next = tokens[cue + 1]?.text ?? '';
  return !!cueLemma(tokens[cue]?.text ?? '') && (isModal(next) || isCopula(next) || /^(has|have|had)$/iu.test(next));
}

/** "a proposed trade deal", "the alleged attack", "an informed source": a participle after a
 *  determiner qualifies the noun after it. */
export const attributiveParticiple = (tokens: Token[], i: number) =>
  /^\p{Ll}+ed$/u.test(tokens[i]!.text) &&
  /^(a|an|the|this|these|those|his|her|their|its|our)$/iu.test(tokens[i - 1]?.text ?? '') &&
  /^[\p{L}\d]/u.test(tokens[i + 1]?.text ?? '');

/** "called for …", "called on …", "called it “…”", "branded X an outlaw" report speech; "called the
 *  meeting" does not. */
export function namingReportsSpeech(tokens: Token[], i: number, speakers: SpeakerFinder): boolean {
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (cueLemma(tokens[i]!.text) === 'call' && (next === 'for' || next === 'on' || next === 'upon')) return true;
  return quotedNameAfter(tokens, i) || objectThenNoun(tokens, i) || objectThenAdjective(tokens, i, next) || personThenName(tokens, i, next, speakers);
}

/** "called Wells Fargo’s behavior “outrageous”", "called him ''a genius''": a short object, then the quoted epithet. */
function quotedNameAfter(tokens: Token[], i: number): boolean {
  const mark = tokens.slice(i + 1, i + 13).findIndex((t, n, rest) => isOpeningQuoteMark(t.text) || (t.text === "'" && rest[n + 1]?.text === "'"));
  // ("called undocumented fishermen from Velmora “pirates”", "called the plan for the quay “a disgrace”":
  // a preposition inside the object, after its first word, opening a noun phrase, is the object's own;
  // "called from Washington “…”", "called him to say “…”" are calls made.)
  if (
    mark > 0 &&
    tokens
      .slice(i + 1, i + 1 + mark)
      .every((t, n, object) => /^[\p{L}\p{N}'’]/u.test(t.text) && (!/^(from|to|for|with|at)$/iu.test(t.text) || objectsPreposition(object, n)))
  )
    return true;
  // "called the new phone, which is thin, “a breakthrough”": an aside on the object before the epithet.
  const comma = tokens.findIndex((t, n) => n > i + 1 && n <= i + 6 && t.text === ',');
  if (comma > 0 && asideBeforeQuotedName(tokens, i, comma)) return true;
  // "rejected what the union called “a campaign of lies”": the object stands before the speaker.
  return mark === 0 && tokens.slice(Math.max(0, i - 6), i).some((t) => /^what$/iu.test(t.text));
}

/** "called climate change a hoax", "called the deal a disaster": an object, then what it was called. */
function objectThenNoun(tokens: Token[], i: number): boolean {
  const article = tokens.slice(i + 2, i + 9).findIndex((t) => /^(a|an)$/iu.test(t.text)) + i + 2;
  return (
    article > i + 1 &&
    !isArticle(tokens[article - 1]!.text) &&
    tokens.slice(i + 1, article).every((t) => /^[\p{L}\p{N}'’-]/u.test(t.text) && !NOT_OBJECT.has(t.text.toLowerCase()))
  );
}

/** "called the charges unsubstantiated", "labeled her remarks false", "called the plan reckless",
 *  "called him divisive": an object, then the adjective it was called. */
function objectThenAdjective(tokens: Token[], i: number, next: string): boolean {
  // A determined object, then an adjective.
  if (/^(the|his|her|their|its|this|that|these|those)$/u.test(next)) {
    const adjective = tokens.slice(i + 3, i + 6).findIndex((t) => isPlainAdjective(t.text)) + i + 3;
    const after = tokens[adjective + 1]?.text ?? '';
    if (
      adjective > i + 2 &&
      tokens.slice(i + 2, adjective).every((t) => /^\p{Ll}/u.test(t.text) && !NOT_OBJECT.has(t.text)) &&
      /^([,.;]|and|or|but|)$/u.test(after)
    )
      return true;
  }
  return adjectiveGivenAt(tokens, i) > 0;
}

/** "called him a liar", "called Clinton a bigot": a person, then what they were called. */
function personThenName(tokens: Token[], i: number, next: string, speakers: SpeakerFinder): boolean {
  const person = /^(him|her|them|it|himself|herself|themselves|myself|ourselves)$/u.test(next) || speakers.isPersonAt(tokens[i + 1]?.start ?? -1);
  return person && /^(a|an|the|\p{Ll}+)$/u.test(tokens[i + 2]?.text ?? '') && !/^(on|for|to|in|at|back|off|up|out|about)$/u.test(tokens[i + 2]?.text ?? '');
}

/** Whether the preposition at `n` of the words between a naming verb and its quoted name belongs to
 *  the object: after a noun of it ("fishermen from", "the plan for"), before a determiner or a name. */
function objectsPreposition(object: Token[], n: number): boolean {
  const before = object[n - 1]?.text ?? '';
  const after = object[n + 1]?.text ?? '';
  const opensNounPhrase =
    /^(\p{Lu}|the$|a$|an$|his$|her$|their$|its$|this$|these$|those$)/u.test(after) ||
    (!/^to$/iu.test(object[n]!.text) && isLowerCaseWord(after) && !isClosedClassWord(after) && !isFiniteVerb(after));
  return n > 1 && /^\p{L}+$/u.test(before) && !isClosedClassWord(before) && !PRONOUNS.has(before.toLowerCase()) && opensNounPhrase;
}

/** "unsubstantiated", "false", "outrageous": an adjective and nothing else the lexicon knows. */
function isPlainAdjective(word: string): boolean {
  const tags = tagsOf(word);
  if (!/^\p{Ll}/u.test(word)) return false;
  // Unlisted words with an adjective's ending: "unsubstantiated", "unconstitutional".
  if (!tags.length) return /^un\p{Ll}{4,}(ous|ful|ive|able|ible|ic|al|ant|ent|ated)$/u.test(word) || /\p{Ll}{4,}(ous|ible|able)$/u.test(word);
  return tags.includes('Adjective') && !tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Verb' || t === 'PastTense');
}

// Words that end an object noun phrase: "called the office for a refund", "called him back a day later".
const NOT_OBJECT = new Set('for to from in on at with about after before during back off up out over into by as of like than'.split(' '));

/** "recalled that …" reports speech; "recalls 300,000 vehicles" does not. */
export function recallReportsSpeech(tokens: Token[], i: number): boolean {
  return /^(that|how|when|[“"‘«:,])$/iu.test(tokens[i + 1]?.text ?? '');
}

/** "It goes without saying", "Having said that", "That said", "Let's say you …", "It's worth noting",
 *  "asked not to be named": no one speaks. */
export function idiom(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  return (
    prev === 'without' ||
    prev === 'having' ||
    // "who asked not to be named", "who refused to be identified": a source's condition, not what it said
    keptUnnamedAt(tokens, next === 'not' ? i + 2 : i + 1) ||
    prev === 'worth' ||
    // "the reporter in question": the one spoken of, no question asked.
    (prev === 'in' && /^question$/iu.test(tokens[i]!.text)) ||
    // "claimed responsibility for the attack", "denied entry to the inspectors": acts, not speech.
    (/^claim/u.test(tokens[i]!.text.toLowerCase()) && /^(responsibility|credit)$/u.test(next)) ||
    (/^den(y|ies|ied|ying)$/u.test(tokens[i]!.text.toLowerCase()) &&
      /^(entry|access|bail|permission|passage|visas?|admission|parole|landing|boarding)$/u.test(next)) ||
    // "pleaded guilty to two counts": a plea in court, not a report of speech ("pleaded with them to stay" is one).
    (/^plead/u.test(tokens[i]!.text.toLowerCase()) && /^(guilty|not|innocent|no)$/u.test(next)) ||
    (prev === 'that' && (i === 1 || tokens[i - 2]?.text === '(') && next === ',') ||
    (isPossessiveMark(prev) && tokens[i - 2]?.text.toLowerCase() === 'let') ||
    (prev === 'us' && tokens[i - 2]?.text.toLowerCase() === 'let')
  );
}

/** Verbs whose active form names whom they address before "to" ("urged ministers to act"). */
const ADDRESSING = new Set(['urge', 'encourage', 'beg', 'implore', 'ask', 'tell', 'advise', 'warn', 'order', 'instruct', 'remind', 'press', 'say']);

/** A headline's passive, its "be" left out: "Ministers urged to act on housing", "Residents warned
 *  over floods", "Minister said to be weighing exit": a past form of a verb that addresses someone,
 *  with nobody addressed after it, speaks of its subject (a headline's own speech is in the present,
 *  "Minister urges …"). */
export function headlinePassive(tokens: Token[], i: number): boolean {
  const form = tokens[i]!.text;
  const lemma = cueLemma(form);
  if (!lemma || !ADDRESSING.has(lemma) || !/^(\p{Ll}+ed|told|said)$/u.test(form)) return false;
  const next = tokens[i + 1]?.text ?? '';
  return next === 'to' || (lemma === 'warn' && /^(over|of|about|against)$/u.test(next));
}

/** "was told", "were asked", "is being criticized": the subject is spoken to or about. */
export function passive(tokens: Token[], i: number): boolean {
  if (/ing$/u.test(tokens[i]!.text)) return false;
  let k = i - 1;
  while (k >= 0 && /^(not|never)$/iu.test(tokens[k]!.text)) k--;
  while (k >= 0 && isAdverb(tokens[k]!.text)) k--;
  // "after being told …", "has been warned that …": the participle is passive whatever stands before.
  if (isBeParticiple(tokens[k]?.text ?? '')) return true;
  while (k >= 0 && (/^(not|never)$/iu.test(tokens[k]!.text) || isAdverb(tokens[k]!.text))) k--;
  const be =
    isCopula(tokens[k]?.text ?? '') ||
    /^(be|been|being|get|got|gets|getting)$/iu.test(tokens[k]?.text ?? '') ||
    (isPossessiveMark(tokens[k]?.text ?? '') && /^(he|she|it|that|there|who)$/iu.test(tokens[k - 1]?.text ?? ''));
  return be && !isCopula(tokens[k - 1]?.text ?? '__') && !perfectAfterClitic(tokens, k, i);
}

/** "He’s said the levy will pass", "who’s argued that …": after a person's subject, "’s" is "has" when
 *  the participle at `i` reports a clause or an object, not "is" ("she’s told that …", "he’s said to be
 *  …", "he’s quoted as saying" stay passive; "it’s said that …" is no one's). `k`: the clitic's index. */
function perfectAfterClitic(tokens: Token[], k: number, i: number): boolean {
  const clitic = tokens[k]!.text;
  const personal = PERSONAL_CLITIC.test(clitic) || (isPossessiveMark(clitic) && /^(he|she|who)$/iu.test(tokens[k - 1]?.text ?? ''));
  if (!personal) return false;
  const next = tokens[i + 1]?.text ?? '';
  // ("who’s argued for months that …", "he’s said on Monday that …": past when or where it was said;
  // "he’s said that …" and "she’s asked that …" have no passive, "she’s told that …" has.)
  if (thatFollowsAt(tokens, i + 1)) return !TOLD_THAT.has(cueLemma(tokens[i]!.text) ?? '');
  return /^[\p{L}\d]/u.test(next) && !PASSIVE_FOLLOWER.test(next);
}
/** Verbs whose listener is the subject of their passive before "that": "she’s told that …", "he’s warned that …". */
const TOLD_THAT = new Set(['tell', 'advise', 'warn', 'remind', 'assure', 'inform', 'notify']);
const PERSONAL_CLITIC = /^(he|she|who)['’]s$/iu;
const PASSIVE_FOLLOWER = /^(to|by|as|with|for|about|over|of|on|in|at|from|after|before|during|when|while|if|whether)$/iu;

// Where a topic or an object reported as speech ends (topic-speech.ts): before the narration goes on
// with a verb or a clause of its own, and before a time or a venue closing it.
import { NOT_PARTICIPLE, subjectAndVerbAt } from './clause-openings.js';
import { cueLemma } from './cues.js';
import { isCalendarWord, isFiniteVerb, isVerbForm, isArticle } from './lexicon.js';
import { PREPOSITIONS } from './speech-venues.js';
import { type Token, wordAt } from './tokens.js';
import { isAdverbish, topicVerbLemma } from './topic-verbs.js';
import { PRONOUNS } from './speaker-words.js';
import { channelPhraseAt } from './speech-channels.js';
import { phrasalCueAt } from './phrasal-cues.js';
import { prepositionWhomAt, WEEKDAY_ALTERNATIVES } from './word-classes.js';

/** Where the phrase from token `from` ends, at or before `end`: before the narration goes on with
 *  a verb ("… and defended his record", "…, but he then lashed out"), a subordinate clause ("… before
 *  leaving", "… while Trump …") or where it happened ("… outside the venue"). */
export function phraseEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < tokens.length && tokens[k]!.start < end; k++) {
    // "touted her record in a commercial", "denied the charges through her lawyer": how the words went out.
    if (channelPhraseAt(tokens, from - 1, k)) return tokens[wordAt(tokens, k - 1) === ',' ? k - 1 : k]!.start;
    if (
      sourceTagAt(tokens, k, end) ||
      dayClosesAt(tokens, k, end) ||
      joinedNarrationAt(tokens, k) ||
      setOffNarrationAt(tokens, k) ||
      subordinateClauseAt(tokens, k)
    )
      return tokens[k]!.start;
  }
  return end;
}

/** "… peace plan - agency": a source tag closing a headline, two words at most after a dash. */
function sourceTagAt(tokens: Token[], k: number, end: number): boolean {
  return /^[-—–]$/u.test(wordAt(tokens, k)) && tokens.filter((t, n) => n > k && t.start < end && /^\p{L}/u.test(t.text)).length <= 2;
}

/** "defended its record on Friday in the face of …": a day ends the object, unless "for" goes on
 *  with what it was praised or blamed for ("hit out at the government on Saturday for …"). */
function dayClosesAt(tokens: Token[], k: number, end: number): boolean {
  const w = (n: number) => wordAt(tokens, n);
  return (
    isCalendarWord(w(k + 1)) &&
    /^(on|last|this)$/u.test(w(k)) &&
    w(k + 2) !== 'for' &&
    // ("the alerts sent on Monday night": the participle's own time.)
    !isVerbForm(w(k - 1)) &&
    k + 2 < tokens.length &&
    tokens[k + 2]!.start < end &&
    /^\p{L}/u.test(w(k + 2))
  );
}

/** "…, and defended his record", "… but he then lashed out": after a comma or a joining word (and
 *  adverbs), a verb, a clause with a subject of its own, or a pronoun. */
function joinedNarrationAt(tokens: Token[], k: number): boolean {
  const w = (n: number) => wordAt(tokens, n);
  let n = k + (w(k) === ',' ? 1 : 0);
  const joined = /^(and|but|or|then)$/u.test(w(n));
  if (joined) n++;
  // ("… and once again did not back …", "… and never mentioned …": words of when and whether before the verb.)
  while (isAdverbish(w(n)) || (joined && /^(once|never|not|now|soon)$/u.test(w(n)))) n++;
  // ("denied any wrongdoing and points out that …": a verb with its particle, which the lexicon may read as a noun.)
  const verb = isVerbForm(tokens[n]?.text ?? '') || !!topicVerbLemma(w(n)) || !!cueLemma(w(n)) || (joined && !!phrasalCueAt(tokens, n));
  if (joined && verb && /^\p{Ll}/u.test(tokens[n]!.text)) return true;
  // "denied the charges and the student later recanted": a clause with a subject of its own.
  if (joined && subjectAndVerbAt(tokens, n, true)) return true;
  return n > k && PRONOUNS.has(w(n)) && (w(k) === ',' || joined);
}

/** "…, produced a plan", "…, saying …" (not "…, including …"), "the campaign, the latest chapter in …": the narration goes on
 *  (a name's apposition stays: "Alicia Machado, the former beauty queen"); "thanked Ann Roe, who said
 *  …" or "praised Ann Roe, with whom she had sailed": a relative clause set off says more of its own. */
function setOffNarrationAt(tokens: Token[], k: number): boolean {
  const w = (n: number) => wordAt(tokens, n);
  // (", enshrined in Jim Crow laws," is a participle on the noun: a verb with a preposition after it.)
  const verbNext = isVerbForm(w(k + 1)) && /^\p{Ll}/u.test(tokens[k + 1]!.text) && !PREPOSITIONS.has(w(k + 2)) && w(k + 2) !== 'by';
  return (
    w(k) === ',' &&
    (/^(who|whom|whose|which)$/u.test(w(k + 1)) ||
      prepositionWhomAt(tokens, k + 1) ||
      (/^\p{Ll}+ing$/u.test(w(k + 1)) && !NOT_PARTICIPLE.has(w(k + 1))) ||
      verbNext ||
      (isArticle(w(k + 1)) && /^\p{Ll}/u.test(tokens[k - 1]!.text) && !listGoesOnAt(tokens, k + 1)))
  );
}

/** "as he spoke", "as hundreds of protesters packed …", not "attacked her as a fraud": "as" opens
 *  a clause only with a subject. */
function subordinateClauseAt(tokens: Token[], k: number): boolean {
  const w = wordAt(tokens, k);
  // ("towns such as Velmora", "a system known as Harbourlink", "the crews as well as the dockers":
  // "as" after such a word brings in an example, a name or a second item, no clause.)
  if (w === 'as' && AS_NO_CLAUSE.test(wordAt(tokens, k - 1))) return false;
  // "praised the crews in order to win votes", "so as to calm the dockers": the speaker's purpose, no more of the topic.
  if (/^(in|so)$/u.test(w) && wordAt(tokens, k + 1) === (w === 'in' ? 'order' : 'as') && wordAt(tokens, k + 2) === 'to') return true;
  return SUBORDINATE.test(w) && (w !== 'as' || PRONOUNS.has(wordAt(tokens, k + 1)) || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || verbSoonAfter(tokens, k));
}
const AS_NO_CLAUSE = /^(such|known|well|much|many|same)$/u;

/** "blamed rising bills, the cost of flour and a fall in trade": from `k`, the next item of a list, whose
 *  last item "and" or "or" opens with a determiner before the next comma, no verb between. */
function listGoesOnAt(tokens: Token[], k: number): boolean {
  for (let n = k + 1; n < tokens.length && n <= k + 10; n++) {
    const word = tokens[n]!.text;
    if (/^(and|or)$/u.test(word)) return /^(the|a|an|his|her|its|their|our)$/u.test(tokens[n + 1]?.text ?? '');
    if (!/^[\p{L}\p{N}’'-]+$/u.test(word) || isFiniteVerb(word)) return false;
  }
  return false;
}

/** A finite verb within a few words after `k`, no comma or relative word before it: "as hundreds of protesters packed". */
function verbSoonAfter(tokens: Token[], k: number): boolean {
  for (let n = k + 2; n < tokens.length && n <= k + 6; n++) {
    const word = tokens[n]!.text;
    if (!/^\p{Ll}/u.test(word) || /^(who|which|that|whom|whose)$/u.test(word)) return false;
    // ("packed" after a noun; "the proposed budget" is a participle on one.)
    if (
      isFiniteVerb(word) ||
      /^(was|were|is|are|has|have|had|will|would)$/u.test(word) ||
      (isVerbForm(word) && !/^(the|a|an|his|her|its|their|our|of|and|or)$/u.test(tokens[n - 1]!.text))
    )
      return true;
  }
  return false;
}
const SUBORDINATE = /^(while|whereas|because|although|though|before|after|since|until|unless|when|as|outside|during|amid)$/u;

/** `end` moved back past the one it was discussed with: "discussed the evacuation with him". */
export function withoutPartner(text: string, start: number, end: number): number {
  const m = PARTNER.exec(text.slice(start, end));
  return m && m.index > 0 ? start + m.index : end;
}
const PARTNER =
  /\s+with\s+(?:him|her|them|us|me|reporters|journalists|(?:the |his |her |their |its )?\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}|(?:the|his|her|their|its) \p{Ll}+)[\s.,;:!?]*$/u;

/** `end` moved back past a time closing the phrase: "spoke about the flooding on Tuesday". */
export function withoutTrailingTime(text: string, start: number, end: number): number {
  const m = TRAILING_TIME.exec(text.slice(start, end));
  // "the outlook for next year": a time the topic itself holds stays.
  if (!m || m.index === 0) return end;
  // ("the alerts sent on Monday night": a time the participle before it holds stays too.)
  const before = text.slice(start, start + m.index).trimEnd();
  if (/\b(for|by|until|since|from|through|of|in|to|than)$/iu.test(before) || isVerbForm(before.split(/\s+/u).at(-1)!)) return end;
  return start + m.index;
}
const DAY = `(?:(?:on|last|this|next|early|late) )?(?:${WEEKDAY_ALTERNATIVES})(?: (?:morning|afternoon|evening|night))?|yesterday|today|tonight`;
const PERIOD = String.raw`(?:last|this|next|earlier this|later this) (?:week|weekend|month|year|night)|the (?:morning|afternoon|evening|night|day)(?= after| before|[\s.,;:!?]*$)`;
const IN_REMARKS = String.raw`in (?:an? |his |her |their |its )?(?:[\p{L}-]+ )?(?:tweets?|posts?|remarks|statements?|interviews?|op-ed)`;
// "endorsed Ann Holt in November", "announced her candidacy in June 2015", "last March": the month it was done.
const MONTH = String.raw`(?:in (?:early |late |mid-)?|last )(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?`;
// "criticized the levy in recent months", "in the last two debates", "five times", "on several occasions",
// "at every one of her rallies", "on the stump": how often and how lately it was said, not what.
const COUNT = String.raw`(?:two|three|four|five|six|several|many|multiple|numerous|countless|repeated|\d+)`;
const RECENT = `in (?:recent|the (?:last|past)(?: (?:few|${COUNT}))?) (?:days|weeks|months|years|decades|debates|interviews|speeches)`;
const OFTEN = String.raw`${COUNT} times|on ${COUNT} occasions|on the (?:stump|campaign trail)|at (?:every|each) (?:one of (?:his|her|their|its) )?(?:[\p{L}-]+ )?(?:rally|rallies|stop|stops|event|events|appearance|appearances)`;
const TRAILING_TIME = new RegExp(`(?:[\\s,]+(?:and )?(?:again )?(?:${DAY}|${PERIOD}|${MONTH}|${IN_REMARKS}|${RECENT}|${OFTEN}))+[\\s.,;:!?]*$`, 'u');

/** `end` moved back past the years a vote was cast in or the grounds it was cast on, which tell when
 *  and why, not what it was for: "voted for the Labour nominees in 2004 and 2008", "voted against the
 *  by-law on safety grounds". */
export function withoutVoteOccasion(text: string, start: number, end: number): number {
  const m = VOTE_OCCASION.exec(text.slice(start, end));
  return m && m.index > 0 ? start + m.index : end;
}
const VOTE_OCCASION = /(?:[\s,]+(?:in (?:\d{4})(?:(?:,| and| or) \d{4})*|on (?:[\p{L}-]+ ){1,3}grounds))+[\s.,;:!?]*$/u;

/** `end` moved back past the margin a stance was taken by, in a poll or a count, which tells by how
 *  much, not what was backed: "backed Ann Holt, 57 percent to 22 percent", "supported her by a
 *  smaller 40 percentage point margin", "backed the levy by 12 points". */
export function withoutMargin(text: string, start: number, end: number): number {
  const m = MARGIN.exec(text.slice(start, end));
  return m && m.index > 0 ? start + m.index : end;
}
const FIGURE = String.raw`(?:\d+(?:\.\d+)?|\p{Ll}+(?:-\p{Ll}+)?)`;
const SHARE_OF_VOTE = String.raw`${FIGURE}(?:\s?%|[\s-]percent)`;
const MARGIN = new RegExp(
  String.raw`(?:,\s*${SHARE_OF_VOTE}\s+to\s+${SHARE_OF_VOTE}|\s+by\s+(?:an?\s+)?(?:\p{Ll}+\s+)?(?:${FIGURE}[\s-](?:percentage[\s-])?points?|\d+[\s-]to[\s-]\d+)(?:\s+margin)?)[\s.,;:!?]*$`,
  'u',
);

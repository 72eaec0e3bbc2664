// Where the content of reported speech begins and ends around its cue: past "that" and listeners,
// up to a coordinated cue or a trailing attribution; and what cannot be content.
import { addsAmount, BEFORE_THAT, cueLemma, LISTENER_VERBS } from './cues.js';
import { isAdverb, isCalendarWord, isClosedClassWord, isFiniteVerb, isFunctionWord, tagsOf } from './lexicon.js';
import { trimmed } from './quote-draft.js';
import { isPossessiveMark, type Token } from './tokens.js';
import type { Sentence, TextSpan } from './types.js';

export const PREPOSITIONS = new Set('at in on during after before from with to via through over under amid'.split(' '));

// What follows a cue and is not what was said: "said at a briefing", "said of the plan", "said to the TV",
// "said outside the court".
// "said this week …" is when; "said this was …" is what.
const NOT_CONTENT =
  /^(at|in|on|of|to|during|when|after|before|from|while|with|about|for|as|by|via|through|outside|inside|amid|alongside|near|last|this(?!\s+(?:is|was|will|would|could|might|should|has|had|may|must|can)\b)|earlier|later|afterward|afterwards|yesterday|today|tonight|recently|then|and|but|or|nor|nothing|something|anything|goodbye|hello|sorry|thanks)\b/iu;

const SUBJECT_PRONOUN = /^(I|you|he|she|it|we|they)$/iu;
const AUXILIARY = /^(am|is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|shall|should|may|might|must)$/iu;

export function isClause(content: string): boolean {
  // "said about 20 people …", "said at least 12 people …" count; "said about the plan" does not. "have not said when they
  // would vote" reports; "said when asked" does not.
  if (
    /^(about|around|nearly|almost|at least|at most|up to)\s+(\p{N}|(one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands|half)\b)/iu.test(
      content,
    ) ||
    /^when\s+(\S+\s+){1,3}(would|will|could|might|can|should)\b/iu.test(content)
  )
    return true;
  const words = content.split(/\s+/u);
  // "she said, her voice breaking": a possessed noun and a participle, with no verb, is how it was said.
  const absolute = /^(?:his|her|their|its)\s+((?:\p{L}+\s+){1,2})\p{Ll}{3,}ing\b/iu.exec(content);
  if (absolute && !absolute[1]!.split(/\s+/u).some((w) => w && isFunctionWord(w)) && !words.some((w) => isFiniteVerb(w))) return false;
  // "said profits fell", "said it agreed": a subject and its verb are a clause of two words.
  // A pronoun with an auxiliary alone ("said it was", "said he did") stands for a clause said before.
  const subject = /^\p{L}+$/u.test(words[0]!) && (!isFunctionWord(words[0]!) || (SUBJECT_PRONOUN.test(words[0]!) && !AUXILIARY.test(words[1] ?? '')));
  const twoWordClause = words.length === 2 && subject && (isFiniteVerb(words[1]!) || /^\p{Ll}+ed$/u.test(words[1]!));
  return (words.length >= 3 || twoWordClause) && !NOT_CONTENT.test(content);
}

/** Sentence adverbs a writer sets off by commas inside a clause. */
const INTERJECTED = /^(however|though|moreover|furthermore|nonetheless|nevertheless|meanwhile|instead|too|also|again|still|therefore|indeed)$/iu;

/** How many tokens an aside set off by commas after the token at `k` takes, commas included, or 0:
 *  an adverb ("said, however, that …") or, before "that", where or when it was said ("said, in an
 *  interview on Friday, that …"). */
export function asideAfter(tokens: Token[], k: number): number {
  if (tokens[k + 1]?.text !== ',') return 0;
  if (INTERJECTED.test(tokens[k + 2]?.text ?? '') && tokens[k + 3]?.text === ',') return 3;
  if (!PREPOSITIONS.has(tokens[k + 2]?.text.toLowerCase() ?? '')) return 0;
  for (let n = k + 3; n < tokens.length && n <= k + 10; n++) {
    const w = tokens[n]!.text;
    if (w === ',') return /^that$/iu.test(tokens[n + 1]?.text ?? '') ? n - k : 0;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}.’'-]*$/u.test(w) || (isFiniteVerb(w) && !VENUE_PARTICIPLES.test(w))) return 0;
  }
  return 0;
}

/** Where the content begins after the cue: past "that", a listener ("told reporters"), a colon. */
export function contentStart(tokens: Token[], cue: number, lemma: string): number {
  // "admitted, however, that …": an aside set off by commas stands between.
  const aside = asideAfter(tokens, cue);
  if (aside) return contentStart(tokens, cue + aside, lemma);
  const k = cue + 1;
  // "As the minister said on Monday, the plan will fail": after "As X said …," the main clause is what was said.
  if (/^as$/iu.test(tokens[0]?.text ?? '')) {
    const comma = tokens.findIndex((t, n) => n > cue && t.text === ',');
    if (comma > 0 && comma - cue <= 8 && !tokens.slice(k, comma).some((t) => isFiniteVerb(t.text))) return tokens[comma + 1]?.start ?? tokens[comma]!.end;
  }
  // "said only: “…”", "said simply: …": what follows the colon.
  if (/^(only|simply|merely|just|tersely|flatly)$/iu.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ':')
    return tokens[k + 2]?.start ?? tokens[k + 1]!.end;
  // "expressed hope that …", "voiced concern that …": the clause is what was said.
  if (
    /^(hope|concern|confidence|regret|optimism|belief|fear|fears|satisfaction|doubt|doubts)$/iu.test(tokens[k]?.text ?? '') &&
    /^that$/iu.test(tokens[k + 1]?.text ?? '')
  )
    return tokens[k + 1]!.start;
  // "called for a moratorium", "called on Congress to act": what is called for is the content.
  if (lemma === 'call' && /^(for|on|upon)$/iu.test(tokens[k]?.text ?? '')) return tokens[k + 1]?.start ?? tokens[k]!.end;
  // "Sanders said, going on to contrast …": a participle after the comma continues the narration.
  if (tokens[k]?.text === ',' && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? '')) return tokens[tokens.length - 1]!.end;
  const thatWithin = (from: number, limit: number, titles = false) => {
    const that = tokens.slice(from, from + limit).findIndex((t) => /^(that|how|why|whether)$/iu.test(t.text));
    const between = tokens.slice(from, from + Math.max(that, 0));
    // A listener may be a show in quote marks: "told MSNBC’s “Morning Joe” on Friday that".
    const marks = titles ? /^[;:]$/u : /^[;:“"]$/u;
    // Another speech verb between closes the search; "a conference call" is a noun.
    const verb = (t: Token) => !!cueLemma(t.text) && /(ed|ing|said|told|wrote|says|tells|writes)$/iu.test(t.text) && !VENUE_PARTICIPLES.test(t.text);
    // "told reporters after the meeting that was held on a boat": "that" and a verb after a noun is a relative clause.
    const relative = that > 0 && tokens[from + that]!.text.toLowerCase() === 'that' && isFiniteVerb(tokens[from + that + 1]?.text ?? '');
    // "told Reuters the group would discuss whether …": a clause of its own comes first ("in a statement
    // carried by SPA that …" is where it was said).
    const clause = (t: Token) => isFiniteVerb(t.text) && !VENUE_PARTICIPLES.test(t.text);
    return that >= 0 && !relative && !between.some((t) => marks.test(t.text) || verb(t) || clause(t)) ? from + that : -1;
  };
  // "said on Thursday that", "said during a rally in Michigan that": adverbials before "that".
  // "said on CNN’s “State of the Union” that": a show's title in quote marks may name where it was said.
  const that = thatWithin(k, 12, /^(on|in)$/iu.test(tokens[k]?.text ?? ''));
  if (that >= 0) {
    const between = tokens.slice(k, that);
    const adverbial =
      between.length === 0 ||
      PREPOSITIONS.has(between[0]!.text.toLowerCase()) ||
      /^(of|when|while)$/iu.test(between[0]!.text) ||
      // "said only that …", "said publicly that …": an adverb before "that" is how it was said.
      between.every((t) => BEFORE_THAT.has(t.text.toLowerCase()) || /^\p{N}/u.test(t.text) || /^(\p{Ll}{2,}ly|just)$/u.test(t.text));
    // The complementizer opens the content ("said that the plan failed"), as news annotation marks it.
    if (adverbial && tokens[that]!.text.toLowerCase() === 'that') return tokens[that]!.start;
    // "wondered aloud whether …", "explained patiently why …": so does a question.
    // ("just how swift …": an adverb of degree belongs to the question.)
    if (between.length && between.every((t) => /^(\p{Ll}{2,}ly|aloud|again|also|then|later)$/u.test(t.text))) return tokens[that]!.start;
  }
  // "told Breitbart News host Alex Marlow on Thursday how ...": past the listener to that/how/why.
  // "warned state officials that …", "promised voters that …": a listener before the clause is no part of it.
  if (LISTENER_BEFORE_CLAUSE.has(lemma)) {
    const after = thatWithin(k, 8, true);
    if (after >= 0 && tokens.slice(k, after).every((t) => /^[\p{L}’'-]+$/u.test(t.text) && !isFiniteVerb(t.text))) return tokens[after]!.start;
  }
  if (LISTENER_VERBS.has(lemma)) {
    const after = thatWithin(k, 14, true);
    if (after >= 0) return tokens[after]!.start;
    // "told his Iranian counterpart Moscow would …": past a possessive too, when a clause follows.
    const pastPossessive = listenerEnd(tokens, k, LISTENER_DETERMINER);
    const n = SUBJECT_START.test(tokens[pastPossessive]?.text ?? '') ? pastPossessive : listenerEnd(tokens, k, ARTICLE);
    return tokens[pastTimeOrVenue(tokens, n)]?.start ?? tokens[tokens.length - 1]!.end;
  }
  return tokens[pastTimeOrVenue(tokens, k)]?.start ?? tokens[tokens.length - 1]!.end;
}

/** Cues that may name a listener before a clause, and before an infinitive as part of the content
 *  ("warned officials to leave"). */
const LISTENER_BEFORE_CLAUSE = new Set(['warn', 'promise', 'caution', 'advise', 'ask', 'convince', 'persuade', 'notify', 'brief', 'reassure', 'urge']);

/** Where a listener after the cue at `k - 1` ends: up to four words, a name going on only from a
 *  capitalised word or a determiner ("told Fox News host Ann Holt", but "told reporters President
 *  Omar Nasser had …"); a possessor's noun goes on too ("told Tuesday’s council meeting", "told
 *  last week’s conference"). */
function listenerEnd(tokens: Token[], k: number, determiner: RegExp): number {
  let n = k;
  // Up to four words, and up to four more after a possessor's "’s".
  let from = k;
  while (n < tokens.length && n - from < 4) {
    const w = tokens[n]!.text;
    const previous = tokens[n - 1]!.text;
    if (n > k && isPossessiveMark(w)) {
      from = ++n;
      continue;
    }
    const goesOn =
      /^\p{L}/u.test(w) &&
      (n === k ||
        (/^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(previous)) ||
        determiner.test(previous) ||
        nounAfterDeterminer(tokens, k, n, determiner) ||
        // "told CNN’s Jake Tapper"; "meeting" is a noun here, though the lexicon knows it as a verb form.
        (isPossessiveMark(previous) && /^\p{Lu}/u.test(w)) ||
        (from > k && /^\p{Ll}+$/u.test(w) && !isClosedClassWord(w) && !isFiniteVerb(w) && !PREPOSITIONS.has(w)) ||
        (/^(last|next|this)$/iu.test(previous) && isPossessiveMark(tokens[n + 1]?.text ?? '')));
    if (!goesOn) break;
    n++;
  }
  return n;
}

/** "told the radio station …": a plain word going on with a listener opened by a determiner. */
function nounAfterDeterminer(tokens: Token[], k: number, n: number, determiner: RegExp): boolean {
  const w = tokens[n]!.text;
  return determiner.test(tokens[k]!.text) && /^\p{Ll}+$/u.test(w) && !isFunctionWord(w) && !isFiniteVerb(w) && !PREPOSITIONS.has(w);
}
const ARTICLE = /^(the|a|an)$/iu;
/** What may open a listener's noun phrase: "told the radio station", "told his Iranian counterpart". */
const LISTENER_DETERMINER = /^(the|a|an|his|her|their|its|our|my|your)$/iu;

const TIME_OR_VENUE =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|statement|interview|conference|briefing|hearing|tweet|post|video|message|speech|address|letter|email|\d+)$/iu;
const BARE_TIME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|earlier|later)$/iu;
const SUBJECT_START = /^(\p{Lu}|he$|she$|it$|they$|we$|i$|the$|a$|an$|his$|her$|its$|their$|there$)/u;

/** "said on Tuesday it would …", "said in a statement the plant …": where the content starts after
 *  a time or venue phrase, when a subject follows it; otherwise `k` itself. */
function pastTimeOrVenue(tokens: Token[], k: number): number {
  // "said Friday afternoon, as …", "said Tuesday the plan …": a bare time phrase is no content.
  let n = k;
  while (n < tokens.length && n - k < 3 && BARE_TIME.test(tokens[n]!.text)) n++;
  if (n > k) return /^[,.;]$/u.test(tokens[n]?.text ?? '.') ? tokens.length : n;
  // "said after the convention he would …": a subject pronoun ends the phrase before it.
  if (PREPOSITIONS.has(tokens[k]?.text.toLowerCase() ?? '') || /^(of|following)$/iu.test(tokens[k]?.text ?? '')) {
    for (let n = k + 2; n < tokens.length && n - k <= 8 && /^\p{L}/u.test(tokens[n - 1]!.text); n++) {
      if (/^(he|she|they|we|i)$/iu.test(tokens[n]!.text) && !PREPOSITIONS.has(tokens[n - 1]!.text.toLowerCase())) return n;
    }
  }
  if (!/^(on|in|at|during|last|this|earlier|late)$/iu.test(tokens[k]?.text ?? '')) return k;
  let closed = -1;
  for (let n = k; n < tokens.length && n - k < 5 && (BEFORE_THAT.has(tokens[n]!.text.toLowerCase()) || /^\p{N}/u.test(tokens[n]!.text)); n++) {
    if (TIME_OR_VENUE.test(tokens[n]!.text)) closed = n;
  }
  // "pledged on Tuesday to end …": an infinitive after the time phrase is the content too.
  const next = tokens[closed + 1]?.text ?? '';
  return closed >= 0 && (SUBJECT_START.test(next) || /^to$/u.test(next)) ? closed + 1 : k;
}

/** A cue of the same subject coordinated later: "commended X but stressed Y". */
export function coordinatedCueAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.text.toLowerCase();
  if (w !== 'and' && w !== 'but') return false;
  // "… but has also said …": auxiliaries may stand before the second cue.
  let k = i + 1;
  while (k < i + 3 && (/^(has|have|had|also|then|later|would|will|did|not)$/iu.test(tokens[k]?.text ?? '') || isAdverb(tokens[k]?.text ?? ''))) k++;
  return !!cueLemma(tokens[k]?.text ?? '') && !addsAmount(cueLemma(tokens[k]!.text), tokens[k + 1]?.text);
}

/** A capitalised subject (not a pronoun) followed within four words by a finite verb. */
function namedClauseAt(tokens: Token[], k: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[k]?.text ?? '') || /^(I|He|She|It|They|We)$/u.test(tokens[k]!.text)) return false;
  for (let n = k + 1; n < Math.min(tokens.length, k + 5); n++) {
    if (isFiniteVerb(tokens[n]!.text)) return true;
  }
  return false;
}

/** "Ham also noted …", "she said, “…”": a name or pronoun, then (past adverbs) a finite cue that
 *  has content of its own after it. */
function newAttributionAt(tokens: Token[], k: number): boolean {
  let n = k;
  if (/^(he|she|they|we|i)$/iu.test(tokens[n]?.text ?? '')) n++;
  else while (n < k + 4 && /^\p{Lu}/u.test(tokens[n]?.text ?? '')) n++;
  if (n === k) return false;
  while (/^(also|later|then|again|repeatedly|has|had|have)$/iu.test(tokens[n]?.text ?? '') || isAdverb(tokens[n]?.text ?? '')) n++;
  if (!finiteCue(tokens, n)) return false;
  const then = tokens[n + 1]?.text ?? '';
  return /^[,:]$/u.test(then) ? /^[“"‘«']$/u.test(tokens[n + 2]?.text ?? '') : /^\p{L}/u.test(then);
}

const NOT_PARTICIPLE = new Set(
  'including according regarding concerning during nothing something anything everything morning evening notwithstanding beginning starting'.split(' '),
);

/** A past form after "and"/"but", past "also", "then", "later": "… and later decided …". */
function pastVerbAfter(tokens: Token[], k: number): boolean {
  let n = k;
  while (/^(also|then|later|still|even|again)$/iu.test(tokens[n]?.text ?? '')) n++;
  return tagsOf(tokens[n]?.text ?? '').includes('PastTense');
}

/** A subject (a pronoun, or a determined or capitalised noun phrase of up to four words) and a
 *  finite verb at `k`: "the union also stepped in", "he has also intensified". */
function subjectAndVerbAt(tokens: Token[], k: number, pastForms = false): boolean {
  // The lexicon may know a past form only as an adjective ("delayed") or not at all.
  const verb = (w: string) => isFiniteVerb(w) || (pastForms && /^\p{Ll}{3,}ed$/u.test(w) && tagsOf(w).every((t) => t === 'Adjective'));
  const first = tokens[k]?.text ?? '';
  if (/^(he|she|they|it|we|i)$/iu.test(first)) return verb(tokens[k + 1]?.text ?? '');
  if (!/^(the|a|an|his|her|their|its|\p{Lu}\p{L}*)$/u.test(first) || (isFunctionWord(first) && !/^(the|a|an|his|her|their|its)$/iu.test(first))) return false;
  for (let n = k + 1; n <= k + 5 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (!/^[\p{L}’'-]+$/u.test(w)) return false;
    if (verb(w) && !/^(that|who|which)$/iu.test(tokens[n - 1]!.text)) return n > k + 1;
  }
  return false;
}

/** A cue that is a finite verb: "replied", not "saying" or "to say". */
function finiteCue(tokens: Token[], n: number): boolean {
  const t = tokens[n];
  const prev = tokens[n - 1];
  if (!t) return false;
  // "his announced plans": after a determiner the form is an adjective.
  return (
    !!cueLemma(t.text) &&
    !/ing$/u.test(t.text) &&
    !/^(to|the|a|an|his|her|its|their|our|my|your|this|that|these|those)$/iu.test(prev?.text ?? '') &&
    /^\p{Ll}/u.test(t.text) &&
    !addsAmount(cueLemma(t.text), tokens[n + 1]?.text)
  );
}

// Where it was said, closing the content: "in a statement", "on Twitter"; and when, next to where:
// "in a statement on Thursday". A time alone closing the content ("his house was hit on Saturday
// night", "would file a motion on Tuesday") is when what was said happened, and stays.
const SPEECH_VENUE = String.raw`in an? (?:written |joint |brief )?(?:statement|interview|email|post|tweet|speech|letter)(?: with [\p{L}\p{N} .'’-]{1,40}?)?|on (?:Twitter|Facebook|Instagram|television|TV|(?:its|his|her|their) website)`;
const SPEECH_TIME = '(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|yesterday|today';
const TRAILING_VENUE = new RegExp(`(?:[\\s,]+(?:${SPEECH_VENUE}|${SPEECH_TIME}))+[\\s.,;:!?”"’)]*$`, 'u');
const HOLDS_VENUE = new RegExp(`[\\s,](?:${SPEECH_VENUE})`, 'u');

/** `end` moved back past a trailing "in a statement on Thursday". */
export function withoutTrailingVenue(text: string, start: number, end: number): number {
  const m = TRAILING_VENUE.exec(text.slice(start, end));
  if (!m || m.index === 0 || !HOLDS_VENUE.test(m[0])) return end;
  // "prices should ease by next year": a time the content itself is about stays.
  if (/\b(by|until|before|after|since|from|within|through|for|than)\s*$/iu.test(text.slice(start, start + m.index))) return end;
  return start + m.index;
}

/** The words said without the times and venues closing them, to judge whether they make a clause:
 *  "reported the plan on Monday" reports a noun phrase. */
export function withoutTrailingTimes(content: string): string {
  const m = TRAILING_VENUE.exec(content);
  return m && m.index > 0 ? content.slice(0, m.index) : content;
}

/** The content ends at the sentence end, or before a coordinated cue, a trailing attribution
 *  (", the source added", ", according to X") or a semicolon. */
export function contentEnd(tokens: Token[], cue: number, sentenceEnd: number): number {
  // Without "that" the content is a phrase ("asked Clinton about her emails"), and "and decided …"
  // goes back to the narration.
  // With a subject of its own ("said he rated … and talked …") the content is a clause.
  const phrase = !/^(that|he|she|they|it|we|i|there)$/iu.test(tokens[cue + 1]?.text ?? '');
  // "While aides said his role is …, Mr. Obama is also determined …": a cue inside an opening
  // subordinate clause reports up to the main clause.
  // "Despite admitting that …, the mayor kept …": so does a participle cue after an opening preposition.
  const subordinate =
    /^(while|although|though|as|because|since|whereas|even)$/iu.test(tokens[0]?.text ?? '') ||
    (cue === 1 && /^(despite|after|before|upon|by|in|when|while)$/iu.test(tokens[0]!.text) && /ing$/u.test(tokens[cue]!.text));
  for (let k = cue + 1; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (coordinatedCueAt(tokens, k) || w === ';') return tokens[k]!.start;
    // "… and Democrats accused the GOP …", "… — and he noted that …": a new speaker's cue.
    const dash = /^[—–―-]$/u.test(w) ? 1 : 0;
    // ("said that Tehran and Moscow had agreed …": before the clause has a verb, "and" joins its subject.)
    const subjectOnly = !phrase && !tokens.slice(cue + 1, k).some((t) => isFiniteVerb(t.text));
    if (/^(and|but)$/iu.test(tokens[k + dash]?.text ?? '') && (dash || k > cue + 1) && !subjectOnly && newAttributionAt(tokens, k + dash + 1))
      return tokens[k]!.start;
    // ("said his client had no record and had cooperated …": after a clause, a tense shifted back
    // goes on with its subject.)
    const shifted = /^(had|would|could)$/iu.test(tokens[k + 1]?.text ?? '') && tokens.slice(cue + 2, k).some((t) => isFiniteVerb(t.text));
    if (phrase && /^(and|but)$/iu.test(w) && pastVerbAfter(tokens, k + 1) && !shifted) return tokens[k]!.start;
    if (w !== ',') continue;
    // Closing quote marks after the comma belong to the words before: ‘…,” adding that …’.
    let after = k + 1;
    while (/^[”"’']$/u.test(tokens[after]?.text ?? '')) after++;
    const next = tokens[after]?.text.toLowerCase();
    // "…, Ham also noted …", "…, she said, “…”": a new attribution starts a new quote.
    if (newAttributionAt(tokens, after)) return tokens[k]!.start;
    // "…, and that he had warned colleagues …": a second clause the cue reports ("and that is why"
    // is the narrator's).
    const secondComplement = /^that$/iu.test(tokens[after + 1]?.text ?? '') && !isFiniteVerb(tokens[after + 2]?.text ?? '');
    if ((next === 'and' || next === 'but') && secondComplement) continue;
    // "…, and when pressed, she replied …": a clause with a speech verb of its own.
    if ((next === 'and' || next === 'but') && tokens.some((_, n) => n > after && finiteCue(tokens, n))) return tokens[k]!.start;
    if (next === 'according' && tokens[after + 1]?.text.toLowerCase() === 'to') return tokens[k]!.start;
    // "…, who is 70." / "…, which forced her to leave early.": a last relative clause after a name
    // is the narrator's aside.
    if ((next === 'who' || next === 'which') && /^\p{Lu}/u.test(tokens[k - 1]!.text) && !tokens.slice(k + 2).some((t) => t.text === ','))
      return tokens[k]!.start;
    // "…, and Hillary Clinton is promising …": a clause with a named subject of its own is narration.
    if ((next === 'and' || next === 'but') && namedClauseAt(tokens, after + 1)) return tokens[k]!.start;
    // (After "As X said …," the main clause is the content: contentStart has begun there.)
    if (
      subordinate &&
      (namedClauseAt(tokens, after) ||
        (/^(he|she|they|it|we|i)$/iu.test(next ?? '') && isFiniteVerb(tokens[after + 1]?.text ?? '')) ||
        (!/^as$/iu.test(tokens[0]!.text) && subjectAndVerbAt(tokens, after, true)))
    ) {
      return tokens[k]!.start;
    }
    // "agreed to lend him $5 million, and the union also stepped in", "promising lower taxes, but he
    // has also intensified …": after a phrase, a clause with a subject of its own is narration.
    if (phrase && (next === 'and' || next === 'but') && subjectAndVerbAt(tokens, after + 1)) return tokens[k]!.start;
    // "…, while 73 percent said the same": a contrast with a speech verb of its own.
    // "…, as Eric Garner, gasping on a sidewalk, said before he died": another speaker's attribution.
    if ((next === 'while' || next === 'whereas' || next === 'as') && tokens.some((_, n) => n > after && n <= after + 14 && finiteCue(tokens, n)))
      return tokens[k]!.start;
    // "…, as he did again during the debate": the narrator's comparison.
    if (
      next === 'as' &&
      /^(he|she|they|it|we|i)$/iu.test(tokens[after + 1]?.text ?? '') &&
      /^(did|does|do|has|had|have|was|is|were|are)$/iu.test(tokens[after + 2]?.text ?? '')
    )
      return tokens[k]!.start;
    // ", although he refused …": a concession belongs to the narration.
    if (/^(although|though|whereas)$/u.test(next ?? '')) return tokens[k]!.start;
    // ", contradicting the police" / ", sending him to …": a participle goes back to the narration.
    if (/^\p{Ll}+ing$/u.test(next ?? '') && !NOT_PARTICIPLE.has(next!)) return tokens[k]!.start;
    // ", without giving details", ", a day after gunmen attacked …", ", a figure police did not
    // confirm": the narrator's comment on what was said, or when.
    if (narratorsCommentAt(tokens, after)) return tokens[k]!.start;
    // ", in remarks that drew …", ", in a statement carried by IRNA": where it was said closes the content.
    if (next === 'in' && speechOccasionAt(tokens, after + 1)) return tokens[k]!.start;
    // ", a foreign ministry spokeswoman said, as …", ", the presidency said in a statement.": an
    // attribution after a clause closes it.
    if (k - cue > 4 && trailingAttributionAt(tokens, after)) return tokens[k]!.start;
    // ", the source added." / ", he said." closing the sentence
    const rest = tokens.slice(k + 1);
    const cueAt = rest.findIndex((t) => cueLemma(t.text));
    if (
      cueAt > 0 &&
      cueAt <= 4 &&
      rest.slice(cueAt + 1).every((t) => !/^\p{L}/u.test(t.text) || PREPOSITIONS.has(t.text.toLowerCase()) || /^\p{Lu}/u.test(t.text))
    ) {
      return tokens[k]!.start;
    }
  }
  return sentenceEnd;
}

// Cues that close a clause as its attribution ("…, the minister said on Monday").
const TRAILING_CUES = new Set(
  'say tell add write note report explain state announce warn stress insist argue claim confirm comment tweet reply respond emphasize emphasise acknowledge admit concede remark caution predict underline reiterate'.split(
    ' ',
  ),
);
// Participles on the venue noun: "in a statement posted on its website", "carried by the news agency".
const VENUE_PARTICIPLES = /^(posted|issued|released|published|carried|broadcast|aired|sent|made|given|held|delivered|shared)$/iu;

/** A speaker and a closing cue from `k` ("a foreign ministry spokeswoman said", "Commission
 *  President Ursula von der Leyen said"), with only where, when or to whom after the cue up to the
 *  next comma or the sentence end. */
function trailingAttributionAt(tokens: Token[], k: number): boolean {
  const first = tokens[k]?.text ?? '';
  const subject =
    /^\p{Lu}/u.test(first) ||
    /^(the|a|an|his|her|its|their|one|two|three|several|some|many|he|she|they|it|we|i)$/iu.test(first) ||
    (/^\p{Ll}+s$/u.test(first) && tagsOf(first).includes('Plural'));
  if (!subject) return false;
  for (let c = k; c < Math.min(tokens.length, k + 12); c++) {
    const w = tokens[c]!.text;
    if (c > k && finiteCue(tokens, c) && TRAILING_CUES.has(cueLemma(w)!)) return onlyVenueAfter(tokens, c + 1);
    if (/^(who|whom|whose|which|that|when|where|if|because|as|while|but|[;:“"”(])$/iu.test(w) || (c > k && isFiniteVerb(w))) return false;
  }
  return false;
}

/** After a cue, up to a comma or the end: nothing, or where, when or to whom it was said ("on
 *  Wednesday", "in a statement posted on its website", "told reporters in Beijing"). */
export function onlyVenueAfter(tokens: Token[], n: number): boolean {
  for (let m = n; m < tokens.length; m++) {
    const w = tokens[m]!.text;
    if (w === ',' || /^[.!?]$/u.test(w)) return true;
    if (m - n >= 14 || /^[“"‘«:;]$/u.test(w) || /^(that|how|why|whether)$/iu.test(w)) return false;
    if (
      m === n &&
      !(
        PREPOSITIONS.has(w.toLowerCase()) ||
        /^(of|by|reporters|journalists|me|us|him|her|them)$/iu.test(w) ||
        /^[\p{Lu}\p{N}]/u.test(w) ||
        isCalendarWord(w) ||
        isAdverb(w)
      )
    )
      return false;
    if (isFiniteVerb(w) && !VENUE_PARTICIPLES.test(w)) return false;
  }
  return true;
}

/** ", without giving details", ", without elaborating": what the speaker did not say. ", a day after
 *  …", ", hours before …": when. ", a figure police did not confirm": the narrator's doubt. */
function narratorsCommentAt(tokens: Token[], k: number): boolean {
  const w = (n: number) => tokens[k + n]?.text.toLowerCase() ?? '';
  if (w(0) === 'without' && WITHHELD.test(w(1))) return true;
  let n = 0;
  while (
    n < 3 &&
    /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|just|only|shortly|soon|hours?|days?|weeks?|months?|minutes?|\d+)$/u.test(w(n))
  )
    n++;
  if (n > 0 && /^(after|before)$/u.test(w(n))) return true;
  if (/^(a|an)$/u.test(w(0)) && REPORTED_FIGURE.test(w(1))) {
    const rest = tokens.slice(k + 2, k + 12).map((t) => t.text.toLowerCase());
    return rest.some((x) => /^(not|denied|denies|disputed|disputes|rejected|rejects|verify|verified|confirm|confirmed|independently)$/u.test(x));
  }
  return false;
}
/** "remarks", "a televised address", "his weekly radio show": up to three words, then a noun of a
 *  speech's occasion. */
function speechOccasionAt(tokens: Token[], k: number): boolean {
  for (let n = k; n < k + 4 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (SPEECH_OCCASIONS.test(w)) return true;
    if (!/^[\p{L}-]+$/u.test(w) || isFiniteVerb(w)) return false;
  }
  return false;
}
const SPEECH_OCCASIONS =
  /^(remarks|comments|statement|statements|interview|interviews|speech|address|letter|post|tweet|tweets|video|message|op-ed|column|article|briefing|broadcast|show|podcast|sermon|testimony)$/iu;

const WITHHELD =
  /^(giving|providing|offering|elaborating|citing|specifying|naming|identifying|explaining|disclosing|revealing|presenting|producing|detailing|mentioning|going|further|evidence|details)$/u;
const REPORTED_FIGURE = /^(figure|claim|number|toll|allegation|accusation|charge|assertion|account|tally|estimate)$/u;

/** The content before a trailing attribution: "The deal is dead, officials said." */
export function leadingContent(text: string, sentence: Sentence, tokens: Token[], attributionStart: number): TextSpan | null {
  const comma = tokens.filter((t) => t.end <= attributionStart && /^[,”"’]$/u.test(t.text)).pop();
  if (!comma) return null;
  // A quotation opening the sentence ends where its marks close, whatever asides follow; quoted
  // words that run on into the sentence (“You squeezed them” to lift the price, she said) are a
  // part of it.
  // (An opening '' is two tokens: its second is no closing mark.)
  const opened = sentence.start + (/^\s*''/u.exec(sentence.text)?.[0].length ?? 1);
  const quotation = /^[“"‘«']/u.test(sentence.text)
    ? tokens.find((t) => t.start >= opened && /^[”"’»']$/u.test(t.text) && t.end <= attributionStart)
    : undefined;
  if (quotation && !runsOn(text, tokens, quotation)) return trimmed(text, sentence.start, quotation.end);
  // "X scolded him: “…,” she said": the quotation after the colon is what was said.
  const colon = tokens.findIndex((t, n) => t.text === ':' && t.end <= comma.start && /^[“"‘«]$/u.test(tokens[n + 1]?.text ?? ''));
  const from = colon >= 0 ? tokens[colon + 1]!.start : sentence.start;
  const content = trimmed(text, from, comma.start + (/[”"’]/u.test(comma.text) ? 1 : 0));
  // "Campaigning against Mitt Romney in 2012, he …", "Asked about the deal, she …": a participle
  // phrase is not what was said.
  const participle =
    /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(content?.text.split(/\s/u)[0] ?? '') &&
    !NOT_PARTICIPLE.has(content!.text.split(/\s/u)[0]!.toLowerCase()) &&
    !tokens.some((t) => t.start > sentence.start && t.end <= comma.start && isFiniteVerb(t.text));
  if (!content || participle || content.text.split(/\s+/u).length < 3) return null;
  // "In an interview on Sunday, she told CNN …": an opening phrase without a verb is where, not what.
  const venue =
    PREPOSITIONS.has(content.text.split(/\s/u)[0]!.toLowerCase()) &&
    !tokens.some((t) => t.start >= content.start && t.end <= content.end && isFiniteVerb(t.text));
  return venue ? null : content;
}

/** Quoted words closed without punctuation and followed by a lower-case word of the same sentence. */
function runsOn(text: string, tokens: Token[], close: Token): boolean {
  const next = tokens.find((t) => t.start >= close.end && t.text !== "'");
  return !/[,.!?…]\s*$/u.test(text.slice(Math.max(0, close.start - 4), close.start)) && !!next && /^\p{Ll}/u.test(next.text);
}

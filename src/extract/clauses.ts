// Whether the words a cue reports make a clause, what was said, rather than a phrase of where,
// when or to whom ("said at a briefing"), or a noun phrase ("praised the volunteers who …").
import { hasRegularPastShape, isFiniteVerb, isFunctionWord, isAuxiliary } from './lexicon.js';
import { isPersonalSubject, isSubjectPronoun } from './speaker-words.js';
import { SPELT_COUNT_ALTERNATIVES } from './word-classes.js';
import { isSubjectWithClitic } from './contractions.js';
import { isLowerCaseWord } from './tokens.js';

// What follows a cue and is not what was said: "said at a briefing", "said of the plan", "said to the TV",
// "said outside the court".
// "said this week …" and "said last month …" are when; "said this was …", "said this plan will fail" and
// "said last year's budget was …" are what: a subject opening with the word, its verb an auxiliary;
// so is "called this a disgrace", the object and what it was called.
const DEICTIC_SUBJECT = String.raw`(?!\s+(?:\p{L}+['’]s\s+)?(?:\p{L}+\s+)?(?:is|was|are|were|will|would|could|might|should|has|had|have|may|must|can|does|did)\b|\s+(?:a|an)\s)`;
const NOT_CONTENT = new RegExp(
  String.raw`^(at|in|on|of|to|during|when|after|before|from|while|with|about|for|as|by|via|through|outside|inside|amid|alongside|near|last${DEICTIC_SUBJECT}|this${DEICTIC_SUBJECT}|earlier|later|afterward|afterwards|yesterday|today|tonight|recently|then|and|but|or|nor|nothing|something|anything|goodbye|hello|sorry|thanks|(?:shortly|soon|just|immediately|moments|minutes|hours|days|weeks|months|years|long)\s+(?:before|after))\b`,
  'iu',
);

/** A count hedged, spelt out or in figures: "about 20", "at least twelve", "nearly half". */
const APPROXIMATE_COUNT = new RegExp(
  `^(about|around|nearly|almost|at least|at most|up to)\\s+(\\p{N}|(one|${SPELT_COUNT_ALTERNATIVES}|a dozen|dozens|hundreds|thousands|half)\\b)`,
  'iu',
);

/** Whether the words after a cue make a clause of what was said: a subject and its verb, or three
 *  words or more that do not open with where, when or to whom. */
export function isClause(content: string): boolean {
  // "said about 20 people …", "said at least 12 people …" count; "said about the plan" does not. "have not said when they
  // would vote" reports; "said when asked" does not.
  if (APPROXIMATE_COUNT.test(content) || /^when\s+(\S+\s+){1,3}(would|will|could|might|can|should)\b/iu.test(content)) return true;
  const words = content.split(/\s+/u);
  // "she said, her voice breaking": a possessed noun and a participle, with no verb, is how it was said.
  const absolute = /^(?:his|her|their|its)\s+((?:\p{L}+\s+){1,2})\p{Ll}{3,}ing\b/iu.exec(content);
  if (absolute && !absolute[1]!.split(/\s+/u).some((w) => w && isFunctionWord(w)) && !words.some((w) => isFiniteVerb(w))) return false;
  // "said profits fell", "said it agreed": a subject and its verb are a clause of two words.
  // A pronoun with an auxiliary alone ("said it was", "said he did") stands for a clause said before.
  const subject = /^\p{L}+$/u.test(words[0]!) && (!isFunctionWord(words[0]!) || (isSubjectPronoun(words[0]!) && !isAuxiliary(words[1] ?? '')));
  // ("said they’re leaving", "said he'll stay": a pronoun written with its verb is a subject and its verb too.)
  const twoWordClause = words.length === 2 && ((subject && (isFiniteVerb(words[1]!) || /^\p{Ll}+ed$/u.test(words[1]!))) || isSubjectWithClitic(words[0]!));
  return (words.length >= 3 || twoWordClause) && !NOT_CONTENT.test(content);
}

// (A match starts where a word does, so (?<!\p{L}) changes none: it spares the engine retrying each word
// from every one of its letters.)
const RELATIVE_THAT = /(?<!\p{L})(\p{L}+)\s+that\s+(\p{L}+)\b/u;

/** "a report that found ridership fell": a relative clause (a verb right after "that") belongs to the noun
 *  phrase; "concerns that the stadium would fail" is what the concerns were. */
function withoutNounClause(content: string): string {
  // (The pattern is slow to fail, trying every letter of every word: most contents hold no "that".)
  const relative = content.includes('that') ? RELATIVE_THAT.exec(content) : null;
  const verb = relative?.[2] ?? '';
  return relative && !isFunctionWord(relative[1]!) && (isFiniteVerb(verb) || /^\p{Ll}+ed$/u.test(verb))
    ? content.slice(0, relative.index + relative[1]!.length)
    : content;
}

const SET_OFF_RELATIVE = /,\s*(?:who|whom|whose|which)\b[^,;:]*,(?=\s+\p{Ll})/u;

/** A finite verb, or "to" and a verb ("for Congress to act"), makes the words a clause. */
export function hasClause(content: string): boolean {
  // "praised the volunteers who cleaned the park": a relative clause is inside the noun phrase ("the
  // pier, which the council owns, will close": one set off by commas ends at its closing comma).
  const words = content
    .replace(SET_OFF_RELATIVE, ' ')
    .replace(/\b(who|whom|whose|which)\b.*$/isu, '')
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, ''));
  const determiner = (w: string | undefined) => /^(the|a|an|his|her|their|its|our|my|your|this|these|those|some|many|all)$/iu.test(w ?? '');
  return words.some(
    (w, n) =>
      (isFiniteVerb(w) && !determiner(words[n - 1])) ||
      (w.toLowerCase() === 'to' && n > 0 && isLowerCaseWord(words[n + 1] ?? '') && !/^(the|a|an|his|her|their|its|be)$/u.test(words[n + 1]!)),
  );
}

/** "the strikes targeted weapons depots", "he expected a deal": a subject, then a past form the lexicon does not list as a verb. */
export function subjectAndPastVerb(content: string): boolean {
  const words = content.split(/\s+/u).slice(0, 7);
  // "he expected a deal": a subject pronoun right before a past form the lexicon lists only as an adjective.
  if (isPersonalSubject(words[0] ?? '') && hasRegularPastShape(words[1] ?? '')) return true;
  if (!/^(the|a|an|his|her|its|their|our|this|these|those|\p{Lu}\S*)$/u.test(words[0] ?? '')) return false;
  return words.some(
    (w, n) =>
      n > 0 &&
      hasRegularPastShape(w) &&
      /^[\p{L}’']+$/u.test(words[n - 1]!) &&
      !/^(the|a|an|to|of|in|on|at|by|for|with|and|or|be|been|being)$/iu.test(words[n - 1]!),
  );
}

/** Content that is only a noun phrase: no clause, no question word, no quoted words (Quoted words in
 *  the phrase, "accused the government of “sleepwalking”", are speech for sure). */
export function nounPhraseOnly(content: string): boolean {
  return (
    !hasClause(withoutNounClause(content)) &&
    // "explained why he backs Trump", "explaining the firings amounted to …"
    !/^(why|how|what|whether|when|where)\b/iu.test(content) &&
    !subjectAndPastVerb(content) &&
    // Words quoted verbatim are speech evidence enough ("accused them of ‘moving the goalposts’").
    !/[“"‘«]/u.test(content)
  );
}

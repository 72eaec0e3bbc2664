// After a comma in reported content, what the narrator adds: "according to X", a comparison with other
// shares of a poll, what others said set against it, a last relative clause, a participle of the
// narrator's, a comment, where it was said, a trailing attribution. A second clause the cue reports
// ("…, and that …") and a word in -ing describing the subject go on with the content.
import { cueLemma } from './cues.js';
import { finiteCue, isParticiple, NOT_PARTICIPLE, subjectAndVerbAt } from './clause-openings.js';
import { isAndOrBut, isFiniteVerb, isFunctionWord, isVerbForm, tagsOf } from './lexicon.js';
import { PREPOSITIONS } from './speech-venues.js';
import { presentRelativeAt } from './relative-clause-ends.js';
import { figureOpensAt, figureSubjectBefore, pollShareBefore } from './poll-shares.js';
import { participleOfReportedClause } from './result-participles.js';
import { ARTICLES } from './speaker-words.js';
import { prepositionWhomAt } from './word-classes.js';
import { summaryAppositionAt } from './summary-appositions.js';
import { trailingEvidenceAt } from './trailing-evidence.js';
import { isOpeningQuoteMark } from './quote-mark-tokens.js';
import { openQuotationsIn, type Token, wordsOf, isLowerCaseWord } from './tokens.js';
import { narratorsAppositionAt } from './narrator-appositions.js';
import { invertedAttributionAt, narratorsCommentAt, speechOccasionAt, trailingAttributionAt } from './narrator-comments.js';

/** After the comma at `k`, at `after` (its first word `next`), what the narrator adds: "according to
 *  X", an aside on a name, a participle, a comment, where it was said, a trailing attribution. */
export function narratorsAdditionAt(tokens: Token[], cue: number, k: number, after: number, next: string | undefined, clause: boolean): boolean {
  const a: AfterComma = { tokens, cue, k, after, next, clause };
  return sourceOrComparison(a) || asideOnWhatWasSaid(a) || narratorsParticiple(a) || commentOrAttribution(a);
}

/** The words after a comma that follows a cue's content: the comma at `k`, its next word at `after`
 *  (`next`, lower-cased); `clause`: the cue reports a clause. */
interface AfterComma {
  tokens: Token[];
  cue: number;
  k: number;
  after: number;
  next: string | undefined;
  clause: boolean;
}

/** "according to X"; a comparison with what others say or with other shares of a poll; what others
 *  said, set against it. */
function sourceOrComparison({ tokens, cue, after, next }: AfterComma): boolean {
  if (next === 'according' && tokens[after + 1]?.text.toLowerCase() === 'to') return true;
  // "with 50 percent saying she is prepared, compared with the 30 percent who say …": a comparison
  // with what others say is the narrator's (one of amounts alone, "compared with 3 percent a year
  // earlier", stays with what was said).
  if (next === 'compared' && /^(with|to)$/iu.test(tokens[after + 1]?.text ?? '') && tokens.some((_, n) => n > after + 1 && finiteCue(tokens, n))) return true;
  // "41 percent said Mr. Trump would do better, compared with 37 percent for …", "…, up from 30
  // percent in May": after a poll's share, a comparison with other shares is the narrator's.
  if (pollShareBefore(tokens, cue) && (next === 'compared' || ((next === 'up' || next === 'down') && tokens[after + 1]?.text === 'from'))) return true;
  // "24 percent said they would back her, while 9 percent found it a deterrent", "1,409 teachers said
  // they backed him, while 95 members favored her": after what a figure of a group said, a clause
  // whose subject is another figure is the narrator's contrast, not more of what the first said.
  if ((next === 'while' || next === 'whereas') && figureOpensAt(tokens, after + 1) && figureSubjectBefore(tokens, cue)) return true;
  // "…, despite reports that an announcement was imminent": what others said, set against it by the narrator.
  return (next === 'despite' || next === 'amid') && OTHERS_SAID.test(wordsOf(tokens, after + 1, after + 5));
}

/** A relative clause or an apposition on the last word: who or what it is, in the narrator's words. */
function asideOnWhatWasSaid({ tokens, cue, k, after, next }: AfterComma): boolean {
  // "…, who is 70." / "…, which forced her to leave early.": a last relative clause after a name
  // is the narrator's aside.
  // ("…, with whom he clashed", "…, for whom she campaigned": so is one a preposition opens.)
  const relative = next === 'who' || next === 'which' || prepositionWhomAt(tokens, after);
  if (relative && /^\p{Lu}/u.test(tokens[k - 1]!.text) && !tokens.slice(k + 2).some((t) => t.text === ',')) return true;
  if (next === 'which' && narratorsRelativeAt(tokens, cue, after + 1)) return true;
  // "…, a former schools auditor who …", "…, the incumbent accused of …" closing the sentence: who
  // or what the last word is, in the narrator's words, after a clause or a phrase of some words.
  if (
    after === k + 1 &&
    APPOSITION_BEFORE.test(tokens[k - 1]!.text) &&
    openQuotationsIn(tokens, cue + 1, k) === 0 &&
    (tokens.slice(cue + 1, k).some((t) => isVerbForm(t.text)) || describedPhraseAt(tokens, cue, k)) &&
    narratorsAppositionAt(tokens, after)
  )
    return true;
  return presentRelativeAt(tokens, cue, after);
}

/** A participle that goes back to the narration. */
function narratorsParticiple({ tokens, cue, k, after, next, clause }: AfterComma): boolean {
  // ", with Tom Pike taking to the radio to …", ", with Senator Ann Holt now pressing her attack":
  // a name doing something alongside is the narrator's, however the speaker's words went on.
  if (next === 'with' && namedAbsoluteAt(tokens, after + 1)) return true;
  // ", even suggesting that …", ", again claiming …": a participle of speech after an adverb does too.
  if (
    /^(even|also|again|then|later|once|repeatedly)$/u.test(next ?? '') &&
    /^\p{Ll}+ing$/u.test(tokens[after + 1]?.text ?? '') &&
    cueLemma(tokens[after + 1]!.text)
  )
    return true;
  // ", implicitly putting his name on the line": so does any participle after an adverb of manner.
  if (/^\p{Ll}{3,}ly$/u.test(next ?? '') && /^\p{Ll}+ing$/u.test(tokens[after + 1]?.text ?? '') && !NOT_PARTICIPLE.has(tokens[after + 1]!.text)) return true;
  // ", contradicting the police" / ", sending him to …": a participle goes back to the narration;
  // after quoted words in a clause an attribution interrupts ("The staff, he said, were “well
  // paid,” earning …") only a participle of speech ("adding", "citing") does.
  // ("…, ferrying patients at night, but that he cannot …": not before a second clause the cue reports.)
  return (
    /^\p{Ll}+ing$/u.test(next ?? '') &&
    !NOT_PARTICIPLE.has(next!) &&
    !(clause && after > k + 1 && !cueLemma(next!)) &&
    !nounTitleBeforeName(tokens, after) &&
    !secondComplementAfter(tokens, after) &&
    !adjectiveBeforeVerb(tokens, after) &&
    !participleOfReportedClause(tokens, cue, k, next!) &&
    // "can handle invoices, scheduling and customer emails": an item of a list, no participle.
    !(/^(and|or|,)$/iu.test(tokens[after + 1]?.text ?? '') && !cueLemma(next!))
  );
}

/** "Tom Pike taking …", "Senator Ann Holt now pressing …", "Republicans taking …" at `k`: a name
 *  of up to four capitalised words, an adverb of time at most, and a participle, the subject and
 *  verb of a clause "with" opens ("with 40 percent supporting him" is a figure of what was said). */
function namedAbsoluteAt(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < k + 4 && /^\p{Lu}[\p{L}.’'-]*$/u.test(tokens[n]?.text ?? '')) n++;
  if (n === k) return false;
  if (/^(now|also|still|again|then)$/u.test(tokens[n]?.text ?? '')) n++;
  const verb = tokens[n]?.text ?? '';
  return isParticiple(verb);
}

/** The narrator's comment on what was said, where it was said, an attribution or evidence closing it. */
function commentOrAttribution({ tokens, cue, k, after, next }: AfterComma): boolean {
  // ", without giving details", ", a day after gunmen attacked …", ", a figure police did not
  // confirm": the narrator's comment on what was said, or when; set off before a second clause the
  // cue reports (", a figure she expected to rise, and that two firefighters …") it is an aside in it.
  if ((narratorsCommentAt(tokens, after) || summaryAppositionAt(tokens, after)) && !secondComplementAfter(tokens, after)) return true;
  // ", in remarks that drew …", ", in a statement carried by IRNA": where it was said closes the content.
  if (next === 'in' && speechOccasionAt(tokens, after + 1)) return true;
  // ", a foreign ministry spokeswoman said, as …", ", the presidency said in a statement.": an
  // attribution after a clause closes it.
  if (k - cue > 4 && trailingAttributionAt(tokens, after)) return true;
  // "…, said an official who was briefed.", "…, reported the Velmora Herald.": so does one with its
  // speaker after the cue.
  if (k - cue > 2 && invertedAttributionAt(tokens, after)) return true;
  // ", the minutes showed.": the narrator's evidence for the whole sentence.
  if (trailingEvidenceAt(tokens, after)) return true;
  // ", the source added." / ", he said." closing the sentence
  const rest = tokens.slice(k + 1);
  const cueAt = rest.findIndex((t) => cueLemma(t.text));
  return (
    cueAt > 0 && cueAt <= 4 && rest.slice(cueAt + 1).every((t) => !/^\p{L}/u.test(t.text) || PREPOSITIONS.has(t.text.toLowerCase()) || /^\p{Lu}/u.test(t.text))
  );
}

/** "…, which the court has put on hold", "…, which she plans to do through a tax rise", "…, which
 *  he said were …": a relative clause from `k` with a subject of its own, in the narrator's present
 *  after a past cue or with a cue of its own, says what the narrator knows of the thing said ("…,
 *  which she was doing when …" keeps the tense of what was said, and goes on with it). */
function narratorsRelativeAt(tokens: Token[], cue: number, k: number): boolean {
  if (!subjectAndVerbAt(tokens, k)) return false;
  const verb = tokens.findIndex((t, n) => n > k && n <= k + 5 && isFiniteVerb(t.text));
  if (verb < 0) return false;
  const present = /^(has|have|is|are|does|do)$/iu.test(tokens[verb]!.text) || tagsOf(tokens[verb]!.text).includes('PresentTense');
  return finiteCue(tokens, verb) || (present && tagsOf(tokens[cue]!.text).includes('PastTense'));
}

/** "announced his candidacy at Liberty University, the college founded by …", "railed against the
 *  trade pact, the deal the administration negotiated": a phrase of some words, set off by no comma
 *  of its own, that is no name alone ("criticising Alicia Hale, the former pageant winner" describes
 *  the one criticised: the description is much of what was said). */
function describedPhraseAt(tokens: Token[], cue: number, k: number): boolean {
  const words = tokens.slice(cue + 1, k);
  if (words.length < 2 || words.some((t) => t.text === ',')) return false;
  const object = /^(to|for|about|on|of|against|with)$/iu.test(words[0]!.text) ? words.slice(1) : words;
  return !object.every((t) => /^[\p{Lu}.]/u.test(t.text));
}

/** A word an apposition may describe: a name or a noun. */
const APPOSITION_BEFORE = /^[\p{L}\p{N}]/u;

/** What others said, as a phrase: "reports that", "growing calls for", "claims by the opposition". */
const OTHERS_SAID = /\b(reports?|claims?|calls?|warnings?|assurances?|accusations?|allegations?|criticism|denials?|speculation|rumou?rs?)\b/iu;

/** "said cheap, existing drugs were …": a word in -ing with a finite verb right after its noun
 *  describes the subject of the clause going on; no participle of the narrator's ("…, saying it was …" is). */
function adjectiveBeforeVerb(tokens: Token[], k: number): boolean {
  // ("…, sending its shares down": a determiner after it opens the participle's object.)
  if (cueLemma(tokens[k]!.text) || ARTICLES.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return false;
  // (The noun right after it may look like a verb: "existing drugs were".)
  for (let n = k + 1; n < k + 4 && tokens[n] && /^[\p{L}\p{N}]/u.test(tokens[n]!.text); n++) if (n > k + 1 && isFiniteVerb(tokens[n]!.text)) return true;
  return false;
}

/** "and that …", "but that …" at `k`: a second clause the cue reports ("and that is why" is the narrator's). */
export const secondComplementAt = (tokens: Token[], k: number) =>
  isAndOrBut(tokens[k]?.text ?? '') && /^that$/iu.test(tokens[k + 1]?.text ?? '') && !isFiniteVerb(tokens[k + 2]?.text ?? '');

/** Whether such a second clause follows a comma after `k` in the sentence. */
const secondComplementAfter = (tokens: Token[], k: number) => tokens.some((t, n) => n > k && t.text === ',' && secondComplementAt(tokens, n + 1));

/** "her client, building owner Rick Dale, was …": a noun in -ing opening a title before a name set
 *  off inside the subject, whose verb follows the closing comma; not a participle. */
function nounTitleBeforeName(tokens: Token[], k: number): boolean {
  if (!isLowerCaseWord(tokens[k + 1]?.text ?? '') || isFunctionWord(tokens[k + 1]!.text) || !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) return false;
  const close = tokens.findIndex((t, n) => n > k + 2 && n <= k + 6 && t.text === ',');
  const verb = close + (isOpeningQuoteMark(tokens[close + 1]?.text ?? '') ? 2 : 1);
  return close > 0 && tokens.slice(k + 3, close).every((t) => /^\p{Lu}/u.test(t.text)) && isFiniteVerb(tokens[verb]?.text ?? '');
}

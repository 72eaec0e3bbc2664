// "Dozens of traders interviewed at the market, including Mrs Shaw, said": a phrase set off by commas
// before the cue that names no one in place of the subject (some of those it holds, where or how
// they spoke) leaves the subject before it to speak, as if the phrase were not there.
import { NOT_PARTICIPLE } from './clause-openings.js';
import { isCalendarWord, isFiniteVerb, isLeadingWord } from './lexicon.js';
import type { NameIndex } from './name-index.js';
import { phraseEndingAt } from './noun-phrases.js';
import { lastIndexOfWord, type Token } from './tokens.js';
import { SPELT_COUNT_ALTERNATIVES } from './word-classes.js';

/** Words opening a phrase that names some of the speakers: "including", "among them", "such as". */
const SOME_OF_THE_SPEAKERS = /^(including|among|amongst|such|notably|especially|particularly|mostly|mainly)$/u;
/** "most of them", "all of whom": a share of the speakers. */
const SHARE = new RegExp(`^(some|many|most|all|both|several|few|each|${SPELT_COUNT_ALTERNATIVES})$`, 'iu');
/** Words opening where, when or how they spoke: "in the chamber or at meetings", "speaking on Tuesday". */
const CIRCUMSTANCE = /^(in|at|on|during|from|with|speaking|writing|talking)$/u;

/** A present participle opening the phrase: "contradicting", "echoing", "citing". */
const ACTING = /^\p{Ll}{3,}ing$/u;

/** Where a set-off phrase closing at the comma `j` opens: the index of its opening comma, the first
 *  of the sentence (the subject before it has none: "Ann Holt, who lives in Leeds, Yorkshire, said" is
 *  an apposition), and whether it names some of the speakers (or only where and how they spoke); or null.
 *  `closing` is the comma that closes its words before a town's region set off after them ("speaking
 *  in Dunmore, N.C., warned": the comma after "Dunmore"), else `j`. */
export function setOffPhrase(names: NameIndex, tokens: Token[], j: number): { opening: number; closing: number; members: boolean } | null {
  const closing = regionOpening(names, tokens, j);
  const examples = examplesOpening(tokens, closing);
  if (examples > 0) return { opening: examples, closing, members: true };
  const opening = lastIndexOfWord(tokens, ',', closing);
  if (opening <= 0 || closing - opening < 3) return null;
  const first = tokens[opening + 1]!.text;
  const earlier = lastIndexOfWord(tokens, ',', opening);
  if (earlier >= 0) return participlePhrase(names, tokens, first, opening, earlier) ? { opening, closing, members: true } : null;
  const share = SHARE.test(first) && tokens[opening + 2]?.text === 'of' && /^(them|whom|us)$/u.test(tokens[opening + 3]?.text ?? '');
  if (share || SOME_OF_THE_SPEAKERS.test(first)) return { opening, closing, members: true };
  if (CIRCUMSTANCE.test(first)) return { opening, closing, members: false };
  // "Ann Holt, contradicting Tom Pike, said": a participle with its object is what the subject did
  // as it spoke; its object is no one speaking, and the subject before it speaks, as for "including".
  // (Only after a subject opening the clause: in "… leading up to the convention, forcing her to …,
  // said Tom Pike" the phrase goes on with the clause before it.)
  // ("…, as Ann Holt, contradicting Tom Pike, said": the clause may open after an earlier comma.)
  return participlePhrase(names, tokens, first, opening, -1) ? { opening, closing, members: true } : null;
}

/** Whether the phrase after the comma at `opening` opens with a present participle and follows a
 *  subject opening its clause, after the comma at `earlier` (-1: the sentence's start) and leading words. */
function participlePhrase(names: NameIndex, tokens: Token[], first: string, opening: number, earlier: number): boolean {
  if (!ACTING.test(first) || NOT_PARTICIPLE.has(first)) return false;
  const subject = phraseEndingAt(names, tokens, opening - 1, true);
  const from = subject ? tokens.findIndex((t) => t.start === subject.start) : -1;
  if (from <= earlier || !tokens.slice(earlier + 1, from).every((t) => isLeadingWord(t.text))) return false;
  // ("…, as Ann Holt, contradicting …", "Friday, Texas, leading …": after an earlier comma the clause
  // opens with a leading word, or the words before that comma are only a time; not "… house in
  // Chappaqua, N.Y., speaking …", where the comma sets off a town's state.)
  return earlier < 0 || from > earlier + 1 || tokens.slice(0, earlier).every((t) => isLeadingWord(t.text) || isCalendarWord(t.text));
}

/** "Critics, like Senators Tom Pike, of Ohio, and Ann Holt, of Maine, said": the sentence's first comma
 *  when examples of the subject open after it ("like", "such as", "including") and run to the comma
 *  `closing` with no verb, commas of their own set off inside them; else -1. */
function examplesOpening(tokens: Token[], closing: number): number {
  const opening = tokens.findIndex((t) => t.text === ',');
  if (opening <= 0 || closing - opening < 3 || opening === lastIndexOfWord(tokens, ',', closing)) return -1;
  const first = tokens[opening + 1]!.text;
  if (!(first === 'like' || first === 'including' || (first === 'such' && tokens[opening + 2]?.text === 'as'))) return -1;
  return tokens.slice(opening + 2, closing).some((t) => isFiniteVerb(t.text) || !/^[\p{L}\p{N},.'’-]/u.test(t.text)) ? -1 : opening;
}

/** "in Dunmore, N.C., warned", "in Kelso, Maine, said": the comma before a place set off right after
 *  another place (a town's state or county) ending at the comma `j`, else `j`. */
function regionOpening(names: NameIndex, tokens: Token[], j: number): number {
  const comma = lastIndexOfWord(tokens, ',', j);
  if (comma <= 0) return j;
  const region = names.nameAt.get(tokens[comma + 1]?.start ?? -1);
  const town = names.nameAt.get(tokens[comma - 1]!.start);
  const regionFills = region?.entity.type === 'LOCATION' && region.start === tokens[comma + 1]!.start && region.end === tokens[j - 1]!.end;
  return regionFills && town?.entity.type === 'LOCATION' ? comma : j;
}

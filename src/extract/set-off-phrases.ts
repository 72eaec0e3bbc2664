// "Dozens of traders interviewed at the market, including Mrs Shaw, said": a phrase set off by commas
// before the cue that names no one in place of the subject (some of those it holds, where or how
// they spoke) leaves the subject before it to speak, as if the phrase were not there.
import { isFiniteVerb } from './lexicon.js';
import type { NameIndex } from './name-index.js';
import { lastIndexOfWord, type Token } from './tokens.js';
import { SPELT_COUNT_ALTERNATIVES } from './word-classes.js';

/** Words opening a phrase that names some of the speakers: "including", "among them", "such as". */
const SOME_OF_THE_SPEAKERS = /^(including|among|amongst|such|notably|especially|particularly|mostly|mainly)$/u;
/** "most of them", "all of whom": a share of the speakers. */
const SHARE = new RegExp(`^(some|many|most|all|both|several|few|each|${SPELT_COUNT_ALTERNATIVES})$`, 'iu');
/** Words opening where, when or how they spoke: "in the chamber or at meetings", "speaking on Tuesday". */
const CIRCUMSTANCE = /^(in|at|on|during|from|with|speaking|writing|talking)$/u;

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
  if (opening <= 0 || closing - opening < 3 || lastIndexOfWord(tokens, ',', opening) >= 0) return null;
  const first = tokens[opening + 1]!.text;
  const share = SHARE.test(first) && tokens[opening + 2]?.text === 'of' && /^(them|whom|us)$/u.test(tokens[opening + 3]?.text ?? '');
  if (share || SOME_OF_THE_SPEAKERS.test(first)) return { opening, closing, members: true };
  return CIRCUMSTANCE.test(first) ? { opening, closing, members: false } : null;
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

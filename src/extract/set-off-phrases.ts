// "Dozens of traders interviewed at the market, including Mrs Shaw, said": a phrase set off by commas
// before the cue that names no one in place of the subject (some of those it holds, where or how
// they spoke) leaves the subject before it to speak, as if the phrase were not there.
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
  const opening = lastIndexOfWord(tokens, ',', closing);
  if (opening <= 0 || closing - opening < 3 || lastIndexOfWord(tokens, ',', opening) >= 0) return null;
  const first = tokens[opening + 1]!.text;
  const share = SHARE.test(first) && tokens[opening + 2]?.text === 'of' && /^(them|whom|us)$/u.test(tokens[opening + 3]?.text ?? '');
  if (share || SOME_OF_THE_SPEAKERS.test(first)) return { opening, closing, members: true };
  return CIRCUMSTANCE.test(first) ? { opening, closing, members: false } : null;
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

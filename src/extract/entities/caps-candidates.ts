// Candidate names of a line in capitals, where capitals do not mark names.
import { lookupLocation } from '../gazetteer.js';
import { isCalendarWord, isCommonWord, isFunctionWord } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { type Candidate, spanCandidate } from './candidates.js';
import { MAX_NAME, nameLike } from './name-words.js';

/** Whether a word in capitals may be part of a name: not an ordinary English word ("GET", "WIN", "IN"). */
const capsNameWord = (t: Token) => nameLike(t) && !isCommonWord(t.text.toLowerCase()) && !isFunctionWord(t.text.toLowerCase()) && !isCalendarWord(t.text);

/**
 * Candidate names of a line in capitals ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT."),
 * where capitals say nothing: the longest run of up to four words the rest of the document names
 * (`known`, lower-cased) or the gazetteer knows ("NEW YORK"), else a run of words that are no
 * ordinary English words. Work stays linear: at most four lookups per word.
 */
export function capsCandidates(text: string, tokens: Token[], known: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  const push = (from: number, to: number) => out.push(spanCandidate(text, tokens, from, to));
  for (let i = 0; i < tokens.length; ) {
    let n = Math.min(4, tokens.length - i);
    for (; n >= 1; n--) {
      if (!tokens.slice(i, i + n).every(nameLike)) continue;
      const name = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      if (known.has(name.toLowerCase()) || (n > 1 && lookupLocation(name))) break;
    }
    if (n >= 1) {
      push(i, i + n);
      i += n;
      continue;
    }
    let k = i;
    while (k < tokens.length && k - i < MAX_NAME && capsNameWord(tokens[k]!)) k++;
    if (k > i) push(i, k);
    i = Math.max(k, i + 1);
  }
  return out;
}

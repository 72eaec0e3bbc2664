// Candidate names of a line in capitals, where capitals do not mark names.
import { lookupLocation } from '../gazetteer.js';
import { isCalendarWord, isCommonWord, isFunctionWord } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { type Candidate, spanCandidate } from './candidates.js';
import { MAX_NAME, nameLike } from './name-words.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';

/** Whether a word in capitals may be part of a name: not an ordinary English word ("GET", "WIN", "IN"),
 *  nor one the story writes in lower case (see writtenInLowerCase). */
const capsNameWord = (t: Token, written: (word: string) => boolean, next: Token | undefined) =>
  nameLike(t) &&
  !isCommonWord(t.text.toLowerCase()) &&
  !isFunctionWord(t.text.toLowerCase()) &&
  !isCalendarWord(t.text) &&
  !(written(t.text) && !isHead(t) && !isHead(next));

/** A word heading bodies' or places' names names with the words before it, whatever the story writes
 *  in lower case: "RUGBY UNION", "WORLD BANK". */
const isHead = (t: Token | undefined) => !!t && (ORGANIZATION_HEADS.has(t.text.toLowerCase()) || LOCATION_HEADS.has(t.text.toLowerCase()));

/** "DIAZ DEFENDS WBA TITLE" over "Marco Diaz defended his WBA title": a headline's word the story
 *  writes in lower case, as it stands or as the verb's other forms ("defended", "defending"), is an
 *  ordinary word of that story, whatever the lexicon lacks. */
export function writtenInLowerCase(lowerCase: () => Set<string>): (word: string) => boolean {
  const has = (w: string) => lowerCase().has(w);
  return (word) => {
    const w = word.toLowerCase();
    if (has(w) || has(`${w}s`)) return true;
    const stem = /(?:ss|[^s])s$/u.test(w) ? w.slice(0, -1) : /es$/u.test(w) ? w.slice(0, -2) : null;
    return !!stem && stem.length > 2 && (has(stem) || has(`${stem}ed`) || has(`${stem}d`) || has(`${stem}ing`));
  };
}

/**
 * Candidate names of a line in capitals ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT."),
 * where capitals say nothing: the longest run of up to four words the rest of the document names
 * (`known`, lower-cased) or the gazetteer knows ("NEW YORK"), else a run of words that are no
 * ordinary English words nor words the story writes in lower case (`written`, writtenInLowerCase). Work
 * stays linear: at most four lookups per word.
 */
export function capsCandidates(text: string, tokens: Token[], known: Set<string>, written: (word: string) => boolean): Candidate[] {
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
    while (k < tokens.length && k - i < MAX_NAME && capsNameWord(tokens[k]!, written, tokens[k + 1])) k++;
    if (k > i) push(i, k);
    i = Math.max(k, i + 1);
  }
  return out;
}
